package dev.ordinal.cli;

import static dev.ordinal.cli.AuditInput.count;
import static dev.ordinal.cli.AuditInput.number;

import dev.ordinal.audit.Answers;
import dev.ordinal.audit.Breakdown;
import dev.ordinal.audit.FamilyBias;
import dev.ordinal.audit.FamilyBiasEstimate;
import dev.ordinal.audit.JudgeId;
import dev.ordinal.audit.Label;
import dev.ordinal.audit.PairVerdicts;
import dev.ordinal.audit.PositionBias;
import dev.ordinal.audit.PositionBiasEstimate;
import dev.ordinal.audit.Proportion;
import dev.ordinal.audit.StyleControl;
import dev.ordinal.audit.StyleControlResult;
import dev.ordinal.audit.Transitivity;
import dev.ordinal.audit.TransitivityCount;
import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.io.LoadedLabels;
import dev.ordinal.io.report.BarChart;
import dev.ordinal.io.report.Estimate;
import dev.ordinal.io.report.Heatmap;
import dev.ordinal.io.report.Report;
import dev.ordinal.io.report.SlopeChart;
import dev.ordinal.io.report.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The sections of {@code ordinal audit} about a source's biases and its consistency: position bias,
 * family (self-preference) bias, transitivity, and the pull of answer length and markdown.
 */
final class BiasAudit {
    /** Judges with fewer non-tie verdicts than this are left out of the per-judge position table. */
    static final int MINIMUM_JUDGE_VERDICTS = 10;
    /** Rows of the per-judge tables: the most striking judges first. */
    static final int LISTED_JUDGES = 20;
    /** Items listed per source in the style-control rank changes. */
    static final int LISTED_RANK_CHANGES = 8;

    private BiasAudit() {
    }

    /**
     * Per source, the share of non-tie verdicts for the first (left) position with its interval;
     * where a judge saw a unit in both orders, also the share of such pairs whose verdict follows the
     * position. Per judge, for sources with several, the judges with enough verdicts.
     */
    static void positionBias(Report report, AuditInput input) {
        Report.Section section = report.section("Position bias").paragraph("The share of non-tie verdicts that "
                + "prefer the answer shown first (left). It measures a preference for a position only where "
                + "sides were shown in random order; 0.5 is none. Intervals (" + input.percent() + "%): Wilson's "
                + "when each unit gave one verdict, else a bootstrap over units (" + input.audit().rounds()
                + " rounds); the p-value tests a share of 0.5.");
        List<PositionBiasEstimate> estimates = PositionBias.of(input.allLabels(), input.audit());
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> flips = new ArrayList<>();
        List<Estimate> bars = new ArrayList<>();
        for (PositionBiasEstimate estimate : estimates) {
            if (estimate.judge().isPresent()) {
                continue;
            }
            PositionBiasEstimate.PositionCounts single = estimate.single();
            estimate.firstPosition().ifPresent(share -> {
                rows.add(shareRow(estimate.source(), "single order", single.first(), single.second(), single.ties(),
                        share));
                bars.add(bar(estimate.source(), share));
            });
            estimate.swappedFirstPosition().ifPresent(share -> {
                PositionBiasEstimate.SwapCounts swapped = estimate.swapped();
                rows.add(shareRow(estimate.source(), "both orders", share.successes(),
                        share.trials() - share.successes(), 2L * swapped.bothTie() + swapped.oneTie(), share));
                bars.add(bar(estimate.source() + " (both orders)", share));
            });
            estimate.flipShare().ifPresent(flip -> flips.add(List.of(estimate.source(),
                    count(estimate.swapped().pairs()), count(estimate.swapped().consistent()),
                    count(estimate.swapped().bothFirst()), count(estimate.swapped().bothSecond()),
                    count(estimate.swapped().bothTie()), count(estimate.swapped().oneTie()), number(flip.estimate()),
                    number(flip.interval().lower()), number(flip.interval().upper()))));
            if (estimate.firstPosition().isEmpty() && estimate.swappedFirstPosition().isEmpty()) {
                section.paragraph(estimate.source() + " gave no non-tie verdict: no position share.");
            }
        }
        if (!rows.isEmpty()) {
            section.table(new Table(List.of("source", "verdicts", "first", "second", "ties", "first-position share",
                    "share lower", "share upper", "interval", "p-value"), rows));
            section.chart("Share of non-tie verdicts for the first position, with " + input.percent()
                    + "% intervals (0.5: no preference)", new BarChart(bars, 0.5, "first-position share", 3));
        }
        if (!flips.isEmpty()) {
            section.paragraph("Units a judge saw in both orders, in pairs of verdicts: the flip share is the share of "
                    + "pairs whose two verdicts both favour the first, or both the second, position.");
            section.table(new Table(List.of("source", "pairs", "consistent", "both first", "both second", "both tie",
                    "one tie", "flip share", "flip lower", "flip upper"), flips));
        }
        perJudge(section, input, estimates);
    }

    private static List<String> shareRow(String source, String verdicts, long first, long second, long ties,
                                         Proportion share) {
        return List.of(source, verdicts, count(first), count(second), count(ties), number(share.estimate()),
                number(share.interval().lower()), number(share.interval().upper()),
                share.method() == Proportion.Method.WILSON ? "Wilson" : "unit bootstrap", number(share.pValue(), 4));
    }

    private static Estimate bar(String label, Proportion share) {
        return Estimate.of(label, share.estimate(), share.interval().lower(), share.interval().upper());
    }

    /** The judges of multi-judge sources with enough non-tie verdicts, smallest p-value first. */
    private static void perJudge(Report.Section section, AuditInput input, List<PositionBiasEstimate> estimates) {
        Set<String> multiJudge = new HashSet<>();
        input.sources().stream().filter(source -> AuditInput.judges(source) > 1)
                .forEach(source -> multiJudge.add(source.source()));
        if (multiJudge.isEmpty()) {
            return;
        }
        List<PositionBiasEstimate> judges = estimates.stream()
                .filter(estimate -> estimate.judge().isPresent() && multiJudge.contains(estimate.source()))
                .toList();
        List<PositionBiasEstimate> enough = judges.stream()
                .filter(estimate -> estimate.firstPosition().map(Proportion::trials).orElse(0L)
                        >= MINIMUM_JUDGE_VERDICTS)
                .sorted(Comparator.comparingDouble(estimate -> estimate.firstPosition().orElseThrow().pValue()))
                .toList();
        long away = enough.stream().map(estimate -> estimate.firstPosition().orElseThrow().interval())
                .filter(interval -> interval.lower() > 0.5 || interval.upper() < 0.5).count();
        if (enough.isEmpty()) {
            section.paragraph("Per judge of " + String.join(", ", new TreeSet<>(multiJudge)) + ": none of the "
                    + judges.size() + " judges gave " + MINIMUM_JUDGE_VERDICTS + " or more non-tie verdicts, too few "
                    + "to judge one by one.");
            return;
        }
        section.paragraph("Per judge of " + String.join(", ", new TreeSet<>(multiJudge)) + ": " + enough.size()
                + " of " + judges.size() + " judges gave at least " + MINIMUM_JUDGE_VERDICTS + " non-tie verdicts; "
                + away + " of them have an interval that excludes 0.5 (expect about "
                + number((1 - input.audit().level()) * enough.size(), 1) + " by chance)."
                + (enough.size() > LISTED_JUDGES ? " The " + LISTED_JUDGES + " with the smallest p-values:" : ""));
        List<List<String>> rows = new ArrayList<>();
        for (PositionBiasEstimate estimate : enough.subList(0, Math.min(LISTED_JUDGES, enough.size()))) {
            Proportion share = estimate.firstPosition().orElseThrow();
            PositionBiasEstimate.PositionCounts single = estimate.single();
            rows.add(List.of(estimate.source(), estimate.judge().orElseThrow(), count(single.first()),
                    count(single.second()), count(single.ties()), number(share.estimate()),
                    number(share.interval().lower()), number(share.interval().upper()), number(share.pValue(), 4)));
        }
        if (!rows.isEmpty()) {
            section.table(new Table(List.of("source", "judge", "first", "second", "ties", "first-position share",
                    "share lower", "share upper", "p-value"), rows));
        }
    }

    /**
     * For each source given a family, how much more often it prefers that family's items than the
     * reference does, on the units both judged where exactly one item is of the family.
     */
    static void familyBias(Report report, AuditInput input, Map<String, String> itemFamilies,
                           Map<String, String> judgeFamilies) {
        Report.Section section = report.section("Family bias").paragraph("For a source of family F: its own-family "
                + "win rate (a win 1, a tie 0.5, a loss 0 for the F item) on the units both it and "
                + input.reference() + " judged where exactly one item is of F, against " + input.reference()
                + "'s rate on the same units. A positive difference favours its own family more than "
                + input.reference() + " does. Intervals (" + input.percent() + "%) and p-value: bootstrap over "
                + "units, paired, " + input.audit().rounds() + " rounds.");
        Set<String> judged = items(input.allLabels());
        List<String> strangers = itemFamilies.keySet().stream().filter(member -> !judged.contains(member)).sorted()
                .toList();
        if (!strangers.isEmpty() && strangers.size() == itemFamilies.size()) {
            section.paragraph("None of the " + itemFamilies.size() + " names in the family file is an item of any "
                    + "source (e.g. " + examples(strangers) + "; items are e.g. " + examples(List.copyOf(judged))
                    + "): check --family-fields.");
        } else if (!strangers.isEmpty()) {
            section.paragraph(strangers.size() + " names in the family file are no source's item, and are ignored: "
                    + examples(strangers) + ".");
        }
        if (judgeFamilies.isEmpty()) {
            section.paragraph("No source was given a family: name one with --judge-family SOURCE=FAMILY.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<Estimate> bars = new ArrayList<>();
        for (Map.Entry<String, String> judge : judgeFamilies.entrySet()) {
            if (judge.getKey().equals(input.reference())) {
                section.paragraph(judge.getKey() + " is the reference, so its family bias is not measured.");
                continue;
            }
            try {
                FamilyBiasEstimate bias = FamilyBias.compare(input.allLabels(), itemFamilies, judge.getKey(),
                        judge.getValue(), input.reference(), input.audit());
                rows.add(List.of(bias.source(), bias.family(), bias.reference(), count(bias.units()),
                        number(bias.sourceRate()), number(bias.sourceInterval().lower()),
                        number(bias.sourceInterval().upper()), number(bias.referenceRate()),
                        number(bias.referenceInterval().lower()), number(bias.referenceInterval().upper()),
                        number(bias.difference()), number(bias.differenceInterval().lower()),
                        number(bias.differenceInterval().upper()), number(bias.pValue(), 4)));
                bars.add(Estimate.of(bias.source() + " (" + bias.family() + ")", bias.difference(),
                        bias.differenceInterval().lower(), bias.differenceInterval().upper()));
            } catch (IllegalArgumentException e) {
                section.paragraph("No family bias for " + judge.getKey() + " (family " + judge.getValue() + "): "
                        + e.getMessage());
            }
        }
        if (!rows.isEmpty()) {
            section.table(new Table(List.of("source", "family", "reference", "units", "source rate", "source lower",
                    "source upper", "reference rate", "reference lower", "reference upper", "difference",
                    "difference lower", "difference upper", "p-value"), rows));
            section.chart("Own-family win rate minus " + input.reference() + "'s, with " + input.percent()
                    + "% intervals", new BarChart(bars, 0, "difference", 3));
        }
    }

    private static String examples(List<String> names) {
        List<String> quoted = names.stream().limit(5).map(name -> "'" + name + "'").toList();
        return String.join(", ", quoted) + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "");
    }

    /**
     * Pairwise transitivity (TrustJudge): per judge and prompt, one verdict per pair (a verdict that
     * changes with the order is a tie), and every triad whose three pairs were judged checked for
     * cycles and tie contradictions; summed per source, per prompt and per judge.
     */
    static Report.Section consistency(Report report, AuditInput input) {
        Report.Section section = report.section("Consistency").paragraph("Pairwise transitivity, per judge and "
                + "prompt (TrustJudge): a judge's verdicts on one pair in one prompt count as one (a tie when they "
                + "disagree), and every triad of items whose three pairs the judge compared on that prompt is "
                + "checked. A cycle is A > B > C > A; a tie contradiction is, e.g., A = B, B = C, A > C. The rate "
                + "is inconsistent triads over triads.");
        Map<String, Breakdown<TransitivityCount>> bySource = new LinkedHashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (LoadedLabels source : input.sources()) {
            Breakdown<TransitivityCount> counts = Transitivity.count(PairVerdicts.of(source.labels()));
            bySource.put(source.source(), counts);
            TransitivityCount total = counts.total();
            long judgesWithTriads = counts.byJudge().values().stream().filter(c -> c.triads() > 0).count();
            rows.add(List.of(source.source(), count(counts.byJudge().size()), count(judgesWithTriads),
                    count(counts.byScope().size()), count(total.triads()), count(total.cycles()),
                    count(total.tieContradictions()), number(total.rate())));
        }
        section.table(new Table(List.of("source", "judges", "judges with triads", "judge-prompt pairs", "triads",
                "cycles", "tie contradictions", "inconsistency rate"), rows));
        if (bySource.values().stream().allMatch(counts -> counts.total().triads() == 0)) {
            section.paragraph("No judge compared all three pairs of any three items on one prompt, so there is "
                    + "nothing to check.");
            return section;
        }
        Set<String> contexts = new TreeSet<>(Comparator.comparing((String context) -> context.length())
                .thenComparing(Comparator.naturalOrder()));
        bySource.values().forEach(counts -> contexts.addAll(counts.byContext().keySet()));
        List<String> contextList = List.copyOf(contexts);
        List<String> names = List.copyOf(bySource.keySet());
        double[][] rates = new double[contextList.size()][names.size()];
        double highest = 0;
        for (int c = 0; c < contextList.size(); c++) {
            for (int s = 0; s < names.size(); s++) {
                TransitivityCount cell = bySource.get(names.get(s)).byContext().get(contextList.get(c));
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
        List<Map.Entry<JudgeId, TransitivityCount>> inconsistentJudges = new ArrayList<>();
        for (LoadedLabels source : input.sources()) {
            if (AuditInput.judges(source) > 1) {
                bySource.get(source.source()).byJudge().entrySet().stream()
                        .filter(entry -> entry.getValue().inconsistent() > 0).forEach(inconsistentJudges::add);
            }
        }
        if (!inconsistentJudges.isEmpty()) {
            inconsistentJudges.sort(Comparator.comparingLong(
                    (Map.Entry<JudgeId, TransitivityCount> entry) -> -entry.getValue().inconsistent()));
            section.paragraph("Judges of multi-judge sources with inconsistent triads, most first"
                    + (inconsistentJudges.size() > LISTED_JUDGES ? " (" + LISTED_JUDGES + " of "
                    + inconsistentJudges.size() + ")" : "") + ":");
            List<List<String>> judgeRows = new ArrayList<>();
            for (var entry : inconsistentJudges.subList(0, Math.min(LISTED_JUDGES, inconsistentJudges.size()))) {
                TransitivityCount c = entry.getValue();
                judgeRows.add(List.of(entry.getKey().source(), entry.getKey().judge(), count(c.triads()),
                        count(c.cycles()), count(c.tieContradictions()), number(c.rate())));
            }
            section.table(new Table(List.of("source", "judge", "triads", "cycles", "tie contradictions",
                    "inconsistency rate"), judgeRows));
        }
        return section;
    }

    /**
     * Style control (the Chatbot Arena's): per source, the effect of answer length, headers, lists and
     * bold on the verdict, and what happens to the ranking when they are held fixed.
     */
    static void styleControl(Report report, AuditInput input, Answers answers, Runnable step) {
        StyleControl control = StyleControl.arena();
        Report.Section section = report.section("Style control").paragraph("A Bradley-Terry model with the "
                + "normalised differences of the two answers' length (tokens), headers, list items and bold spans "
                + "as covariates (the Chatbot Arena's style control; ties half a win). A coefficient is the change "
                + "in log-odds of winning per typical (root-mean-square) difference: positive, the judge prefers "
                + "more of it. Intervals: " + input.percent() + "% sandwich.");
        List<List<String>> effects = new ArrayList<>();
        List<Estimate> bars = new ArrayList<>();
        List<List<String>> changes = new ArrayList<>();
        Optional<StyleControlResult> referenceResult = Optional.empty();
        for (LoadedLabels source : input.sources()) {
            StyleControlResult result;
            try {
                result = control.run(source.labels(), answers);
            } catch (IllegalArgumentException | NoFiniteEstimateException e) {
                section.paragraph("No style control for " + source.source() + ": " + e.getMessage());
                step.run();
                continue;
            }
            if (source.source().equals(input.reference())) {
                referenceResult = Optional.of(result);
            }
            if (result.judgmentsWithoutAnswers() > 0) {
                section.paragraph(source.source() + ": " + result.judgmentsWithoutAnswers() + " of "
                        + (result.judgments() + result.judgmentsWithoutAnswers()) + " judgments left out: an answer "
                        + "is missing from the answers file.");
            }
            if (!result.constantFeatures().isEmpty()) {
                section.paragraph(source.source() + ": no judgment differs in "
                        + String.join(", ", result.constantFeatures().stream().map(f -> f.label()).toList())
                        + ", which is left out.");
            }
            result.warnings().forEach(warning -> section.paragraph(source.source() + ": " + warning));
            for (StyleControlResult.FeatureEffect effect : result.effects()) {
                effects.add(List.of(source.source(), effect.feature().label(), number(effect.coefficient()),
                        number(effect.interval().lower()), number(effect.interval().upper()), number(effect.scale())));
                bars.add(Estimate.of(source.source() + ": " + effect.feature().label(), effect.coefficient(),
                        effect.interval().lower(), effect.interval().upper()));
            }
            result.items().stream().filter(item -> item.rankChange() != 0)
                    .sorted(Comparator.comparingInt((StyleControlResult.ItemShift item) -> -Math.abs(item.rankChange()))
                            .thenComparingInt(StyleControlResult.ItemShift::plainRank))
                    .limit(LISTED_RANK_CHANGES)
                    .forEach(item -> changes.add(List.of(source.source(), item.item(), count(item.plainRank()),
                            count(item.styleRank()), count(item.rankChange()), number(item.plainRating(), 0),
                            number(item.styleRating(), 0))));
            step.run();
        }
        if (!effects.isEmpty()) {
            section.table(new Table(List.of("source", "feature", "coefficient", "lower", "upper", "scale"), effects));
            section.chart("Style coefficients (log-odds per typical difference), with " + input.percent()
                    + "% intervals", new BarChart(bars, 0, "coefficient", 3));
        }
        if (!changes.isEmpty()) {
            section.paragraph("The largest moves when style is held fixed (up to " + LISTED_RANK_CHANGES
                    + " per source; a positive change is places gained):");
            section.table(new Table(List.of("source", "item", "plain rank", "style-controlled rank", "change",
                    "plain rating", "style-controlled rating"), changes));
        }
        referenceResult.ifPresent(result -> section.chart(input.reference() + ": plain vs style-controlled order",
                new SlopeChart("plain", result.items().stream()
                        .sorted(Comparator.comparingInt(StyleControlResult.ItemShift::plainRank)
                                .thenComparing(StyleControlResult.ItemShift::item))
                        .map(StyleControlResult.ItemShift::item).toList(),
                        "style-controlled", result.items().stream().map(StyleControlResult.ItemShift::item).toList())));
    }

    /** The labels' items, for messages. */
    static Set<String> items(List<Label> labels) {
        Set<String> items = new TreeSet<>();
        labels.forEach(label -> {
            items.add(label.left());
            items.add(label.right());
        });
        return items;
    }
}
