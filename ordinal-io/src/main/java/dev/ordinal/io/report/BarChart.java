package dev.ordinal.io.report;

import java.util.List;
import java.util.Objects;

/**
 * Horizontal bars with interval whiskers, one row per estimate in the order given, for figures such
 * as a judge's first-position preference rate: each bar runs from {@code reference} to its value
 * (so a rate of 0.5, no bias, has no bar when the reference is 0.5), and a line marks the reference.
 *
 * @param estimates the rows, top to bottom
 * @param reference where bars start, e.g. 0 or 0.5
 * @param axisLabel what the value axis measures
 * @param decimals  decimals of the values printed at the right
 */
public record BarChart(List<Estimate> estimates, double reference, String axisLabel, int decimals) implements Chart {
    public BarChart {
        estimates = List.copyOf(estimates);
        Objects.requireNonNull(axisLabel, "axisLabel");
        if (!Double.isFinite(reference)) {
            throw new IllegalArgumentException("the reference of a bar chart must be finite, got " + reference);
        }
        if (decimals < 0) {
            throw new IllegalArgumentException("decimals must not be negative, got " + decimals);
        }
    }

    @Override
    public Svg draw() {
        return EstimateRows.draw(estimates, EstimateRows.Mark.BAR, reference, axisLabel, decimals);
    }
}
