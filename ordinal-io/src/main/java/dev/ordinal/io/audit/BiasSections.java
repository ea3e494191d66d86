package dev.ordinal.io.audit;

import static dev.ordinal.io.audit.AuditCells.count;
import static dev.ordinal.io.audit.AuditCells.number;

import dev.ordinal.audit.FamilyBiasEstimate;
import dev.ordinal.audit.PositionBiasEstimate;
import dev.ordinal.audit.Proportion;
import dev.ordinal.audit.run.Attempt;
import dev.ordinal.audit.run.AuditResult;
import dev.ordinal.audit.run.FamilyBiasSection;
import dev.ordinal.audit.run.PositionBiasSection;
import dev.ordinal.io.report.BarChart;
import dev.ordinal.io.report.Estimate;
import dev.ordinal.io.report.Report;
import dev.ordinal.io.report.Table;
import java.util.ArrayList;
import java.util.List;

/** The report's sections on a source's biases: position bias and family (self-preference) bias. */
final class BiasSections {
    /** Rows of the per-judge table: the smallest p-values first. */
    static final int LISTED_JUDGES = 20;

    private BiasSections() {
    }

    static void positionBias(Report report, AuditResult result) {
        PositionBiasSection bias = result.positionBias();
        String percent = AuditCells.percent(result.settings());
        Report.Section section = report.section("Position bias").paragraph("The share of non-tie verdicts that "
                + "prefer the answer shown first (left). It measures a preference for a position only where "
                + "sides were shown in random order; 0.5 is none. Intervals (" + percent + "%): Wilson's "
                + "when each unit gave one verdict, else a bootstrap over units (" + result.settings().bootstrap()
                + " rounds); the p-value tests a share of 0.5.");
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> flips = new ArrayList<>();
        List<Estimate> bars = new ArrayList<>();
        for (PositionBiasEstimate estimate : bias.sources()) {
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
            section.chart("Share of non-tie verdicts for the first position, with " + percent
                    + "% intervals (0.5: no preference)", new BarChart(bars, 0.5, "first-position share", 3));
        }
        if (!flips.isEmpty()) {
            section.paragraph("Units a judge saw in both orders, in pairs of verdicts: the flip share is the share of "
                    + "pairs whose two verdicts both favour the first, or both the second, position.");
            section.table(new Table(List.of("source", "pairs", "consistent", "both first", "both second", "both tie",
                    "one tie", "flip share", "flip lower", "flip upper"), flips));
        }
        bias.judges().ifPresent(judges -> perJudge(section, judges));
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

    private static void perJudge(Report.Section section, PositionBiasSection.Judges judges) {
        List<PositionBiasEstimate> enough = judges.enough();
        String panels = String.join(", ", judges.panels());
        if (enough.isEmpty()) {
            section.paragraph("Per judge of " + panels + ": none of the " + judges.judges() + " judges gave "
                    + judges.minimumVerdicts() + " or more non-tie verdicts, too few to judge one by one.");
            return;
        }
        section.paragraph("Per judge of " + panels + ": " + enough.size() + " of " + judges.judges()
                + " judges gave at least " + judges.minimumVerdicts() + " non-tie verdicts; " + judges.away()
                + " of them have an interval that excludes 0.5 (expect about " + number(judges.expectedByChance(), 1)
                + " by chance)." + (enough.size() > LISTED_JUDGES ? " The " + LISTED_JUDGES
                + " with the smallest p-values:" : ""));
        List<List<String>> rows = new ArrayList<>();
        for (PositionBiasEstimate estimate : enough.subList(0, Math.min(LISTED_JUDGES, enough.size()))) {
            Proportion share = estimate.firstPosition().orElseThrow();
            PositionBiasEstimate.PositionCounts single = estimate.single();
            rows.add(List.of(estimate.source(), estimate.judge().orElseThrow(), count(single.first()),
                    count(single.second()), count(single.ties()), number(share.estimate()),
                    number(share.interval().lower()), number(share.interval().upper()), number(share.pValue(), 4)));
        }
        section.table(new Table(List.of("source", "judge", "first", "second", "ties", "first-position share",
                "share lower", "share upper", "p-value"), rows));
    }

    static void familyBias(Report report, AuditResult result, FamilyBiasSection family) {
        String reference = result.reference();
        String percent = AuditCells.percent(result.settings());
        Report.Section section = report.section("Family bias").paragraph("For a source of family F: its own-family "
                + "win rate (a win 1, a tie 0.5, a loss 0 for the F item) on the units both it and "
                + reference + " judged where exactly one item is of F, against " + reference
                + "'s rate on the same units. A positive difference favours its own family more than "
                + reference + " does. Intervals (" + percent + "%) and p-value: bootstrap over "
                + "units, paired, " + result.settings().bootstrap() + " rounds.");
        if (family.noneMatch()) {
            section.paragraph("None of the " + family.familyNames() + " names in the family file is an item of any "
                    + "source (e.g. " + examples(family.strangers()) + "; items are e.g. " + examples(family.items())
                    + "): check --family-fields.");
        } else if (!family.strangers().isEmpty()) {
            section.paragraph(family.strangers().size() + " names in the family file are no source's item, and are "
                    + "ignored: " + examples(family.strangers()) + ".");
        }
        if (family.judges().isEmpty()) {
            section.paragraph("No source was given a family: name one with --judge-family SOURCE=FAMILY.");
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        List<Estimate> bars = new ArrayList<>();
        for (FamilyBiasSection.Judge judge : family.judges()) {
            if (judge.estimate().isEmpty()) {
                section.paragraph(judge.source() + " is the reference, so its family bias is not measured.");
                continue;
            }
            Attempt<FamilyBiasEstimate> attempt = judge.estimate().get();
            if (attempt.failure().isPresent()) {
                section.paragraph("No family bias for " + judge.source() + " (family " + judge.family() + "): "
                        + attempt.failure().get());
                continue;
            }
            FamilyBiasEstimate bias = attempt.value().orElseThrow();
            rows.add(List.of(bias.source(), bias.family(), bias.reference(), count(bias.units()),
                    number(bias.sourceRate()), number(bias.sourceInterval().lower()),
                    number(bias.sourceInterval().upper()), number(bias.referenceRate()),
                    number(bias.referenceInterval().lower()), number(bias.referenceInterval().upper()),
                    number(bias.difference()), number(bias.differenceInterval().lower()),
                    number(bias.differenceInterval().upper()), number(bias.pValue(), 4)));
            bars.add(Estimate.of(bias.source() + " (" + bias.family() + ")", bias.difference(),
                    bias.differenceInterval().lower(), bias.differenceInterval().upper()));
        }
        if (!rows.isEmpty()) {
            section.table(new Table(List.of("source", "family", "reference", "units", "source rate", "source lower",
                    "source upper", "reference rate", "reference lower", "reference upper", "difference",
                    "difference lower", "difference upper", "p-value"), rows));
            section.chart("Own-family win rate minus " + reference + "'s, with " + percent
                    + "% intervals", new BarChart(bars, 0, "difference", 3));
        }
    }

    private static String examples(List<String> names) {
        List<String> quoted = names.stream().limit(5).map(name -> "'" + name + "'").toList();
        return String.join(", ", quoted) + (names.size() > 5 ? " and " + (names.size() - 5) + " more" : "");
    }
}
