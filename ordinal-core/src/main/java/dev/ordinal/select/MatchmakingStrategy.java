package dev.ordinal.select;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Chooses the next battle: {@code state.k()} distinct active items. Implementations are
 * stateless apart from their configuration, so the same state and random source give the same
 * battle; all randomness comes from {@code random}.
 */
public interface MatchmakingStrategy {
    /** The name users type, e.g. {@code uniform}. */
    String name();

    Battle propose(ArenaState state, UniformRandomProvider random);
}
