package dev.ordinal.store;

/**
 * How a matchmaking strategy chose a battle's items, kept so that batch fits can undo the
 * strategy's selection bias (inverse-propensity weighting, Horvitz and Thompson 1952).
 *
 * @param propensity the probability the strategy had of choosing this set of items, in (0, 1]
 * @param weight     the inverse-propensity weight of the battle's judgments: the propensity of a
 *                   uniformly random set over {@code propensity}, clipped (see
 *                   {@code dev.ordinal.select.InversePropensity})
 */
public record Selection(double propensity, double weight) {
    public Selection {
        if (!(propensity > 0 && propensity <= 1)) {
            throw new IllegalArgumentException("propensity must be in (0, 1], got " + propensity);
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive and finite, got " + weight);
        }
    }
}
