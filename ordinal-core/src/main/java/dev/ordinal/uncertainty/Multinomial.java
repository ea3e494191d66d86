package dev.ordinal.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Resampling of collapsed data: {@code trials} draws from the categories of {@code cells} with
 * probabilities proportional to their weights, by conditional binomials (category k gets
 * Binomial(remaining trials, w_k / remaining weight)). O(categories) per resample with
 * {@link BinomialSampler}, independent of the number of trials. The counts are scaled back to
 * weights by the mean weight per trial, so unweighted data resample exactly.
 */
public final class Multinomial {
    private final double[] conditional;
    private final long trials;
    private final double weightPerTrial;

    public Multinomial(double[] weights, long trials) {
        if (trials < 0) {
            throw new IllegalArgumentException("trials must not be negative, got " + trials);
        }
        this.trials = trials;
        this.conditional = new double[weights.length];
        double remaining = 0;
        for (int k = weights.length - 1; k >= 0; k--) {
            if (weights[k] < 0 || !Double.isFinite(weights[k])) {
                throw new IllegalArgumentException("weights must be finite and not negative, got " + weights[k]);
            }
            remaining += weights[k];
            conditional[k] = remaining == 0 ? 0 : Math.min(1, weights[k] / remaining);
        }
        this.weightPerTrial = trials == 0 ? 0 : remaining / trials;
    }

    /** Fills {@code out} (same length as the weights) with one resample, as weights. */
    public void resample(UniformRandomProvider rng, double[] out) {
        long remaining = trials;
        for (int k = 0; k < conditional.length; k++) {
            long drawn = remaining == 0 ? 0 : BinomialSampler.sample(rng, remaining, conditional[k]);
            remaining -= drawn;
            out[k] = drawn * weightPerTrial;
        }
    }
}
