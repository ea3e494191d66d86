package dev.ordinal.judgment;

import dev.ordinal.error.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

/**
 * The sufficient statistics of ranking judgments: each distinct ranking (an ordering of item
 * indices in tied groups, best first) with the number of judgments and total weight that gave
 * it. Built in one pass by {@link Builder}; immutable.
 */
public final class RankingProfile {
    private final Items items;
    private final int[][] orders;
    private final int[][] groupSizes;
    private final long[] counts;
    private final double[] weights;

    private RankingProfile(Items items, int[][] orders, int[][] groupSizes, long[] counts, double[] weights) {
        this.items = items;
        this.orders = orders;
        this.groupSizes = groupSizes;
        this.counts = counts;
        this.weights = weights;
    }

    public static Builder builder() {
        return new Builder();
    }

    public static RankingProfile of(Iterable<RankingJudgment> rankings) {
        Builder builder = builder();
        rankings.forEach(builder::add);
        return builder.build();
    }

    /**
     * Pairwise judgments read as rankings of two: a win is {@code [[winner], [loser]]}, a tie or
     * both-bad is one tied group {@code [[a, b]]}.
     */
    public static RankingProfile of(ComparisonTable table) {
        Builder builder = builder();
        Items items = table.items();
        for (int i = 0; i < items.size(); i++) {
            builder.items.intern(items.id(i));
        }
        for (int cell = 0; cell < table.cellCount(); cell++) {
            int a = table.sideA(cell);
            int b = table.sideB(cell);
            for (Outcome outcome : Outcome.values()) {
                long count = table.count(cell, outcome);
                if (count == 0) {
                    continue;
                }
                double weight = table.weight(cell, outcome);
                switch (outcome) {
                    case A -> builder.add(new int[] {a, b}, new int[] {1, 1}, count, weight);
                    case B -> builder.add(new int[] {b, a}, new int[] {1, 1}, count, weight);
                    default -> builder.add(new int[] {Math.min(a, b), Math.max(a, b)}, new int[] {2}, count, weight);
                }
            }
        }
        return builder.build();
    }

    public Items items() {
        return items;
    }

    public int itemCount() {
        return items.size();
    }

    /** Number of distinct rankings. */
    public int size() {
        return orders.length;
    }

    /** The items of ranking {@code r}, best first (a copy). */
    public int[] order(int r) {
        return orders[r].clone();
    }

    /** The sizes of ranking {@code r}'s tied groups, best first (a copy). */
    public int[] groupSizes(int r) {
        return groupSizes[r].clone();
    }

    public long count(int r) {
        return counts[r];
    }

    public double weight(int r) {
        return weights[r];
    }

    /** Total number of ranking judgments. */
    public long judgments() {
        return Arrays.stream(counts).sum();
    }

    /** A copy of the weights of the distinct rankings, in order. */
    public double[] weights() {
        return weights.clone();
    }

    /** The same rankings with other weights (e.g. a bootstrap resample); zero weights are allowed. */
    public RankingProfile withWeights(double[] newWeights) {
        if (newWeights.length != weights.length) {
            throw new IllegalArgumentException("expected " + weights.length + " weights, got " + newWeights.length);
        }
        return new RankingProfile(items, orders, groupSizes, counts, newWeights.clone());
    }

    /**
     * Every ranking as the pairwise judgments it implies ({@link RankBreaking}: one per pair of
     * items it mentions, earlier group beats later group, same group is a tie), each with the
     * ranking's count and weight.
     */
    public ComparisonTable toComparisonTable() {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (int i = 0; i < items.size(); i++) {
            builder.item(items.id(i));
        }
        for (int r = 0; r < orders.length; r++) {
            int[] order = orders[r];
            long count = counts[r];
            double weight = weights[r];
            RankBreaking.forEachPair(groupIndex(r), (x, y, outcome) -> builder.add(order[x], order[y], outcome, count, weight));
        }
        return builder.build();
    }

    /** For each position of ranking {@code r}, the number of its tied group (its rank). */
    private int[] groupIndex(int r) {
        int[] group = new int[orders[r].length];
        int position = 0;
        for (int g = 0; g < groupSizes[r].length; g++) {
            for (int k = 0; k < groupSizes[r][g]; k++) {
                group[position++] = g;
            }
        }
        return group;
    }

    /** Accumulates rankings, merging identical ones. Not thread-safe. */
    public static final class Builder {
        private final Items.Builder items = new Items.Builder();
        private final HashMap<String, Integer> index = new HashMap<>();
        private final List<int[]> orders = new ArrayList<>();
        private final List<int[]> groupSizes = new ArrayList<>();
        private long[] counts = new long[16];
        private double[] weights = new double[16];

        /** Registers an item even if no ranking mentions it. */
        public int item(String id) {
            return items.intern(id);
        }

        public Builder add(RankingJudgment ranking) {
            return add(ranking, 1);
        }

        /** Adds {@code count} identical rankings at once (each with the ranking's weight). */
        public Builder add(RankingJudgment ranking, long count) {
            Require.atLeast("count", count, 1);
            int total = ranking.groups().stream().mapToInt(List::size).sum();
            int[] order = new int[total];
            int[] sizes = new int[ranking.groups().size()];
            int position = 0;
            for (int g = 0; g < sizes.length; g++) {
                List<String> group = ranking.groups().get(g);
                int start = position;
                for (String id : group) {
                    order[position++] = items.intern(id);
                }
                Arrays.sort(order, start, position);
                sizes[g] = group.size();
            }
            return add(order, sizes, count, count * ranking.weight());
        }

        Builder add(int[] order, int[] sizes, long count, double weight) {
            String key = Arrays.toString(order) + Arrays.toString(sizes);
            Integer r = index.get(key);
            if (r == null) {
                r = orders.size();
                index.put(key, r);
                orders.add(order);
                groupSizes.add(sizes);
                if (r == counts.length) {
                    counts = Arrays.copyOf(counts, 2 * r);
                    weights = Arrays.copyOf(weights, 2 * r);
                }
            }
            counts[r] += count;
            weights[r] += weight;
            return this;
        }

        public RankingProfile build() {
            int size = orders.size();
            return new RankingProfile(items.build(), orders.toArray(new int[0][]), groupSizes.toArray(new int[0][]),
                    Arrays.copyOf(counts, size), Arrays.copyOf(weights, size));
        }
    }
}
