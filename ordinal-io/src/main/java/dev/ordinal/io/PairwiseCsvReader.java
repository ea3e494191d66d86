package dev.ordinal.io;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads pairwise judgments from CSV as RFC 4180 describes it (comma-separated, double-quoted
 * fields may hold commas, quotes and line breaks), with a header row naming the columns, streamed
 * by {@link CsvRows}; only the fields named by the {@link PairwiseColumns} that the sink keeps are
 * turned into strings.
 */
final class PairwiseCsvReader {
    /** The slot of a column whose values are not read. */
    private static final int OTHER = -1;

    private PairwiseCsvReader() {
    }

    static LoadedPairwise read(InputStream in, Optional<PairwiseColumns> requested, ReadTally tally) {
        TableSink table = new TableSink();
        read(in, requested, tally, table);
        return new LoadedPairwise(table.build(), tally.finish());
    }

    /** Streams every record to {@code sink}; the caller finishes the tally. */
    static void read(InputStream in, Optional<PairwiseColumns> requested, ReadTally tally, PairwiseSink sink) {
        try (CsvRows csv = CsvRows.open(in, tally)) {
            List<String> header = csv.header(tally::nothingFound);
            long headerLine = csv.line();
            PairwiseColumns columns = requested.orElseGet(() -> PairwiseColumns.detect(header)
                    .orElseThrow(() -> undetected(tally, headerLine, header)));
            PairwiseAccumulator accumulator = new PairwiseAccumulator(columns, tally, sink);
            int[] slots = slots(columns, accumulator.fieldColumns(), header, tally, headerLine);
            String[] values = new String[PairwiseAccumulator.FIELDS];
            while (csv.next(slots, values)) {
                accumulator.add(csv.line(), values);
            }
        }
    }

    /**
     * For each header position, the field slot of its column; fails when a named column is missing,
     * including the provenance columns the sink does not read (a judge or category the user named
     * must exist).
     */
    private static int[] slots(PairwiseColumns columns, String[] fieldColumns, List<String> header, ReadTally tally,
                               long headerLine) {
        int[] slots = new int[header.size()];
        Arrays.fill(slots, OTHER);
        for (int field = 0; field < fieldColumns.length; field++) {
            if (!fieldColumns[field].isEmpty()) {
                slots[position(header, fieldColumns[field], tally, headerLine)] = field;
            }
        }
        for (Optional<String> column : List.of(columns.judge(), columns.category(), columns.unit(), columns.context())) {
            column.ifPresent(name -> position(header, name, tally, headerLine));
        }
        return slots;
    }

    private static int position(List<String> header, String column, ReadTally tally, long line) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw tally.error(line, null, column, "column '" + column + "' is not in the header " + header,
                    "a header naming every column given", "missing column");
        }
        return index;
    }

    private static InputException undetected(ReadTally tally, long line, List<String> header) {
        return tally.error(line, null, String.join(",", header),
                "cannot tell which columns hold the judgments from the header " + header,
                "model_a, model_b, winner (arena battles) or left, right, winner (LLMFAO); otherwise name the"
                        + " columns with --a, --b, --winner and the verdict values with --outcomes",
                "unknown columns");
    }
}
