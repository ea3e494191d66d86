package dev.ordinal.io;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/** Cells of the text tables and CSV files the writers produce: numbers, CSV quoting, alignment. */
final class TextCells {
    private TextCells() {
    }

    /** Fixed decimals, locale-independent; "-" for a value that is not finite. */
    static String fixed(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "-";
    }

    /** Rounded half-even to {@code decimals}, for JSON numbers. */
    static double rounded(double value, int decimals) {
        return Double.isFinite(value)
                ? BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_EVEN).doubleValue() : value;
    }

    /** A CSV field, quoted as RFC 4180 requires when it holds a comma, quote or line break. */
    static String csv(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** Prints rows with columns padded to a common width: right-aligned except {@code leftColumn}. */
    static void printAligned(PrintWriter writer, List<String[]> rows, int leftColumn) {
        int columns = rows.get(0).length;
        int[] widths = new int[columns];
        for (String[] row : rows) {
            for (int c = 0; c < columns; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < columns; c++) {
                String padding = " ".repeat(widths[c] - row[c].length());
                line.append(c == leftColumn ? row[c] + padding : padding + row[c]);
                if (c < columns - 1) {
                    line.append("  ");
                }
            }
            writer.println(line.toString().stripTrailing());
        }
    }
}
