package dev.ordinal.io;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;

/** Counts pairwise records into a {@link ComparisonTable}, through {@link CellCounts}; provenance is not kept. */
final class TableSink implements PairwiseSink {
    private final ComparisonTable.Builder table = ComparisonTable.builder();
    private final CellCounts cells = new CellCounts();

    @Override
    public boolean keepsProvenance() {
        return false;
    }

    @Override
    public void add(String a, String b, Outcome outcome, double weight, String judge, String unit, String context) {
        cells.add(table.item(a), table.item(b), outcome, weight);
    }

    ComparisonTable build() {
        cells.addTo(table);
        return table.build();
    }
}
