package dev.ordinal.metric;

import dev.ordinal.leaderboard.Interval;
import dev.ordinal.leaderboard.Leaderboards;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A measured figure with its bootstrap percentile interval. A figure can be undefined (Cohen's κ
 * when chance agreement is already 1, a correlation of a constant vector): then {@code value} is
 * empty and {@code undefinedBecause} says why. It is never NaN.
 *
 * @param value            the figure on the data, empty when undefined there
 * @param interval         the percentile interval over the rounds where the figure was defined;
 *                         empty without bootstrap rounds or when no round defined it
 * @param rounds           bootstrap rounds run
 * @param undefinedRounds  rounds whose resample left the figure undefined (left out of the interval)
 * @param undefinedBecause why the figure is undefined on the data
 */
public record Estimate(OptionalDouble value, Optional<Interval> interval, int rounds, int undefinedRounds,
                       Optional<String> undefinedBecause) {

    public Estimate {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(interval, "interval");
        Objects.requireNonNull(undefinedBecause, "undefinedBecause");
        if (value.isPresent() == undefinedBecause.isPresent()) {
            throw new IllegalArgumentException("an estimate has either a value or a reason it is undefined");
        }
    }

    /** Whether the figure is defined on the data. */
    public boolean defined() {
        return value.isPresent();
    }

    /** The figure; throws, saying why, when it is undefined. */
    public double get() {
        return value.orElseThrow(() -> new IllegalStateException(undefinedBecause.orElseThrow()));
    }

    /**
     * A figure and its interval from the values of the bootstrap rounds: NaN marks undefined, in
     * {@code point} (then {@code undefinedBecause} is reported) and in {@code roundValues}. The
     * interval's bounds are type-7 quantiles, as the leaderboard's percentile intervals.
     */
    static Estimate of(double point, String undefinedBecause, double[] roundValues, double level) {
        double[] defined = Arrays.stream(roundValues).filter(v -> !Double.isNaN(v)).sorted().toArray();
        Optional<Interval> interval = defined.length == 0 ? Optional.empty()
                : Optional.of(new Interval(Leaderboards.quantile(defined, (1 - level) / 2),
                        Leaderboards.quantile(defined, (1 + level) / 2)));
        boolean isDefined = !Double.isNaN(point);
        return new Estimate(isDefined ? OptionalDouble.of(point) : OptionalDouble.empty(), interval,
                roundValues.length, roundValues.length - defined.length,
                isDefined ? Optional.empty() : Optional.of(undefinedBecause));
    }

    /**
     * Like {@link #of}, but the basic (reflected) bootstrap interval [2θ̂ − q_upper, 2θ̂ − q_lower]
     * (Davison &amp; Hinkley, Bootstrap Methods and their Application, 1997, section 5.2), clipped
     * to the figure's range [{@code lowest}, {@code highest}]. For figures whose resampled values
     * are biased against the estimate, it moves the interval back by that bias.
     */
    static Estimate reflected(double point, String undefinedBecause, double[] roundValues, double level,
                              double lowest, double highest) {
        Estimate percentile = of(point, undefinedBecause, roundValues, level);
        if (percentile.value.isEmpty() || percentile.interval.isEmpty()) {
            return percentile;
        }
        Interval quantiles = percentile.interval.get();
        Interval reflected = new Interval(Math.max(lowest, Math.min(highest, 2 * point - quantiles.upper())),
                Math.min(highest, Math.max(lowest, 2 * point - quantiles.lower())));
        return new Estimate(percentile.value, Optional.of(reflected), percentile.rounds, percentile.undefinedRounds,
                percentile.undefinedBecause);
    }

    /** A figure without an interval. */
    static Estimate point(double point, String undefinedBecause) {
        return of(point, undefinedBecause, new double[0], 0.95);
    }
}
