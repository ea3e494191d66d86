package dev.ordinal.metric;

import java.util.Arrays;

/**
 * How two sources' verdicts on shared units cross: row = the first source's {@link Verdict},
 * column = the second's, in the order a, b, tie, each seen from the unit's canonical first item.
 *
 * @param counts 3 × 3 unit counts
 */
public record ConfusionMatrix(long[][] counts) {

    public ConfusionMatrix {
        int size = Verdict.values().length;
        if (counts.length != size || Arrays.stream(counts).anyMatch(row -> row.length != size)) {
            throw new IllegalArgumentException("a confusion matrix over a, b, tie is 3 × 3");
        }
        counts = Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
    }

    @Override
    public long[][] counts() {
        return Arrays.stream(counts).map(long[]::clone).toArray(long[][]::new);
    }

    /** Units where the first source said {@code first} and the second {@code second}. */
    public long count(Verdict first, Verdict second) {
        return counts[first.ordinal()][second.ordinal()];
    }

    /** Units in the matrix. */
    public long total() {
        return Arrays.stream(counts).flatMapToLong(Arrays::stream).sum();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConfusionMatrix that && Arrays.deepEquals(counts, that.counts);
    }

    @Override
    public int hashCode() {
        return Arrays.deepHashCode(counts);
    }

    @Override
    public String toString() {
        return "ConfusionMatrix" + Arrays.deepToString(counts);
    }

    /** The same units with the two sources' roles exchanged. */
    public ConfusionMatrix transposed() {
        long[][] result = new long[counts.length][counts.length];
        for (int row = 0; row < counts.length; row++) {
            for (int column = 0; column < counts.length; column++) {
                result[column][row] = counts[row][column];
            }
        }
        return new ConfusionMatrix(result);
    }
}
