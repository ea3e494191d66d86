package dev.ordinal.select;

/**
 * Uncertainty sampling (Lewis and Gale, 1994), for pairs: show the battle whose outcome is least
 * predictable. With log-strengths μ ± σ (independent normals), the difference of a pair is
 * N(Δμ, s²) with s² = σ_i² + σ_j², and the predicted win probability integrated over it is, by
 * MacKay's (1992) probit approximation of the logistic–normal integral,
 * <pre>  p̄ = logistic(Δμ / √(1 + π s² / 8)).</pre>
 * A single vote is a Bernoulli(p̄) outcome, whose predictive variance p̄(1 − p̄) is largest when
 * |Δμ| / √(1 + π s² / 8) is smallest: close estimates, wide intervals. That monotone equivalent is
 * the score used.
 *
 * <p>Searching all pairs is O(n²); instead the pivot is the item with the widest interval (largest
 * σ, ties at random) and its K − 1 opponents are those with the most unpredictable outcome against
 * it. The pruning keeps a proposal O(K² · n) and loses little: at a given Δμ the score only
 * improves with s², and the pivot has the largest share of it. Propensity exact (see
 * {@link PivotStrategy}); with no estimates yet (all equal) it is uniform.
 */
public final class UncertaintySampling extends PivotStrategy {
    private static final double PROBIT_SCALE = Math.PI / 8;

    @Override
    public String name() {
        return "uncertainty";
    }

    @Override
    void scorePivots(ArenaState state, double[] score) {
        for (int i = 0; i < score.length; i++) {
            score[i] = state.sd(i);
        }
    }

    @Override
    void scoreOpponents(ArenaState state, int pivot, double[] score) {
        double pivotMean = state.mean(pivot);
        double pivotVariance = state.sd(pivot) * state.sd(pivot);
        for (int j = 0; j < score.length; j++) {
            double variance = pivotVariance + state.sd(j) * state.sd(j);
            score[j] = -Math.abs(pivotMean - state.mean(j)) / Math.sqrt(1 + PROBIT_SCALE * variance);
        }
    }
}
