package dev.ordinal.store;

import java.time.Instant;
import java.util.Optional;

/**
 * An arena: a set of items (contestants) judged against each other.
 *
 * @param strategy   the matchmaking strategy's name, empty for the server's default
 * @param battleSize how many items a battle shows (2 for pairwise votes, K for K-wise orderings)
 */
public record Arena(String id, String name, Instant created, Optional<String> strategy, int battleSize) {
    /** The largest battle an arena may ask for. */
    public static final int MAX_BATTLE_SIZE = 8;
}
