package dev.ordinal.io.audit;

import static dev.ordinal.io.audit.AuditCells.count;
import static dev.ordinal.io.audit.AuditCells.number;

import dev.ordinal.audit.StyleControlResult;
import dev.ordinal.audit.run.Attempt;
import dev.ordinal.audit.run.AuditResult;
import dev.ordinal.audit.run.StyleSection;
import dev.ordinal.io.report.BarChart;
import dev.ordinal.io.report.Estimate;
import dev.ordinal.io.report.Report;
import dev.ordinal.io.report.SlopeChart;
import dev.ordinal.io.report.Table;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The report's Style control section: the pull of answer length and markdown, and the ranks it moves. */
final class StyleSections {
    /** Items listed per source among the largest rank changes. */
    static final int LISTED_RANK_CHANGES = 8;

    private StyleSections() {
    }

    static void styleControl(Report report, AuditResult result, StyleSection style) {
        String percent = AuditCells.percent(result.settings());
        Report.Section section = report.section("Style control").paragraph("A Bradley-Terry model with the "
                + "normalised differences of the two answers' length (tokens), headers, list items and bold spans "
                + "as covariates (the Chatbot Arena's style control; ties half a win). A coefficient is the change "
                + "in log-odds of winning per typical (root-mean-square) difference: positive, the judge prefers "
                + "more of it. Intervals: " + percent + "% sandwich.");
        List<List<String>> effects = new ArrayList<>();
        List<Estimate> bars = new ArrayList<>();
        List<List<String>> changes = new ArrayList<>();
        Optional<StyleControlResult> referenceResult = Optional.empty();
        for (Attempt<StyleControlResult> attempt : style.results()) {
            String source = attempt.subject();
            if (attempt.failure().isPresent()) {
                section.paragraph("No style control for " + source + ": " + attempt.failure().get());
                continue;
            }
            StyleControlResult fit = attempt.value().orElseThrow();
            if (source.equals(result.reference())) {
                referenceResult = Optional.of(fit);
            }
            if (fit.judgmentsWithoutAnswers() > 0) {
                section.paragraph(source + ": " + fit.judgmentsWithoutAnswers() + " of "
                        + (fit.judgments() + fit.judgmentsWithoutAnswers()) + " judgments left out: an answer "
                        + "is missing from the answers file.");
            }
            if (!fit.constantFeatures().isEmpty()) {
                section.paragraph(source + ": no judgment differs in "
                        + String.join(", ", fit.constantFeatures().stream().map(f -> f.label()).toList())
                        + ", which is left out.");
            }
            fit.warnings().forEach(warning -> section.paragraph(source + ": " + warning));
            for (StyleControlResult.FeatureEffect effect : fit.effects()) {
                effects.add(List.of(source, effect.feature().label(), number(effect.coefficient()),
                        number(effect.interval().lower()), number(effect.interval().upper()), number(effect.scale())));
                bars.add(Estimate.of(source + ": " + effect.feature().label(), effect.coefficient(),
                        effect.interval().lower(), effect.interval().upper()));
            }
            fit.items().stream().filter(item -> item.rankChange() != 0)
                    .sorted(Comparator.comparingInt((StyleControlResult.ItemShift item) -> -Math.abs(item.rankChange()))
                            .thenComparingInt(StyleControlResult.ItemShift::plainRank))
                    .limit(LISTED_RANK_CHANGES)
                    .forEach(item -> changes.add(List.of(source, item.item(), count(item.plainRank()),
                            count(item.styleRank()), count(item.rankChange()), number(item.plainRating(), 0),
                            number(item.styleRating(), 0))));
        }
        if (!effects.isEmpty()) {
            section.table(new Table(List.of("source", "feature", "coefficient", "lower", "upper", "scale"), effects));
            section.chart("Style coefficients (log-odds per typical difference), with " + percent
                    + "% intervals", new BarChart(bars, 0, "coefficient", 3));
        }
        if (!changes.isEmpty()) {
            section.paragraph("The largest moves when style is held fixed (up to " + LISTED_RANK_CHANGES
                    + " per source; a positive change is places gained):");
            section.table(new Table(List.of("source", "item", "plain rank", "style-controlled rank", "change",
                    "plain rating", "style-controlled rating"), changes));
        }
        referenceResult.ifPresent(reference -> section.chart(result.reference() + ": plain vs style-controlled order",
                new SlopeChart("plain", reference.items().stream()
                        .sorted(Comparator.comparingInt(StyleControlResult.ItemShift::plainRank)
                                .thenComparing(StyleControlResult.ItemShift::item))
                        .map(StyleControlResult.ItemShift::item).toList(),
                        "style-controlled", reference.items().stream().map(StyleControlResult.ItemShift::item)
                        .toList())));
    }
}
