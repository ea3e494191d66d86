package dev.ordinal.select;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Items;
import dev.ordinal.judgment.RankBreaking;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The battles an arena ran, each with its result and the propensity and active-item count at the
 * time it was proposed, turned into a {@link ComparisonTable} with or without inverse-propensity
 * weights (see {@link InversePropensity} for the normalisation and clipping). Any batch estimator
 * then fits the table as usual, e.g. {@code MaximumLikelihood.fit(new BradleyTerry(...)
 * .likelihood(table), ...)}. Not thread-safe.
 */
public final class BattleLog {
    private final Items items;
    private final List<int[][]> orderings = new ArrayList<>();
    private final List<Double> rawWeights = new ArrayList<>();

    public BattleLog(Items items) {
        this.items = items;
    }

    /**
     * Records one battle.
     *
     * @param battle      as the strategy proposed it
     * @param activeItems active items when it was proposed
     * @param ordering    its result: the battle's items in tied groups, best first
     */
    public void record(Battle battle, int activeItems, int[][] ordering) {
        int shown = 0;
        for (int[] group : ordering) {
            shown += group.length;
        }
        if (shown != battle.items().length) {
            throw new IllegalArgumentException("the ordering ranks " + shown + " items, the battle showed "
                    + battle.items().length);
        }
        rawWeights.add(InversePropensity.weight(battle.propensity(), activeItems, battle.items().length));
        int[][] copy = new int[ordering.length][];
        for (int g = 0; g < ordering.length; g++) {
            copy[g] = ordering[g].clone();
        }
        orderings.add(copy);
    }

    public int size() {
        return orderings.size();
    }

    /** The battles' weights, clipped at {@code maxWeight} and averaging 1. */
    public double[] weights(double maxWeight) {
        return InversePropensity.normalised(rawWeights.stream().mapToDouble(Double::doubleValue).toArray(), maxWeight);
    }

    /** Every battle with weight 1. */
    public ComparisonTable unweighted() {
        double[] ones = new double[size()];
        Arrays.fill(ones, 1);
        return table(ones);
    }

    /** Every battle with its inverse-propensity weight, clipped at {@code maxWeight}. */
    public ComparisonTable weighted(double maxWeight) {
        return table(weights(maxWeight));
    }

    /** Every battle broken into its pairs ({@link RankBreaking}), each pair with the battle's weight. */
    private ComparisonTable table(double[] weights) {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (int i = 0; i < items.size(); i++) {
            builder.item(items.id(i));
        }
        for (int b = 0; b < orderings.size(); b++) {
            double weight = weights[b];
            RankBreaking.forEachPair(orderings.get(b), (first, second, outcome) -> builder.add(first, second, outcome, weight));
        }
        return builder.build();
    }
}
