package dev.ordinal.audit.run;

import java.util.List;

/**
 * The Sources section: what each source holds, and the units every two sources share (labels of
 * two sources can be compared only on those).
 *
 * @param summaries   one per source, in order
 * @param sharedUnits {@code sharedUnits[i][j]}: the units both source i and source j labelled
 *                    (the diagonal: each source's units)
 */
public record SourcesSection(List<Summary> summaries, int[][] sharedUnits) {
    public SourcesSection {
        summaries = List.copyOf(summaries);
        sharedUnits = java.util.Arrays.stream(sharedUnits).map(int[]::clone).toArray(int[][]::new);
    }

    @Override
    public int[][] sharedUnits() {
        return java.util.Arrays.stream(sharedUnits).map(int[]::clone).toArray(int[][]::new);
    }

    /**
     * One source: its labels, distinct judges, units and items, and the shares of its labels won by
     * the left side, by the right side, and tied (both-bad counted as tied).
     */
    public record Summary(String source, int labels, int judges, int units, int items, double leftWinRate,
                          double rightWinRate, double tieRate) {
    }
}
