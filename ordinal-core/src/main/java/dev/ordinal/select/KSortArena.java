package dev.ordinal.select;

import dev.ordinal.error.Require;

/**
 * K-Sort Arena's matchmaking (Li et al., "K-Sort Arena: Efficient and Reliable Benchmarking for
 * Generative Models via K-wise Human Preferences", CVPR 2025; arXiv 2408.14468, 2024): the pivot is
 * the active item that has appeared least; its K − 1 opponents maximise the upper-confidence score
 * <pre>  −|μ_pivot − μ_j| + c · √(2 ln t / n_pivot,j)</pre>
 * with μ the current log-strength estimates, t = battles so far + 1 and n the pair's comparison
 * count; a pair never compared scores +∞ (explored first). Close opponents are the informative
 * ones; the bonus keeps rarely compared pairs coming back. {@code c} (default 1) trades the two off.
 * O(K² · n) per proposal; propensity exact (see {@link PivotStrategy}).
 */
public final class KSortArena extends PivotStrategy {
    private final double exploration;

    /** @param exploration c ≥ 0, the weight of the exploration bonus */
    public KSortArena(double exploration) {
        Require.nonNegative("c", exploration);
        this.exploration = exploration;
    }

    @Override
    public String name() {
        return "ksort";
    }

    @Override
    void scorePivots(ArenaState state, double[] score) {
        for (int i = 0; i < score.length; i++) {
            score[i] = -state.appearances(i);
        }
    }

    @Override
    void scoreOpponents(ArenaState state, int pivot, double[] score) {
        double twoLogT = 2 * Math.log(state.battles() + 1.0);
        double pivotMean = state.mean(pivot);
        for (int j = 0; j < score.length; j++) {
            long pairs = state.comparisons(pivot, j);
            score[j] = pairs == 0 ? Double.POSITIVE_INFINITY
                    : -Math.abs(pivotMean - state.mean(j)) + exploration * Math.sqrt(twoLogT / pairs);
        }
    }
}
