package dev.ordinal.io.audit;

import static dev.ordinal.io.audit.AuditCells.count;
import static dev.ordinal.io.audit.AuditCells.number;
import static dev.ordinal.io.audit.AuditCells.plain;

import dev.ordinal.audit.Breakdown;
import dev.ordinal.audit.JudgeId;
import dev.ordinal.audit.ScoreComparisonCount;
import dev.ordinal.audit.TransitivityCount;
import dev.ordinal.audit.run.Attempt;
import dev.ordinal.audit.run.AuditResult;
import dev.ordinal.audit.run.ConsistencySection;
import dev.ordinal.io.report.BarChart;
import dev.ordinal.io.report.Estimate;
import dev.ordinal.io.report.Heatmap;
import dev.ordinal.io.report.Report;
import dev.ordinal.io.report.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The report's Consistency section (TrustJudge, Wang et al. 2025): pairwise transitivity, then
 * score–comparison conflicts and the remedies when the audit had their inputs.
 */
final class ConsistencySections {
    /** Rows of the per-judge table: the most inconsistent judges first. */
    static final int LISTED_JUDGES = 20;
    /** At most this many judges get a bar in the conflict-rate chart. */
    private static final int CHARTED_JUDGES = 20;

    private ConsistencySections() {
    }

    static void consistency(Report report, AuditResult result) {
        ConsistencySection consistency = result.consistency();
        Report.Section section = report.section("Consistency").paragraph("Pairwise transitivity, per judge and "
                + "prompt (TrustJudge): a judge's verdicts on one pair in one prompt count as one (a tie when they "
                + "disagree), and every triad of items whose three pairs the judge compared on that prompt is "
                + "checked. A cycle is A > B > C > A; a tie contradiction is, e.g., A = B, B = C, A > C. The rate "
                + "is inconsistent triads over triads.");
        transitivity(section, consistency);
        scoreComparison(section, result);
        remedies(section, result);
    }

    private static void transitivity(Report.Section section, ConsistencySection consistency) {
        List<List<String>> rows = new ArrayList<>();
        for (ConsistencySection.SourceTransitivity source : consistency.transitivity()) {
            Breakdown<TransitivityCount> counts = source.counts();
            TransitivityCount total = counts.total();
            long judgesWithTriads = counts.byJudge().values().stream().filter(c -> c.triads() > 0).count();
            rows.add(List.of(source.source(), count(counts.byJudge().size()), count(judgesWithTriads),
                    count(counts.byScope().size()), count(total.triads()), count(total.cycles()),
                    count(total.tieContradictions()), number(total.rate())));
        }
        section.table(new Table(List.of("source", "judges", "judges with triads", "judge-prompt pairs", "triads",
                "cycles", "tie contradictions", "inconsistency rate"), rows));
        if (consistency.noTriads()) {
            section.paragraph("No judge compared all three pairs of any three items on one prompt, so there is "
                    + "nothing to check.");
            return;
        }
        Set<String> contexts = new TreeSet<>(Comparator.comparing((String context) -> context.length())
                .thenComparing(Comparator.naturalOrder()));
        consistency.transitivity().forEach(source -> contexts.addAll(source.counts().byContext().keySet()));
        List<String> contextList = List.copyOf(contexts);
        List<String> names = consistency.transitivity().stream().map(ConsistencySection.SourceTransitivity::source)
                .toList();
        double[][] rates = new double[contextList.size()][names.size()];
        double highest = 0;
        for (int c = 0; c < contextList.size(); c++) {
            for (int s = 0; s < names.size(); s++) {
                TransitivityCount cell = consistency.transitivity().get(s).counts().byContext().get(contextList.get(c));
                rates[c][s] = cell == null ? Double.NaN : cell.rate().orElse(Double.NaN);
                if (Double.isFinite(rates[c][s])) {
                    highest = Math.max(highest, rates[c][s]);
                }
            }
        }
        if (contextList.size() > 1 || !contextList.get(0).isEmpty()) {
            section.chart("Inconsistency rate per prompt (rows) and source; a dash where no triad was judged",
                    new Heatmap(contextList.stream().map(context -> context.isEmpty() ? "(no prompt)" : "prompt "
                            + context).toList(), names, rates, 0, Math.max(highest, 0.05), 3));
        }
        List<ConsistencySection.JudgeTransitivity> judges = consistency.inconsistentJudges();
        if (!judges.isEmpty()) {
            section.paragraph("Judges of multi-judge sources with inconsistent triads, most first"
                    + (judges.size() > LISTED_JUDGES ? " (" + LISTED_JUDGES + " of " + judges.size() + ")" : "")
                    + ":");
            List<List<String>> judgeRows = new ArrayList<>();
            for (ConsistencySection.JudgeTransitivity judge : judges.subList(0, Math.min(LISTED_JUDGES, judges.size()))) {
                TransitivityCount c = judge.counts();
                judgeRows.add(List.of(judge.judge().source(), judge.judge().judge(), count(c.triads()),
                        count(c.cycles()), count(c.tieContradictions()), number(c.rate())));
            }
            section.table(new Table(List.of("source", "judge", "triads", "cycles", "tie contradictions",
                    "inconsistency rate"), judgeRows));
        }
    }

    private static void scoreComparison(Report.Section section, AuditResult result) {
        List<Attempt<Breakdown<ScoreComparisonCount>>> comparisons = result.consistency().scoreComparisons();
        if (comparisons.isEmpty()) {
            return;
        }
        section.paragraph("Score-comparison consistency (TrustJudge) of the sources given scores: within one judge "
                + "and prompt, a verdict conflicts with the judge's own scores when the lower-scored item wins (a "
                + "reversal), or when it is strict on level scores or a tie on different scores (a level mismatch; "
                + "level: within " + plain(result.settings().scoreTolerance()) + "). The conflict rate is (reversals "
                + "+ level mismatches) over the verdicts whose two items both have a score; a judge's verdicts on one "
                + "pair count once, a tie when they disagree; several scores of one item are averaged.");
        List<List<String>> judgeRows = new ArrayList<>();
        List<List<String>> promptRows = new ArrayList<>();
        List<Estimate> bars = new ArrayList<>();
        for (Attempt<Breakdown<ScoreComparisonCount>> attempt : comparisons) {
            String source = attempt.subject();
            if (attempt.failure().isPresent()) {
                section.paragraph("No score-comparison check for " + source + ": " + attempt.failure().get() + ".");
                continue;
            }
            Breakdown<ScoreComparisonCount> counts = attempt.value().orElseThrow();
            for (Map.Entry<JudgeId, ScoreComparisonCount> entry : counts.byJudge().entrySet()) {
                judgeRows.add(row(List.of(source, entry.getKey().judge()), entry.getValue()));
                entry.getValue().conflictRate().ifPresent(rate -> bars.add(Estimate.of(source
                        + (entry.getKey().judge().equals(source) ? "" : " / " + entry.getKey().judge()), rate)));
            }
            counts.byContext().forEach((context, count) ->
                    promptRows.add(row(List.of(source, context.isEmpty() ? "-" : context), count)));
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

    private static void remedies(Report.Section section, AuditResult result) {
        List<Attempt<List<ConsistencySection.Remedy>>> remedies = result.consistency().remedies();
        if (remedies.isEmpty()) {
            return;
        }
        section.paragraph("TrustJudge's remedies, measured on the same judgments. Distribution-sensitive scoring: a "
                + "judge's score of an item is its expected grade (the sum of grade times probability) instead of its "
                + "most probable grade. Likelihood-aware aggregation: a pair's probabilities of (first wins, tie, "
                + "second wins) in each order are aligned and averaged, and the most probable verdict is taken (a tie "
                + "when the lead is under " + plain(result.settings().tieMargin()) + "), instead of each order's most "
                + "probable verdict with a verdict that changes with the order counted as a tie. The reduction is the "
                + "baseline rate minus the remedied rate: positive when the remedy helps.");
        List<List<String>> rows = new ArrayList<>();
        Map<String, Estimate> bars = new LinkedHashMap<>();
        for (Attempt<List<ConsistencySection.Remedy>> attempt : remedies) {
            if (attempt.failure().isPresent()) {
                section.paragraph("No remedies measured for " + attempt.subject() + ": " + attempt.failure().get()
                        + ".");
                continue;
            }
            for (ConsistencySection.Remedy remedy : attempt.value().orElseThrow()) {
                rows.add(List.of(attempt.subject(), remedy.measure(), remedy.baseline(), remedy.remedy(),
                        count(remedy.checked()), count(remedy.baselineInconsistent()),
                        count(remedy.remediedInconsistent()), number(remedy.baselineRate()),
                        number(remedy.remediedRate()), number(remedy.reduction())));
                String label = attempt.subject() + ": "
                        + (remedy.measure().equals(ConsistencySection.TRANSITIVITY) ? "triads" : "scores") + ", ";
                String before = number(remedy.baselineRate());
                String after = number(remedy.remediedRate());
                if (!before.equals("-") && !after.equals("-")) {
                    // The chart shows the rates as the table rounds them; two score rows share their baseline bar.
                    bars.putIfAbsent(label + remedy.baseline(), Estimate.of(label + remedy.baseline(),
                            Double.parseDouble(before)));
                    bars.putIfAbsent(label + remedy.remedy(), Estimate.of(label + remedy.remedy(),
                            Double.parseDouble(after)));
                }
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        section.table(new Table(List.of("source", "measure", "baseline", "remedy", "checked", "baseline inconsistent",
                "remedied inconsistent", "baseline rate", "remedied rate", "reduction"), rows));
        if (!bars.isEmpty()) {
            section.chart("Inconsistency rate before and after each remedy", new BarChart(List.copyOf(bars.values()),
                    0, "inconsistency rate", 3));
        }
    }

    private static List<String> row(List<String> keys, ScoreComparisonCount count) {
        return concat(keys, List.of(count(count.compared()), count(count.reversals()), count(count.levelMismatches()),
                count(count.unscored()), number(count.conflictRate()), number(count.reversalRate())));
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
