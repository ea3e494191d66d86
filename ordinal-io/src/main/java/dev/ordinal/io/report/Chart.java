package dev.ordinal.io.report;

/**
 * A figure of the report, drawn as SVG by {@link #draw()}: {@link BarChart}, {@link Heatmap},
 * {@link SlopeChart}, {@link DotIntervalPlot}, or any drawing of one's own on {@link Svg}.
 */
public interface Chart {
    /** The drawing; the same chart always gives the same drawing. */
    Svg draw();
}
