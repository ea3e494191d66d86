package dev.ordinal.io;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;

/** Counts pairwise records straight into a {@link ComparisonTable}; provenance is not kept. */
final class TableSink implements PairwiseSink {
    private final ComparisonTable.Builder table = ComparisonTable.builder();

    @Override
    public boolean keepsProvenance() {
        return false;
    }

    @Override
    public void add(String a, String b, Outcome outcome, double weight, String judge, String unit, String context) {
        table.add(table.item(a), table.item(b), outcome, weight);
    }

    ComparisonTable build() {
        return table.build();
    }
}
