package dev.ordinal.io.report;

import java.util.List;

/**
 * The drawing {@link BarChart} and {@link DotIntervalPlot} share: one row per estimate, its label
 * on the left, a mark on a common value axis with the interval as a whisker, its value on the right.
 */
final class EstimateRows {
    static final double ROW = 20;
    static final double FONT = 11;
    private static final double WIDTH = 520;
    private static final double TOP = 6;
    private static final double AXIS = 38;
    private static final double VALUE_COLUMN = 52;
    private static final double MAX_LABEL = 260;
    private static final String INK = "#222222";
    private static final String MARK = "#4c78a8";
    private static final String REFERENCE = "#888888";

    /** How the value itself is marked. */
    enum Mark { BAR, DOT }

    private EstimateRows() {
    }

    /**
     * @param reference where bars start and a reference line is drawn; NaN for none (dots only)
     */
    static Svg draw(List<Estimate> estimates, Mark mark, double reference, String axisLabel, int decimals) {
        double labelWidth = 8;
        double low = Double.isNaN(reference) ? Double.POSITIVE_INFINITY : reference;
        double high = Double.isNaN(reference) ? Double.NEGATIVE_INFINITY : reference;
        for (Estimate estimate : estimates) {
            labelWidth = Math.max(labelWidth, Math.min(MAX_LABEL, XmlText.width(estimate.label(), FONT) + 8));
            if (Double.isFinite(estimate.value())) {
                low = Math.min(low, estimate.value());
                high = Math.max(high, estimate.value());
            }
            if (estimate.interval().isPresent()) {
                low = Math.min(low, estimate.interval().get().lower());
                high = Math.max(high, estimate.interval().get().upper());
            }
        }
        if (low > high) {
            low = 0;
            high = 1;
        }
        double bottom = TOP + ROW * estimates.size();
        Svg svg = new Svg(WIDTH, bottom + AXIS);
        ValueAxis axis = new ValueAxis(low, high, labelWidth + 8, WIDTH - VALUE_COLUMN);
        axis.draw(svg, TOP, bottom, axisLabel);
        if (!Double.isNaN(reference)) {
            svg.line(axis.x(reference), TOP, axis.x(reference), bottom, REFERENCE, 1, "reference");
        }
        for (int row = 0; row < estimates.size(); row++) {
            Estimate estimate = estimates.get(row);
            double y = TOP + ROW * (row + 0.5);
            svg.text(labelWidth, y, estimate.label(), Svg.Anchor.END, FONT, INK, "label");
            if (Double.isFinite(estimate.value())) {
                double x = axis.x(estimate.value());
                if (mark == Mark.BAR) {
                    svg.rect(axis.x(reference), y - ROW * 0.3, x - axis.x(reference), ROW * 0.6, MARK, "bar");
                }
                estimate.interval().ifPresent(interval -> {
                    double lower = axis.x(interval.lower());
                    double upper = axis.x(interval.upper());
                    svg.line(lower, y, upper, y, INK, 1.2, "whisker");
                    svg.line(lower, y - 4, lower, y + 4, INK, 1.2, "whisker-end");
                    svg.line(upper, y - 4, upper, y + 4, INK, 1.2, "whisker-end");
                });
                if (mark == Mark.DOT) {
                    svg.circle(x, y, 3.5, MARK, "dot");
                }
            }
            svg.text(WIDTH - 4, y, XmlText.number(estimate.value(), decimals), Svg.Anchor.END, FONT, INK, "value");
        }
        return svg;
    }
}
