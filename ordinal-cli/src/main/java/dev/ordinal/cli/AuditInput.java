package dev.ordinal.cli;

import dev.ordinal.audit.AuditOptions;
import dev.ordinal.audit.Label;
import dev.ordinal.io.LoadedLabels;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.leaderboard.Interval;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.metric.BootstrapOptions;
import dev.ordinal.metric.Estimate;
import dev.ordinal.metric.Majority;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * What every section of {@code ordinal audit} reads: the sources in the order given, the reference
 * source's name, and one set of uncertainty settings (the same bootstrap rounds, seed and level)
 * for the leaderboards, the metrics and the audits.
 *
 * @param sources   each source's labels, in the order of the options
 * @param reference the name of the source the others are compared with
 * @param request   how each leaderboard is fitted and bootstrapped
 * @param bootstrap the metrics' bootstrap (agreement, α, leaderboard agreement)
 * @param audit     the audits' intervals (position and family bias)
 * @param topK      how many leading items the top-k overlap compares
 */
record AuditInput(List<LoadedLabels> sources, String reference, LeaderboardRequest request, BootstrapOptions bootstrap,
                  AuditOptions audit, int topK) {

    AuditInput {
        sources = List.copyOf(sources);
    }

    List<String> names() {
        return sources.stream().map(LoadedLabels::source).toList();
    }

    LoadedLabels referenceSource() {
        return sources.stream().filter(source -> source.source().equals(reference)).findFirst().orElseThrow();
    }

    List<LoadedLabels> others() {
        return sources.stream().filter(source -> !source.source().equals(reference)).toList();
    }

    /** Every source's labels, in order. */
    List<Label> allLabels() {
        List<Label> all = new ArrayList<>();
        sources.forEach(source -> all.addAll(source.labels()));
        return all;
    }

    /** Distinct judges of a source: a crowd has one per worker, a judge file one. */
    static int judges(LoadedLabels source) {
        Set<String> judges = new HashSet<>();
        source.labels().forEach(label -> judges.add(label.judge()));
        return judges.size();
    }

    /**
     * One label per unit: the source's own labels when it labelled each unit once, else its
     * majority per unit (a tied vote is a tie), as the agreement metrics need.
     */
    static List<Label> onePerUnit(LoadedLabels source) {
        Set<String> units = new HashSet<>();
        for (Label label : source.labels()) {
            if (!units.add(label.unit())) {
                return Majority.of(source.labels(), Majority.TiedVote.TIE);
            }
        }
        return source.labels();
    }

    /** Whether some unit of the source has several labels, so that {@link #onePerUnit} takes a majority. */
    static boolean needsMajority(LoadedLabels source) {
        return onePerUnit(source) != source.labels();
    }

    /** The labels as a comparison table, each label counted once. */
    static ComparisonTable table(List<Label> labels) {
        ComparisonTable.Builder table = ComparisonTable.builder();
        labels.forEach(label -> table.add(label.left(), label.right(), label.outcome(), 1.0));
        return table.build();
    }

    /** The interval level as a whole percentage, e.g. {@code 95}. */
    String percent() {
        return String.format(Locale.ROOT, "%.0f", audit.level() * 100);
    }

    // Cells. Numbers are plain decimals, so that the JSON report carries them as numbers; "-" marks
    // a figure that is undefined or absent.

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

    /** A metric's value for a chart, NaN (not drawn) when undefined. */
    static double value(Estimate estimate) {
        return estimate.value().orElse(Double.NaN);
    }

    /** A metric as a chart's estimate, with its interval when it has one. */
    static dev.ordinal.io.report.Estimate chartEstimate(String label, Estimate estimate) {
        return new dev.ordinal.io.report.Estimate(label, value(estimate), estimate.interval());
    }

    /** Why a metric is undefined, as a clause, or empty. */
    static String undefined(String what, Estimate estimate) {
        return estimate.undefinedBecause().map(reason -> " " + what + " is undefined: " + reason + ".").orElse("");
    }
}
