package dev.ordinal.select;

import dev.ordinal.error.Require;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
/**
 * Inverse-propensity weights (Horvitz and Thompson, 1952) that undo a matchmaking strategy's
 * selection bias in batch fits. An informed strategy shows some sets far more often than others
 * (close pairs, top items), so an unweighted fit sees a distorted sample of the possible battles;
 * weighting each battle by (uniform propensity) / (actual propensity) reweights it to the sample
 * uniform matchmaking would have produced, the design whose fit is unbiased.
 *
 * <p>Normalisation and clipping, in this order: (1) raw weight w = [1 / C(m, K)] / propensity, m
 * the active items when the battle was proposed, so that a uniform battle has weight 1; (2) clip at
 * {@code maxWeight} (default {@value #DEFAULT_MAX_WEIGHT}), trading a little bias for a bounded
 * variance — one battle the strategy almost never proposes must not outvote the rest; (3) rescale
 * so the weights average 1 (the self-normalised, Hájek form), which keeps the weighted table on the
 * scale of the number of votes, so priors and interval widths mean what they mean unweighted.
 * Intervals from a weighted fit are approximate (a sandwich or bootstrap over battles is the honest
 * way); the point estimates are what the weights correct.
 */
public final class InversePropensity {
    /** Default clip: a battle counts at most 20 times as much as one uniform battle would. */
    public static final double DEFAULT_MAX_WEIGHT = 20;

    private InversePropensity() {
    }

    /** Raw weight of one battle: its uniform propensity over its actual propensity (1 for a uniform battle). */
    public static double weight(double propensity, int activeItems, int k) {
        if (!(propensity > 0 && propensity <= 1)) {
            throw new IllegalArgumentException("propensity must be in (0, 1], got " + propensity);
        }
        return UniformSampling.propensity(activeItems, k) / propensity;
    }

    /** Raw weights clipped at {@code maxWeight}, then rescaled to average 1. */
    public static double[] normalised(double[] rawWeights, double maxWeight) {
        Require.positive("max-weight", maxWeight);
        double[] weights = new double[rawWeights.length];
        double total = 0;
        for (int b = 0; b < weights.length; b++) {
            if (!(rawWeights[b] > 0) || Double.isInfinite(rawWeights[b])) {
                throw new IllegalArgumentException("weight of battle " + b + " must be positive and finite, got "
                        + rawWeights[b]);
            }
            weights[b] = Math.min(rawWeights[b], maxWeight);
            total += weights[b];
        }
        for (int b = 0; b < weights.length; b++) {
            weights[b] *= weights.length / total;
        }
        return weights;
    }
}
