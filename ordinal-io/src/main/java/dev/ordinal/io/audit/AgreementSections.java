package dev.ordinal.io.audit;

import static dev.ordinal.io.audit.AuditCells.cells;
import static dev.ordinal.io.audit.AuditCells.count;
import static dev.ordinal.io.audit.AuditCells.number;

import dev.ordinal.audit.run.AgreementSection;
import dev.ordinal.audit.run.Attempt;
import dev.ordinal.audit.run.AuditResult;
import dev.ordinal.audit.run.LeaderboardAgreementSection;
import dev.ordinal.io.report.BarChart;
import dev.ordinal.io.report.Estimate;
import dev.ordinal.io.report.Heatmap;
import dev.ordinal.io.report.Report;
import dev.ordinal.io.report.Table;
import dev.ordinal.metric.AgreementReport;
import dev.ordinal.metric.AlphaReport;
import dev.ordinal.metric.RankingAgreementReport;
import dev.ordinal.metric.Separability;
import dev.ordinal.metric.StabilityReport;
import dev.ordinal.metric.Verdict;
import java.util.ArrayList;
import java.util.List;

/** The report's sections that compare sources: agreement of verdicts, and of leaderboards. */
final class AgreementSections {
    private AgreementSections() {
    }

    static void agreement(Report report, AuditResult result) {
        AgreementSection agreement = result.agreement();
        String percent = AuditCells.percent(result.settings());
        String against = result.reference() + (agreement.referenceMajority() ? " majority" : "");
        Report.Section section = report.section("Agreement").paragraph("Each source's verdict on a unit against "
                + against + "'s, on the units both labelled. Verdicts are a (the item whose name sorts first won), b "
                + "or tie (both-bad counts as a tie); a source with several labels on a unit gives its majority "
                + "verdict (a tied vote is a tie). Agreement counts equal verdicts; without ties, it counts them "
                + "among units where neither source said tie; Cohen's kappa discounts the agreement expected by "
                + "chance (1 perfect, 0 chance). Intervals: " + percent + "% unit bootstrap, "
                + result.settings().bootstrap() + " rounds.");
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> confusion = new ArrayList<>();
        List<Estimate> kappas = new ArrayList<>();
        for (Attempt<AgreementReport> attempt : agreement.agreements()) {
            String source = attempt.subject();
            if (attempt.failure().isPresent()) {
                section.paragraph("No agreement of " + source + " with " + against + ": " + attempt.failure().get()
                        + ".");
                continue;
            }
            AgreementReport figures = attempt.value().orElseThrow();
            List<String> row = new ArrayList<>(List.of(source, against, count(figures.sharedUnits()),
                    count(figures.decisiveUnits())));
            row.addAll(cells(figures.agreement()));
            row.addAll(cells(figures.agreementWithoutTies()));
            row.addAll(cells(figures.kappa()));
            rows.add(row);
            kappas.add(AuditCells.chartEstimate(source, figures.kappa()));
            for (Verdict verdict : Verdict.values()) {
                List<String> line = new ArrayList<>(List.of(source, verdict.label()));
                for (Verdict other : Verdict.values()) {
                    line.add(count(figures.confusion().count(verdict, other)));
                }
                confusion.add(line);
            }
            figures.warnings().forEach(warning -> section.paragraph(source + ": " + warning));
            String undefined = AuditCells.undefined("Kappa", figures.kappa())
                    + AuditCells.undefined("Agreement without ties", figures.agreementWithoutTies());
            if (!undefined.isEmpty()) {
                section.paragraph(source + ":" + undefined);
            }
        }
        if (!rows.isEmpty()) {
            section.table(new Table(List.of("source", "compared with", "shared units", "units without ties",
                    "agreement", "agreement lower", "agreement upper", "agreement without ties", "without ties lower",
                    "without ties upper", "kappa", "kappa lower", "kappa upper"), rows));
            section.chart("Cohen's kappa against " + against + ", with " + percent + "% intervals",
                    new BarChart(kappas, 0, "kappa", 3));
            section.paragraph("Confusion matrices: rows are the source's verdict, columns " + against + "'s.");
            section.table(new Table(List.of("source", "verdict", against + " a", against + " b", against + " tie"),
                    confusion));
        }
        if (result.sources().size() >= 2) {
            section.chart("Cohen's kappa of every two sources (majority verdicts where a source labelled a unit "
                    + "several times)", new Heatmap(result.sources(), result.sources(), agreement.pairwiseKappa(),
                    0, 1, 2));
            if (!agreement.unshared().isEmpty()) {
                section.paragraph("No kappa for " + String.join("; ", agreement.unshared()) + ".");
            }
        }
        panels(section, agreement);
    }

    /** Krippendorff's α of every source with several judges, and of all sources' verdicts together. */
    private static void panels(Report.Section section, AgreementSection agreement) {
        List<List<String>> rows = new ArrayList<>();
        for (Attempt<AlphaReport> attempt : agreement.panels()) {
            String panel = attempt.subject();
            if (attempt.failure().isPresent()) {
                section.paragraph("No alpha for " + panel + ": " + attempt.failure().get());
                continue;
            }
            AlphaReport alpha = attempt.value().orElseThrow();
            List<String> row = new ArrayList<>(List.of(panel, count(alpha.coders()), count(alpha.units()),
                    count(alpha.pairableUnits())));
            row.addAll(cells(alpha.alpha()));
            rows.add(row);
            String undefined = AuditCells.undefined("Alpha", alpha.alpha());
            if (!undefined.isEmpty()) {
                section.paragraph(panel + ":" + undefined);
            }
        }
        if (!rows.isEmpty()) {
            section.paragraph("Krippendorff's alpha (nominal over a, b, tie) of a panel: 1 when every unit's values "
                    + "agree, 0 at chance. Coders are a source's judges, or the sources themselves.");
            section.table(new Table(List.of("panel", "coders", "units", "pairable units", "alpha", "alpha lower",
                    "alpha upper"), rows));
        }
    }

    static void leaderboardAgreement(Report report, AuditResult result) {
        LeaderboardAgreementSection leaderboards = result.leaderboardAgreement();
        String reference = result.reference();
        String percent = AuditCells.percent(result.settings());
        int topK = result.settings().topK();
        Report.Section section = report.section("Leaderboard agreement").paragraph("How alike each source's "
                + "Bradley-Terry leaderboard is to " + reference + "'s, over the items both rank: Kendall's "
                + "tau-b and Spearman's rho (1 the same order, 0 unrelated, -1 reversed) and the share of "
                + reference + "'s top " + topK + " also in the source's top " + topK + ". "
                + percent + "% basic (reflected) bootstrap intervals, " + result.settings().bootstrap()
                + " rounds of each source resampled independently (conservative when both judged the same units). "
                + "Sampling noise in either leaderboard pulls tau and rho down; the reflected interval corrects for "
                + "that, so it can lie above the figure measured on the data.");
        List<List<String>> rows = new ArrayList<>();
        List<Estimate> taus = new ArrayList<>();
        for (Attempt<RankingAgreementReport> attempt : leaderboards.agreements()) {
            String source = attempt.subject();
            if (attempt.failure().isPresent()) {
                section.paragraph("No leaderboard agreement of " + source + " with " + reference + ": "
                        + attempt.failure().get());
                continue;
            }
            RankingAgreementReport agreement = attempt.value().orElseThrow();
            List<String> row = new ArrayList<>(List.of(source, reference, count(agreement.items().size()),
                    count(agreement.k())));
            row.addAll(cells(agreement.kendallTau()));
            row.addAll(cells(agreement.spearmanRho()));
            row.addAll(cells(agreement.topKOverlap()));
            rows.add(row);
            taus.add(AuditCells.chartEstimate(source, agreement.kendallTau()));
            agreement.warnings().forEach(warning -> section.paragraph(source + ": " + warning));
            String undefined = AuditCells.undefined("Kendall's tau", agreement.kendallTau())
                    + AuditCells.undefined("Spearman's rho", agreement.spearmanRho());
            if (!undefined.isEmpty()) {
                section.paragraph(source + ":" + undefined);
            }
        }
        if (!rows.isEmpty()) {
            section.table(new Table(List.of("source", "compared with", "items", "k", "kendall tau", "tau lower",
                    "tau upper", "spearman rho", "rho lower", "rho upper", "top-k overlap", "overlap lower",
                    "overlap upper"), rows));
            section.chart("Kendall's tau against " + reference + "'s leaderboard, with " + percent
                    + "% intervals", new BarChart(taus, 0, "tau", 3));
        }
        section.paragraph("Separability: the share of item pairs whose leaderboard intervals do not overlap. "
                + "Stability: the fewest verdict changes, each helping the runner-up, after which the refitted "
                + "runner-up overtakes the leader (an upper bound on the true minimum).");
        List<List<String>> quality = new ArrayList<>();
        for (LeaderboardAgreementSection.Quality source : leaderboards.quality()) {
            String separated = "-";
            String pairs = "-";
            if (source.separability().isPresent()) {
                Attempt<Separability> separability = source.separability().get();
                if (separability.value().isPresent()) {
                    separated = number(separability.value().get().share());
                    pairs = count(separability.value().get().pairs());
                } else {
                    section.paragraph("No separability for " + source.source() + ": " + separability.failure().get());
                }
            }
            if (source.stability().value().isPresent()) {
                StabilityReport stability = source.stability().value().get();
                quality.add(List.of(source.source(), pairs, separated, stability.leader(), stability.runnerUp(),
                        number(stability.gap()),
                        stability.changes().isPresent() ? count(stability.changes().getAsInt()) : "-",
                        count(stability.headToHeadChanges()), count(stability.judgments()),
                        number(stability.share().orElse(Double.NaN), 4)));
                if (stability.changes().isEmpty()) {
                    section.paragraph(source.source() + ": no number of the allowed changes puts "
                            + stability.runnerUp() + " ahead of " + stability.leader() + ".");
                }
            } else {
                quality.add(List.of(source.source(), pairs, separated, "-", "-", "-", "-", "-", "-", "-"));
                section.paragraph("No stability figure for " + source.source() + ": "
                        + source.stability().failure().get());
            }
        }
        section.table(new Table(List.of("source", "item pairs", "separability", "leader", "runner-up",
                "gap (log-strength)", "changes to swap", "head-to-head changes", "judgments", "share of judgments"),
                quality));
    }
}
