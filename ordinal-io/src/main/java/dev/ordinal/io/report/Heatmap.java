package dev.ordinal.io.report;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A matrix of values as coloured cells with the value printed in each, e.g. the agreement between
 * every two sources: white at {@code low}, deep blue at {@code high}, on a linear scale; a value that
 * is not finite (no shared labels) is a grey cell with a dash. Column labels are turned 45 degrees.
 *
 * @param rowLabels    one per row of {@code values}
 * @param columnLabels one per column of {@code values}
 * @param values       rows × columns
 * @param low          the value drawn white; lower values are clamped
 * @param high         the value drawn deepest; higher values are clamped
 * @param decimals     decimals of the printed values
 */
public record Heatmap(List<String> rowLabels, List<String> columnLabels, double[][] values, double low, double high,
                      int decimals) implements Chart {
    private static final double CELL_WIDTH = 52;
    private static final double CELL_HEIGHT = 26;
    private static final double FONT = 11;
    private static final double MAX_LABEL = 200;
    private static final String INK = "#222222";
    private static final String MISSING = "#eeeeee";
    /** The colour of {@code high}, RGB. */
    private static final int[] DEEP = {0x08, 0x45, 0x94};

    public Heatmap {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        Objects.requireNonNull(values, "values");
        if (values.length != rowLabels.size()) {
            throw new IllegalArgumentException("a heatmap with " + rowLabels.size() + " row labels needs as many rows,"
                    + " got " + values.length);
        }
        for (double[] row : values) {
            if (row.length != columnLabels.size()) {
                throw new IllegalArgumentException("a heatmap with " + columnLabels.size()
                        + " column labels needs as many values in every row, got " + row.length);
            }
        }
        if (!(low < high) || Double.isInfinite(low) || Double.isInfinite(high)) {
            throw new IllegalArgumentException("a heatmap's colour range needs finite low < high, got " + low + " and "
                    + high);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative, got " + decimals);
        }
        values = Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[][] values() {
        return Arrays.stream(values).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public Svg draw() {
        double left = 8;
        for (String label : rowLabels) {
            left = Math.max(left, Math.min(MAX_LABEL, XmlText.width(label, FONT) + 12));
        }
        double top = 8;
        for (String label : columnLabels) {
            top = Math.max(top, Math.min(MAX_LABEL, XmlText.width(label, FONT)) * Math.sqrt(0.5) + 14);
        }
        Svg svg = new Svg(left + CELL_WIDTH * columnLabels.size() + top * 0.75 + 8,
                top + CELL_HEIGHT * rowLabels.size() + 8);
        for (int column = 0; column < columnLabels.size(); column++) {
            double x = left + CELL_WIDTH * (column + 0.5);
            svg.text(x, top - 8, columnLabels.get(column), Svg.Anchor.START, FONT, INK, "column-label", -45);
        }
        for (int row = 0; row < rowLabels.size(); row++) {
            double y = top + CELL_HEIGHT * row;
            svg.text(left - 6, y + CELL_HEIGHT / 2, rowLabels.get(row), Svg.Anchor.END, FONT, INK, "row-label");
            for (int column = 0; column < columnLabels.size(); column++) {
                double value = values[row][column];
                double x = left + CELL_WIDTH * column;
                double shade = Double.isFinite(value) ? Math.max(0, Math.min(1, (value - low) / (high - low))) : 0;
                svg.rect(x, y, CELL_WIDTH - 1, CELL_HEIGHT - 1, Double.isFinite(value) ? colour(shade) : MISSING, "cell");
                svg.text(x + CELL_WIDTH / 2, y + CELL_HEIGHT / 2, XmlText.number(value, decimals), Svg.Anchor.MIDDLE,
                        FONT, shade > 0.55 ? "#ffffff" : INK, "cell-value");
            }
        }
        return svg;
    }

    /** White blended towards {@link #DEEP} by {@code shade} in [0, 1], as {@code #rrggbb}. */
    static String colour(double shade) {
        StringBuilder hex = new StringBuilder("#");
        for (int channel : DEEP) {
            hex.append(String.format(java.util.Locale.ROOT, "%02x", (int) Math.round(255 + (channel - 255) * shade)));
        }
        return hex.toString();
    }
}
