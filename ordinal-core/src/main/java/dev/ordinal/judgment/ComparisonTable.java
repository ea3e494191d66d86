package dev.ordinal.judgment;

import dev.ordinal.error.DataException;
import dev.ordinal.error.Require;
import java.util.Arrays;

/**
 * The sufficient statistics of pairwise judgments: for each ordered pair (side A, side B) that
 * was judged, how many judgments (and how much weight) ended in each {@link Outcome}.
 * Sparse: only pairs that were judged have a cell, so memory grows with distinct pairs, not
 * with items squared or with votes. Built in one pass by {@link Builder}, which keys cells by
 * primitive pair keys (no boxing per judgment, so a reader can feed it every row); immutable.
 */
public final class ComparisonTable {
    private static final int OUTCOMES = Outcome.values().length;

    private final Items items;
    private final int[] sideA;
    private final int[] sideB;
    private final long[] counts;
    private final double[] weights;

    private ComparisonTable(Items items, int[] sideA, int[] sideB, long[] counts, double[] weights) {
        this.items = items;
        this.sideA = sideA;
        this.sideB = sideB;
        this.counts = counts;
        this.weights = weights;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A table of the given judgments. */
    public static ComparisonTable of(Iterable<PairwiseJudgment> judgments) {
        Builder builder = builder();
        judgments.forEach(builder::add);
        return builder.build();
    }

    public Items items() {
        return items;
    }

    public int itemCount() {
        return items.size();
    }

    /** Number of distinct ordered pairs that were judged. */
    public int cellCount() {
        return sideA.length;
    }

    public int sideA(int cell) {
        return sideA[cell];
    }

    public int sideB(int cell) {
        return sideB[cell];
    }

    /** Number of judgments in this cell with this outcome. */
    public long count(int cell, Outcome outcome) {
        return counts[cell * OUTCOMES + outcome.ordinal()];
    }

    /** Total weight of the judgments in this cell with this outcome. */
    public double weight(int cell, Outcome outcome) {
        return weights[cell * OUTCOMES + outcome.ordinal()];
    }

    /** Number of judgments in the table. */
    public long judgments() {
        long total = 0;
        for (long count : counts) {
            total += count;
        }
        return total;
    }

    /** Per item: judgments won, lost, tied (ties include both-bad), as counts, indexed by item. */
    public long[][] winLossTie() {
        long[][] result = new long[3][items.size()];
        for (int cell = 0; cell < sideA.length; cell++) {
            int a = sideA[cell];
            int b = sideB[cell];
            long aWins = count(cell, Outcome.A);
            long bWins = count(cell, Outcome.B);
            long ties = count(cell, Outcome.TIE) + count(cell, Outcome.BOTH_BAD);
            result[0][a] += aWins;
            result[1][a] += bWins;
            result[0][b] += bWins;
            result[1][b] += aWins;
            result[2][a] += ties;
            result[2][b] += ties;
        }
        return result;
    }

    /**
     * The statistics every pairwise model needs: per unordered pair, the weight of wins of each
     * side and of ties. Side order is forgotten; both-bad counts as a tie.
     */
    public PairwiseCounts pairwiseCounts() {
        PairIndex pairIndex = new PairIndex();
        int[] low = new int[sideA.length];
        int[] high = new int[sideA.length];
        double[] cells = new double[3 * sideA.length];
        int pairs = 0;
        for (int cell = 0; cell < sideA.length; cell++) {
            int a = sideA[cell];
            int b = sideB[cell];
            int i = Math.min(a, b);
            int j = Math.max(a, b);
            int pair = pairIndex.numberOf(i, j);
            pairs = pairIndex.size();
            low[pair] = i;
            high[pair] = j;
            double aWins = weight(cell, Outcome.A);
            double bWins = weight(cell, Outcome.B);
            cells[3 * pair + (a == i ? 0 : 1)] += aWins;
            cells[3 * pair + (a == i ? 1 : 0)] += bWins;
            cells[3 * pair + 2] += weight(cell, Outcome.TIE) + weight(cell, Outcome.BOTH_BAD);
        }
        return new PairwiseCounts(items.size(), Arrays.copyOf(low, pairs), Arrays.copyOf(high, pairs),
                Arrays.copyOf(cells, 3 * pairs), judgments());
    }

    /** Accumulates judgments into cells. Not thread-safe. */
    public static final class Builder {
        private final Items.Builder items = new Items.Builder();
        private final PairIndex cellIndex = new PairIndex();
        private int[] sideA = new int[16];
        private int[] sideB = new int[16];
        private long[] counts = new long[16 * OUTCOMES];
        private double[] weights = new double[16 * OUTCOMES];
        private int cells;

        /** Registers an item even if it is never judged (so it appears, unrated, in results). */
        public int item(String id) {
            return items.intern(id);
        }

        public Builder add(PairwiseJudgment judgment) {
            return add(judgment.a(), judgment.b(), judgment.outcome(), judgment.weight());
        }

        public Builder add(String a, String b, Outcome outcome, double weight) {
            if (a.equals(b)) {
                throw new DataException("an item cannot be compared with itself: '" + a + "'");
            }
            return add(items.intern(a), items.intern(b), outcome, weight);
        }

        /** Adds a judgment between items already registered with {@link #item(String)}. */
        public Builder add(int a, int b, Outcome outcome, double weight) {
            return add(a, b, outcome, 1, weight);
        }

        /** Adds {@code count} judgments of total weight {@code weight} at once. */
        public Builder add(int a, int b, Outcome outcome, long count, double weight) {
            if (a == b) {
                throw new DataException("an item cannot be compared with itself: index " + a);
            }
            Require.atLeast("count", count, 1);
            Require.positive("weight", weight);
            int cell = cellIndex.numberOf(a, b);
            if (cell == cells) {
                cells++;
                if (cell == sideA.length) {
                    int capacity = 2 * sideA.length;
                    sideA = Arrays.copyOf(sideA, capacity);
                    sideB = Arrays.copyOf(sideB, capacity);
                    counts = Arrays.copyOf(counts, capacity * OUTCOMES);
                    weights = Arrays.copyOf(weights, capacity * OUTCOMES);
                }
                sideA[cell] = a;
                sideB[cell] = b;
            }
            counts[cell * OUTCOMES + outcome.ordinal()] += count;
            weights[cell * OUTCOMES + outcome.ordinal()] += weight;
            return this;
        }

        public ComparisonTable build() {
            return new ComparisonTable(items.build(), Arrays.copyOf(sideA, cells), Arrays.copyOf(sideB, cells),
                    Arrays.copyOf(counts, cells * OUTCOMES), Arrays.copyOf(weights, cells * OUTCOMES));
        }
    }
}
