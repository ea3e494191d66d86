package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.List;

/**
 * What a person needs to check a result by hand: short notes and titled tables (the margin
 * matrix, the rounds of an elimination with their tallies, the locked edges, the strongest paths,
 * the objective of the optimal order...). Rendered as text by the CLI and as JSON arrays.
 */
public record Explanation(List<Part> parts) {
    public Explanation {
        parts = List.copyOf(parts);
    }

    public static Explanation empty() {
        return new Explanation(List.of());
    }

    /** One piece of an explanation. */
    public sealed interface Part permits Note, Table {
    }

    /** A sentence or two. */
    public record Note(String text) implements Part {
    }

    /** A titled table of text cells; every row has as many cells as there are columns. */
    public record Table(String title, List<String> columns, List<List<String>> rows) implements Part {
        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            for (List<String> row : rows) {
                if (row.size() != columns.size()) {
                    throw new IllegalArgumentException("table '" + title + "': a row has " + row.size()
                            + " cells for " + columns.size() + " columns");
                }
            }
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A number as people write it: integers without a decimal point, others to 4 significant decimals. */
    public static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(java.util.Locale.ROOT, "%.4f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /** Collects parts in order. */
    public static final class Builder {
        private final List<Part> parts = new ArrayList<>();

        public Builder note(String text) {
            parts.add(new Note(text));
            return this;
        }

        public Builder append(Explanation other) {
            parts.addAll(other.parts());
            return this;
        }

        public Builder table(String title, List<String> columns, List<List<String>> rows) {
            parts.add(new Table(title, columns, rows));
            return this;
        }

        /** The margin matrix: row x, column y holds support(x, y) − support(y, x). */
        public Builder margins(MajorityMatrix matrix, Items candidates) {
            int m = matrix.size();
            double[] margins = new double[m * m];
            for (int x = 0; x < m; x++) {
                for (int y = 0; y < m; y++) {
                    margins[x * m + y] = matrix.margin(x, y);
                }
            }
            return matrix("Margins (row over column)", margins, candidates);
        }

        /** A candidate-by-candidate table: row x, column y holds {@code values[x * m + y]}; "—" on the diagonal. */
        public Builder matrix(String title, double[] values, Items candidates) {
            int m = candidates.size();
            List<String> columns = new ArrayList<>();
            columns.add("");
            for (int y = 0; y < m; y++) {
                columns.add(candidates.name(y));
            }
            List<List<String>> rows = new ArrayList<>();
            for (int x = 0; x < m; x++) {
                List<String> row = new ArrayList<>();
                row.add(candidates.name(x));
                for (int y = 0; y < m; y++) {
                    row.add(x == y ? "—" : number(values[x * m + y]));
                }
                rows.add(row);
            }
            return table(title, columns, rows);
        }

        /** A per-candidate score table, in candidate order. */
        public Builder scores(String title, String scoreName, double[] scores, Items candidates) {
            List<List<String>> rows = new ArrayList<>();
            for (int c = 0; c < scores.length; c++) {
                rows.add(List.of(candidates.name(c), number(scores[c])));
            }
            return table(title, List.of("candidate", scoreName), rows);
        }

        public Explanation build() {
            return new Explanation(parts);
        }
    }
}
