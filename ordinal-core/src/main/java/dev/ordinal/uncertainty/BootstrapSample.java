package dev.ordinal.uncertainty;

import java.util.Arrays;

/**
 * The refitted item log-strengths of every bootstrap round that had a finite estimate.
 *
 * @param strengths  rounds × items, in round order
 * @param rounds     rounds run
 * @param degenerate rounds left out because the resample had no finite MLE
 */
public record BootstrapSample(double[][] strengths, int rounds, int degenerate) {

    public BootstrapSample {
        strengths = Arrays.stream(strengths).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[][] strengths() {
        return Arrays.stream(strengths).map(double[]::clone).toArray(double[][]::new);
    }

    /** Number of rounds kept. */
    public int kept() {
        return strengths.length;
    }

    /** Item {@code item}'s value in kept round {@code round}. */
    public double strength(int round, int item) {
        return strengths[round][item];
    }
}
