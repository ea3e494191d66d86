package dev.ordinal.io;

import java.io.InputStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads pairwise judgments from CSV as RFC 4180 describes it (comma-separated, double-quoted
 * fields may hold commas, quotes and line breaks), with a header row naming the columns, streamed
 * by {@link CsvRows}; only the fields named by the {@link PairwiseColumns} are turned into strings.
 */
final class PairwiseCsvReader {
    /** The role of a column whose values are not read. */
    private static final int OTHER = -1;
    private static final int A = 0;
    private static final int B = 1;
    private static final int WINNER = 2;
    private static final int TIME = 3;
    private static final int WEIGHT = 4;
    private static final int ROLES = 5;

    private PairwiseCsvReader() {
    }

    static LoadedPairwise read(InputStream in, Optional<PairwiseColumns> requested, ReadTally tally) {
        try (CsvRows csv = CsvRows.open(in, tally)) {
            List<String> header = csv.header(tally::nothingFound);
            long headerLine = csv.line();
            PairwiseColumns columns = requested.orElseGet(() -> PairwiseColumns.detect(header)
                    .orElseThrow(() -> undetected(tally, headerLine, header)));
            int[] roles = roles(columns, header, tally, headerLine);
            PairwiseAccumulator accumulator = new PairwiseAccumulator(columns, tally);
            String[] values = new String[ROLES];
            while (csv.next(roles, values)) {
                accumulator.add(csv.line(), values[A], values[B], values[WINNER], values[TIME], values[WEIGHT]);
            }
            return new LoadedPairwise(accumulator.build(), tally.finish());
        }
    }

    /** For each header position, the role of its column; fails when a named column is missing. */
    private static int[] roles(PairwiseColumns columns, List<String> header, ReadTally tally, long headerLine) {
        int[] roles = new int[header.size()];
        Arrays.fill(roles, OTHER);
        assign(roles, header, columns.a(), A, tally, headerLine);
        assign(roles, header, columns.b(), B, tally, headerLine);
        assign(roles, header, columns.winner(), WINNER, tally, headerLine);
        columns.time().ifPresent(name -> assign(roles, header, name, TIME, tally, headerLine));
        columns.weight().ifPresent(name -> assign(roles, header, name, WEIGHT, tally, headerLine));
        // The table keeps no provenance, but a judge or category column the user named must exist.
        columns.judge().ifPresent(name -> assign(roles, header, name, OTHER, tally, headerLine));
        columns.category().ifPresent(name -> assign(roles, header, name, OTHER, tally, headerLine));
        return roles;
    }

    private static void assign(int[] roles, List<String> header, String column, int role, ReadTally tally, long line) {
        int index = header.indexOf(column);
        if (index < 0) {
            throw tally.error(line, null, column, "column '" + column + "' is not in the header " + header,
                    "a header naming every column given", "missing column");
        }
        roles[index] = role;
    }

    private static InputException undetected(ReadTally tally, long line, List<String> header) {
        return tally.error(line, null, String.join(",", header),
                "cannot tell which columns hold the judgments from the header " + header,
                "model_a, model_b, winner (arena battles) or left, right, winner (LLMFAO); otherwise name the"
                        + " columns with --a, --b, --winner and the verdict values with --outcomes",
                "unknown columns");
    }
}
