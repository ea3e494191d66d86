package dev.ordinal.io.report;

import dev.ordinal.leaderboard.Interval;
import java.util.Objects;
import java.util.Optional;

/**
 * One labelled figure with its interval, as {@link BarChart} and {@link DotIntervalPlot} draw it.
 *
 * @param label    what the figure is of, e.g. a judge's name
 * @param value    the point estimate; not drawn when not finite
 * @param interval its interval, if there is one
 */
public record Estimate(String label, double value, Optional<Interval> interval) {
    public Estimate {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(interval, "interval");
    }

    public static Estimate of(String label, double value) {
        return new Estimate(label, value, Optional.empty());
    }

    public static Estimate of(String label, double value, double lower, double upper) {
        return new Estimate(label, value, Optional.of(new Interval(lower, upper)));
    }
}
