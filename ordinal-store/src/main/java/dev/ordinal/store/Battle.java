package dev.ordinal.store;

import dev.ordinal.judgment.RankBreaking;
import java.time.Instant;
import java.util.ArrayList;
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

    /**
     * The pairwise judgments the vote implies ({@link RankBreaking}), as the log keeps them: for a
     * two-sided battle one, {@code battle-<id>}; for K sides every pair, {@code battle-<id>-ab},
     * {@code battle-<id>-ac}, ..., side A of each judgment the earlier side; timed at the vote.
     * Only the store breaks a vote: everyone else reads the judgments it stored
     * ({@link VotedBattle#judgments()}, the log).
     *
     * @throws IllegalStateException before the vote
     */
    List<NewJudgment> judgments() {
        BattleVote cast = vote.orElseThrow(() -> new IllegalStateException("battle " + id + " has no vote yet"));
        int sides = items.size();
        List<NewJudgment> judgments = new ArrayList<>(RankBreaking.pairCount(sides));
        RankBreaking.forEachPair(cast.ranks(), (i, j, outcome) -> {
            String key = sides == 2 ? "battle-" + id : "battle-" + id + "-" + side(i) + side(j);
            judgments.add(new NewJudgment(key, items.get(i), items.get(j), cast.asVoted(outcome), Optional.empty(),
                    votedAt, Optional.empty()));
        });
        return judgments;
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
