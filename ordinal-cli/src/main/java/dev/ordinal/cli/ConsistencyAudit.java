package dev.ordinal.cli;

import static dev.ordinal.cli.AuditInput.count;
import static dev.ordinal.cli.AuditInput.number;

import dev.ordinal.audit.Breakdown;
import dev.ordinal.audit.InconsistencyReduction;
import dev.ordinal.audit.JudgeId;
import dev.ordinal.audit.PairVerdicts;
import dev.ordinal.audit.PreferenceProbability;
import dev.ordinal.audit.RatingDistribution;
import dev.ordinal.audit.RatingDistribution.Scoring;
import dev.ordinal.audit.ScoreComparison;
import dev.ordinal.audit.ScoreComparisonCount;
import dev.ordinal.audit.ScoreLabel;
import dev.ordinal.audit.Transitivity;
import dev.ordinal.audit.TransitivityCount;
import dev.ordinal.io.LoadedLabels;
import dev.ordinal.io.report.BarChart;
import dev.ordinal.io.report.Estimate;
import dev.ordinal.io.report.Report;
import dev.ordinal.io.report.Table;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The parts of {@code ordinal audit}'s Consistency section that read more than pairwise labels
 * (TrustJudge, Wang et al. 2025): score–comparison inconsistency of a source's verdicts with its
 * judges' scores, per judge and per prompt; and how much distribution-sensitive scoring and
 * likelihood-aware aggregation reduce the inconsistency rates, given rating distributions and
 * both-order preference probabilities.
 */
final class ConsistencyAudit {
    /** At most this many judges get a bar in the conflict-rate chart. */
    private static final int CHARTED_JUDGES = 20;

    private ConsistencyAudit() {
    }

    /**
     * What the consistency checks read besides labels, each keyed by the source it belongs to.
     *
     * @param scores         judges' scores, keyed by a source of labels
     * @param ratings        judges' rating distributions, keyed by a source or a name of their own
     * @param preferences    judges' preference probabilities, keyed by a source or a name of their own
     * @param scoreTolerance the largest score difference read as level
     * @param tieMargin      the likelihood-aware aggregation's tie margin
     */
    record Inputs(Map<String, List<ScoreLabel>> scores, Map<String, List<RatingDistribution>> ratings,
                  Map<String, List<PreferenceProbability>> preferences, double scoreTolerance, double tieMargin) {
        Inputs {
            scores = Map.copyOf(scores);
            ratings = Map.copyOf(ratings);
            preferences = Map.copyOf(preferences);
        }
    }

    /** Score–comparison inconsistency of each source given {@code --scores}, per judge and per prompt. */
    static void scoreComparison(Report.Section section, AuditInput input, Inputs extra) {
        if (extra.scores().isEmpty()) {
            return;
        }
        section.paragraph("Score-comparison consistency (TrustJudge) of the sources given scores: within one judge "
                + "and prompt, a verdict conflicts with the judge's own scores when the lower-scored item wins (a "
                + "reversal), or when it is strict on level scores or a tie on different scores (a level mismatch; "
                + "level: within " + plain(extra.scoreTolerance()) + "). The conflict rate is (reversals + level "
                + "mismatches) over the verdicts whose two items both have a score; a judge's verdicts on one pair "
                + "count once, a tie when they disagree; several scores of one item are averaged.");
        List<List<String>> judgeRows = new ArrayList<>();
        List<List<String>> promptRows = new ArrayList<>();
        List<Estimate> bars = new ArrayList<>();
        for (LoadedLabels source : input.sources()) {
            List<ScoreLabel> scores = extra.scores().get(source.source());
            if (scores == null) {
                continue;
            }
            Breakdown<ScoreComparisonCount> counts;
            try {
                counts = ScoreComparison.count(PairVerdicts.of(source.labels()), scores, extra.scoreTolerance());
            } catch (IllegalArgumentException e) {
                section.paragraph("No score-comparison check for " + source.source() + ": " + e.getMessage() + ".");
                continue;
            }
            for (Map.Entry<JudgeId, ScoreComparisonCount> entry : counts.byJudge().entrySet()) {
                judgeRows.add(row(List.of(source.source(), entry.getKey().judge()), entry.getValue()));
                entry.getValue().conflictRate().ifPresent(rate -> bars.add(Estimate.of(source.source()
                        + (entry.getKey().judge().equals(source.source()) ? "" : " / " + entry.getKey().judge()), rate)));
            }
            counts.byContext().forEach((context, count) ->
                    promptRows.add(row(List.of(source.source(), context.isEmpty() ? "-" : context), count)));
        }
        if (judgeRows.isEmpty()) {
            return;
        }
        List<String> measures = List.of("verdicts compared", "reversals", "level mismatches", "unscored verdicts",
                "conflict rate", "reversal rate");
        section.paragraph("Score-comparison conflicts per judge:");
        section.table(new Table(concat(List.of("source", "judge"), measures), judgeRows));
        section.paragraph("Score-comparison conflicts per prompt, over the source's judges:");
        section.table(new Table(concat(List.of("source", "prompt"), measures), promptRows));
        if (!bars.isEmpty() && bars.size() <= CHARTED_JUDGES) {
            section.chart("Score-comparison conflict rate per judge", new BarChart(bars, 0, "conflict rate", 3));
        }
    }

    /**
     * TrustJudge's remedies, one row each: per name given ratings and preferences, top grades against
     * expected grades (both against the per-order verdicts), both remedies at once, and the per-order
     * verdicts' triads against the likelihood-aware ones; with ratings alone (of a source), top against
     * expected grades against the source's verdicts; with preferences alone, the triads.
     */
    static void remedies(Report.Section section, AuditInput input, Inputs extra) {
        Set<String> names = new LinkedHashSet<>();
        input.names().stream().filter(name -> extra.ratings().containsKey(name)
                || extra.preferences().containsKey(name)).forEach(names::add);
        extra.ratings().keySet().stream().sorted().forEach(names::add);
        extra.preferences().keySet().stream().sorted().forEach(names::add);
        if (names.isEmpty()) {
            return;
        }
        section.paragraph("TrustJudge's remedies, measured on the same judgments. Distribution-sensitive scoring: a "
                + "judge's score of an item is its expected grade (the sum of grade times probability) instead of its "
                + "most probable grade. Likelihood-aware aggregation: a pair's probabilities of (first wins, tie, "
                + "second wins) in each order are aligned and averaged, and the most probable verdict is taken (a tie "
                + "when the lead is under " + plain(extra.tieMargin()) + "), instead of each order's most probable "
                + "verdict with a verdict that changes with the order counted as a tie. The reduction is the baseline "
                + "rate minus the remedied rate: positive when the remedy helps.");
        List<List<String>> rows = new ArrayList<>();
        List<Estimate> bars = new ArrayList<>();
        for (String name : names) {
            List<RatingDistribution> ratings = extra.ratings().get(name);
            List<PreferenceProbability> preferences = extra.preferences().get(name);
            try {
                if (ratings != null && preferences != null) {
                    InconsistencyReduction reduction = InconsistencyReduction.measure(ratings, preferences,
                            extra.tieMargin(), extra.scoreTolerance());
                    rows.add(scoreRow(name, "top grade, per-order verdicts", "expected grade, per-order verdicts",
                            reduction.scoresTopGrade().total(), reduction.scoresExpected().total()));
                    rows.add(scoreRow(name, "top grade, per-order verdicts", "expected grade, likelihood-aware verdicts",
                            reduction.scoresTopGrade().total(), reduction.scoresBoth().total()));
                    rows.add(triadRow(name, reduction.transitivityPerOrder().total(),
                            reduction.transitivityLikelihood().total()));
                } else if (ratings != null) {
                    PairVerdicts verdicts = PairVerdicts.of(source(input, name).labels());
                    rows.add(scoreRow(name, "top grade, the source's verdicts", "expected grade, the source's verdicts",
                            ScoreComparison.count(verdicts, scores(ratings, Scoring.TOP_GRADE), extra.scoreTolerance())
                                    .total(),
                            ScoreComparison.count(verdicts, scores(ratings, Scoring.EXPECTED), extra.scoreTolerance())
                                    .total()));
                } else {
                    rows.add(triadRow(name, Transitivity.count(PairVerdicts.perOrder(preferences)).total(),
                            Transitivity.count(PairVerdicts.likelihood(preferences, extra.tieMargin())).total()));
                }
            } catch (IllegalArgumentException e) {
                section.paragraph("No remedies measured for " + name + ": " + e.getMessage() + ".");
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        section.table(new Table(List.of("source", "measure", "baseline", "remedy", "checked", "baseline inconsistent",
                "remedied inconsistent", "baseline rate", "remedied rate", "reduction"), rows));
        for (List<String> row : rows) {
            String label = row.get(0) + ": " + (row.get(1).startsWith("transitivity") ? "triads" : "scores") + ", ";
            if (!row.get(7).equals("-") && !row.get(8).equals("-")) {
                bars.add(Estimate.of(label + row.get(2), Double.parseDouble(row.get(7))));
                bars.add(Estimate.of(label + row.get(3), Double.parseDouble(row.get(8))));
            }
        }
        if (!bars.isEmpty()) {
            section.chart("Inconsistency rate before and after each remedy", new BarChart(dedupe(bars), 0,
                    "inconsistency rate", 3));
        }
    }

    private static List<String> scoreRow(String name, String baseline, String remedy, ScoreComparisonCount before,
                                         ScoreComparisonCount after) {
        return List.of(name, "score-comparison conflict rate", baseline, remedy, count(before.compared()),
                count(before.conflicts()), count(after.conflicts()), number(before.conflictRate()),
                number(after.conflictRate()), number(difference(before.conflictRate(), after.conflictRate())));
    }

    private static List<String> triadRow(String name, TransitivityCount before, TransitivityCount after) {
        return List.of(name, "transitivity inconsistency rate", "per-order verdicts", "likelihood-aware verdicts",
                count(before.triads()), count(before.inconsistent()), count(after.inconsistent()),
                number(before.rate()), number(after.rate()), number(difference(before.rate(), after.rate())));
    }

    private static List<String> row(List<String> keys, ScoreComparisonCount count) {
        return concat(keys, List.of(count(count.compared()), count(count.reversals()), count(count.levelMismatches()),
                count(count.unscored()), number(count.conflictRate()), number(count.reversalRate())));
    }

    private static OptionalDouble difference(OptionalDouble baseline, OptionalDouble remedied) {
        return baseline.isPresent() && remedied.isPresent()
                ? OptionalDouble.of(baseline.getAsDouble() - remedied.getAsDouble()) : OptionalDouble.empty();
    }

    private static List<ScoreLabel> scores(List<RatingDistribution> ratings, Scoring scoring) {
        return ratings.stream().map(rating -> rating.score(scoring)).toList();
    }

    private static LoadedLabels source(AuditInput input, String name) {
        return input.sources().stream().filter(source -> source.source().equals(name)).findFirst().orElseThrow();
    }

    /** The bars without repeats: the baseline of two score rows is the same bar. */
    private static List<Estimate> dedupe(List<Estimate> bars) {
        Map<String, Estimate> byLabel = new LinkedHashMap<>();
        bars.forEach(bar -> byLabel.putIfAbsent(bar.label(), bar));
        return List.copyOf(byLabel.values());
    }

    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
