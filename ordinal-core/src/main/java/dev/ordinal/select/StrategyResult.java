package dev.ordinal.select;

import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One contender's results: a strategy with the estimator it was fed.
 *
 * @param name                the strategy's name ({@code uniform+elo} for the baseline)
 * @param estimator           {@code elo} or {@code bt-map}
 * @param k                   items per battle
 * @param curve               metrics at every checkpoint
 * @param votesToTarget       votes to reach τ ≥ 0.9, as {@link SimulationReport#votesToReach} defines it
 * @param speedup             baseline's votes to target / this contender's
 * @param speedupIsLowerBound the baseline never reached the target, so its budget stood in for its votes
 */
public record StrategyResult(String name, String estimator, int k, List<CheckpointStats> curve,
                             OptionalLong votesToTarget, OptionalDouble speedup, boolean speedupIsLowerBound) {
    public StrategyResult {
        curve = List.copyOf(curve);
    }

    public CheckpointStats last() {
        return curve.get(curve.size() - 1);
    }
}
