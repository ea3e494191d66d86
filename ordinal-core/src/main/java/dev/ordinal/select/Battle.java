package dev.ordinal.select;

/**
 * A proposed battle: the items to show, in the order of their sides (A, B, ...), and the
 * probability with which the strategy would have proposed this set of items in this state (its
 * propensity), which inverse-propensity weighting needs to undo the strategy's selection bias.
 */
public record Battle(int[] items, double propensity) {
    public Battle {
        items = items.clone();
        if (!(propensity > 0 && propensity <= 1)) {
            throw new IllegalArgumentException("propensity must be in (0, 1], got " + propensity);
        }
    }

    @Override
    public int[] items() {
        return items.clone();
    }
}
