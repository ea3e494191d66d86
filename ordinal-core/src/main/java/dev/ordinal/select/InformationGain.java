package dev.ordinal.select;

import org.apache.commons.numbers.gamma.Erfc;

/**
 * Expected information gain: the battle whose vote tells most about the strength difference that
 * decides the pair's order — the mutual information between the outcome y and Δθ, "Bayesian
 * Active Learning by Disagreement" (BALD; Houlsby, Huszár, Ghahramani and Lengyel, "Bayesian
 * Active Learning for Classification and Preference Learning", 2011, eq. 4 and §3):
 * <pre>  I(y; Δθ) = h(E[p]) − E[h(p)],  p = logistic(Δθ),  Δθ ~ N(Δμ, s²)</pre>
 * with h the binary entropy in bits and s² = σ_i² + σ_j². Approximating logistic(x) by Φ(βx),
 * β = √(π/8), both terms have closed forms (Houlsby et al.'s approximation h(Φ(x)) ≈
 * exp(−x²/(π ln 2))):
 * <pre>  I ≈ h(Φ(βΔμ / √(1 + β²s²))) − C / √(β²s² + C²) · exp(−β²Δμ² / (2(β²s² + C²))),  C = √(π ln 2 / 2).</pre>
 * Unlike {@link UncertaintySampling} it discounts outcomes that are uncertain only because the two
 * items are equal (known to be close, nothing to learn): the gain vanishes as s → 0.
 *
 * <p>Candidate pruning: the pivot is the item with the largest σ (ties at random) and its K − 1
 * opponents the items of largest gain against it, so a proposal is O(K² · n), not O(n²). At Δμ = 0
 * the gain increases with s², so the largest-σ item holds the largest upper bound on any pair's
 * gain. Propensity exact (see {@link PivotStrategy}).
 */
public final class InformationGain extends PivotStrategy {
    private static final double BETA_SQUARED = Math.PI / 8;
    private static final double C_SQUARED = Math.PI * Math.log(2) / 2;

    @Override
    public String name() {
        return "info-gain";
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
            score[j] = gain(pivotMean - state.mean(j), pivotVariance + state.sd(j) * state.sd(j));
        }
    }

    /** The BALD approximation above, in bits, for a difference N(meanDifference, variance). */
    static double gain(double meanDifference, double variance) {
        double spread = BETA_SQUARED * variance;
        double predicted = standardNormalCdf(Math.sqrt(BETA_SQUARED) * meanDifference / Math.sqrt(1 + spread));
        double expectedEntropy = Math.sqrt(C_SQUARED / (spread + C_SQUARED))
                * Math.exp(-BETA_SQUARED * meanDifference * meanDifference / (2 * (spread + C_SQUARED)));
        return entropyBits(predicted) - expectedEntropy;
    }

    private static double entropyBits(double p) {
        if (p <= 0 || p >= 1) {
            return 0;
        }
        return -(p * Math.log(p) + (1 - p) * Math.log1p(-p)) / Math.log(2);
    }

    private static double standardNormalCdf(double x) {
        return 0.5 * Erfc.value(-x / Math.sqrt(2));
    }
}
