package dev.ordinal.judgment;

/**
 * Pairwise statistics with side order forgotten: for each unordered pair {@code (low, high)}
 * with {@code low < high}, the weight of wins of {@code low}, wins of {@code high}, and ties.
 * The cell weights are laid out flat, three per pair, so that resampling can treat them as the
 * categories of one multinomial. Immutable; {@link #withCells} makes a resampled copy.
 */
public final class PairwiseCounts {
    /** Offsets of the three outcomes inside a pair's block of {@link #cells()}. */
    public static final int LOW_WINS = 0;
    public static final int HIGH_WINS = 1;
    public static final int TIES = 2;

    private final int itemCount;
    private final int[] low;
    private final int[] high;
    private final double[] cells;
    private final long judgments;

    PairwiseCounts(int itemCount, int[] low, int[] high, double[] cells, long judgments) {
        this.itemCount = itemCount;
        this.low = low;
        this.high = high;
        this.cells = cells;
        this.judgments = judgments;
    }

    public int itemCount() {
        return itemCount;
    }

    public int pairCount() {
        return low.length;
    }

    public int low(int pair) {
        return low[pair];
    }

    public int high(int pair) {
        return high[pair];
    }

    public double lowWins(int pair) {
        return cells[3 * pair + LOW_WINS];
    }

    public double highWins(int pair) {
        return cells[3 * pair + HIGH_WINS];
    }

    public double ties(int pair) {
        return cells[3 * pair + TIES];
    }

    /** How many judgments the counts summarise (the multinomial's number of trials). */
    public long judgments() {
        return judgments;
    }

    /** A copy of the flat cell weights, three per pair. */
    public double[] cells() {
        return cells.clone();
    }

    /** The same pairs with other cell weights (e.g. a bootstrap resample). */
    public PairwiseCounts withCells(double[] newCells) {
        if (newCells.length != cells.length) {
            throw new IllegalArgumentException("expected " + cells.length + " cells, got " + newCells.length);
        }
        return new PairwiseCounts(itemCount, low, high, newCells.clone(), judgments);
    }
}
