package dev.ordinal.io.report;

/**
 * A linear horizontal axis: values from a range widened to round tick values (steps of 1, 2 or 5
 * times a power of ten, about five of them) mapped onto pixels from {@code left} to {@code right}.
 */
final class ValueAxis {
    private static final String GRID = "#dddddd";
    private static final String INK = "#555555";
    private static final double FONT = 11;

    private final double min;
    private final double max;
    private final double step;
    private final double left;
    private final double right;

    /** An axis showing at least {@code [low, high]}; a single value gets a range of one around it. */
    ValueAxis(double low, double high, double left, double right) {
        if (!(low <= high)) {
            throw new IllegalArgumentException("an axis needs low <= high, got " + low + " and " + high);
        }
        if (low == high) {
            low -= 0.5;
            high += 0.5;
        }
        double rough = (high - low) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(rough)));
        double residual = rough / magnitude;
        step = (residual < 1.5 ? 1 : residual < 3 ? 2 : residual < 7 ? 5 : 10) * magnitude;
        min = Math.floor(low / step) * step;
        max = Math.ceil(high / step) * step;
        this.left = left;
        this.right = right;
    }

    /** The pixel of {@code value}. */
    double x(double value) {
        return left + (value - min) / (max - min) * (right - left);
    }

    /** Vertical grid lines at the ticks from {@code top} to {@code bottom}, their values below, and the axis label. */
    void draw(Svg svg, double top, double bottom, String label) {
        int decimals = (int) Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
        int ticks = (int) Math.round((max - min) / step);
        for (int tick = 0; tick <= ticks; tick++) {
            double value = min + tick * step;
            double x = x(value);
            svg.line(x, top, x, bottom, GRID, 1, "grid");
            svg.text(x, bottom + 9, XmlText.number(value, decimals), Svg.Anchor.MIDDLE, FONT, INK, "tick");
        }
        svg.text((left + right) / 2, bottom + 25, label, Svg.Anchor.MIDDLE, FONT, INK, "axis-label");
    }
}
