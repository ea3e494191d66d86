package dev.ordinal.io.report;

import java.util.List;

/**
 * A table of text cells for the report: a header and rows of as many cells. Cells that read as
 * numbers (or percentages, or intervals of numbers) are right-aligned.
 *
 * @param header the column names
 * @param rows   the rows, each with one cell per column
 */
public record Table(List<String> header, List<List<String>> rows) implements Report.Block {
    public Table {
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a table needs at least one column");
        }
        for (int row = 0; row < rows.size(); row++) {
            if (rows.get(row).size() != header.size()) {
                throw new IllegalArgumentException("row " + (row + 1) + " of a table with " + header.size()
                        + " columns has " + rows.get(row).size() + " cells");
            }
        }
    }
}
