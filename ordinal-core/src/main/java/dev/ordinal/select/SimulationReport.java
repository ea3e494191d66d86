package dev.ordinal.select;

import java.util.List;
import java.util.OptionalLong;

/**
 * What {@link Simulation#run} found: every contender's curves, first the baseline.
 *
 * @param config  what was simulated
 * @param results one per contender, the {@code uniform+elo} baseline first
 */
public record SimulationReport(SimulationConfig config, List<StrategyResult> results) {
    /** The τ the "votes to target" measure asks for. */
    public static final double TARGET_TAU = 0.9;

    public SimulationReport {
        results = List.copyOf(results);
    }

    /**
     * Votes needed to reach {@code target}: the smallest checkpoint at which the mean τ over seeds
     * is at least {@code target} and stays so at every later checkpoint; empty when the last
     * checkpoint is below it. Using the mean curve (not per-seed crossings) keeps one noisy seed
     * from deciding; requiring it to stay keeps an early fluke from counting.
     */
    public static OptionalLong votesToReach(long[] votes, double[] meanTau, double target) {
        if (votes.length != meanTau.length) {
            throw new IllegalArgumentException("need one τ per checkpoint, got " + votes.length + " checkpoints and "
                    + meanTau.length + " values");
        }
        OptionalLong reached = OptionalLong.empty();
        for (int c = votes.length - 1; c >= 0 && meanTau[c] >= target; c--) {
            reached = OptionalLong.of(votes[c]);
        }
        return reached;
    }
}
