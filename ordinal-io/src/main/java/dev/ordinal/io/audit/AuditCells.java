package dev.ordinal.io.audit;

import dev.ordinal.audit.run.AuditSettings;
import dev.ordinal.leaderboard.Interval;
import dev.ordinal.metric.Estimate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The audit report's cells and recurring clauses. Numbers are plain decimals, so that the JSON
 * report carries them as numbers; {@code -} marks a figure that is undefined or absent.
 */
final class AuditCells {
    private AuditCells() {
    }

    static String number(double value, int decimals) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%." + decimals + "f", value) : "-";
    }

    static String number(double value) {
        return number(value, 3);
    }

    static String number(OptionalDouble value) {
        return value.isPresent() ? number(value.getAsDouble()) : "-";
    }

    static String count(long value) {
        return Long.toString(value);
    }

    static String lower(Optional<Interval> interval) {
        return interval.map(bounds -> number(bounds.lower())).orElse("-");
    }

    static String upper(Optional<Interval> interval) {
        return interval.map(bounds -> number(bounds.upper())).orElse("-");
    }

    /** A metric's value, lower and upper bound: three cells. */
    static List<String> cells(Estimate estimate) {
        return List.of(number(estimate.value()), lower(estimate.interval()), upper(estimate.interval()));
    }

    /** A metric as a chart's estimate (NaN, not drawn, when undefined), with its interval when it has one. */
    static dev.ordinal.io.report.Estimate chartEstimate(String label, Estimate estimate) {
        return new dev.ordinal.io.report.Estimate(label, estimate.value().orElse(Double.NaN), estimate.interval());
    }

    /** Why a metric is undefined, as a clause, or empty. */
    static String undefined(String what, Estimate estimate) {
        return estimate.undefinedBecause().map(reason -> " " + what + " is undefined: " + reason + ".").orElse("");
    }

    /** The interval level as a whole percentage, e.g. {@code 95}. */
    static String percent(AuditSettings settings) {
        return String.format(Locale.ROOT, "%.0f", settings.level() * 100);
    }

    /** A number as typed, without trailing zeros: {@code 0}, {@code 0.5}. */
    static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }
}
