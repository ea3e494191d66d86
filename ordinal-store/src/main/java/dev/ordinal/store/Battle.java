package dev.ordinal.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A battle issued to one voter session: a prompt and the items shown as sides A, B, C, ... in
 * that order (two for a pairwise battle, K for a K-wise one), and how a strategy chose them, if
 * one did. It takes one vote; until then {@link #vote()} and {@link #votedAt()} are empty.
 */
public record Battle(long id, String arena, String prompt, List<String> items, String session, Instant issuedAt,
                     Optional<Selection> selection, Optional<BattleVote> vote, Optional<Instant> votedAt) {

    public Battle {
        items = List.copyOf(items);
    }

    public boolean voted() {
        return vote.isPresent();
    }

    /** The label of side {@code position}: {@code a}, {@code b}, {@code c}, ... */
    public static String side(int position) {
        return String.valueOf((char) ('a' + position));
    }

    /** The position of a side label, or -1 when it is not one of {@code sides} sides. */
    public static int position(String side, int sides) {
        if (side.length() != 1) {
            return -1;
        }
        int position = side.charAt(0) - 'a';
        return position >= 0 && position < sides ? position : -1;
    }
}
