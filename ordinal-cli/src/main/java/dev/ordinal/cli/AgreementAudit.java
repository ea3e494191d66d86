package dev.ordinal.cli;

import static dev.ordinal.cli.AuditInput.cells;
import static dev.ordinal.cli.AuditInput.count;
import static dev.ordinal.cli.AuditInput.number;

import dev.ordinal.audit.Label;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.io.LoadedLabels;
import dev.ordinal.io.report.BarChart;
import dev.ordinal.io.report.Heatmap;
import dev.ordinal.io.report.Report;
import dev.ordinal.io.report.Table;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.metric.Agreement;
import dev.ordinal.metric.AgreementReport;
import dev.ordinal.metric.AlphaReport;
import dev.ordinal.metric.BootstrapOptions;
import dev.ordinal.metric.Krippendorff;
import dev.ordinal.metric.RankingAgreement;
import dev.ordinal.metric.RankingAgreementReport;
import dev.ordinal.metric.Separability;
import dev.ordinal.metric.Stability;
import dev.ordinal.metric.StabilityReport;
import dev.ordinal.metric.Verdict;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The sections of {@code ordinal audit} that compare sources: how often their verdicts agree, and
 * how alike, how separable and how stable their leaderboards are.
 */
final class AgreementAudit {
    private AgreementAudit() {
    }

    /**
     * Each other source against the reference's verdict per unit (its majority when it labelled a
     * unit several times): agreement with and without ties, Cohen's κ, the confusion matrix; κ of every
     * two sources as a heatmap; Krippendorff's α of each multi-judge panel and of the sources together.
     */
    static void agreement(Report report, AuditInput input) {
        LoadedLabels referenceSource = input.referenceSource();
        String against = input.reference() + (AuditInput.needsMajority(referenceSource) ? " majority" : "");
        Report.Section section = report.section("Agreement").paragraph("Each source's verdict on a unit against "
                + against + "'s, on the units both labelled. Verdicts are a (the item whose name sorts first won), b "
                + "or tie (both-bad counts as a tie); a source with several labels on a unit gives its majority "
                + "verdict (a tied vote is a tie). Agreement counts equal verdicts; without ties, it counts them "
                + "among units where neither source said tie; Cohen's kappa discounts the agreement expected by "
                + "chance (1 perfect, 0 chance). Intervals: " + input.percent() + "% unit bootstrap, "
                + input.bootstrap().rounds() + " rounds.");
        List<Label> reference = AuditInput.onePerUnit(referenceSource);
        List<List<String>> rows = new ArrayList<>();
        List<List<String>> confusion = new ArrayList<>();
        List<dev.ordinal.io.report.Estimate> kappas = new ArrayList<>();
        for (LoadedLabels source : input.others()) {
            AgreementReport agreement;
            try {
                agreement = Agreement.between(AuditInput.onePerUnit(source), reference, input.bootstrap());
            } catch (IllegalArgumentException e) {
                section.paragraph("No agreement of " + source.source() + " with " + against + ": " + e.getMessage()
                        + ".");
                continue;
            }
            List<String> row = new ArrayList<>(List.of(source.source(), against, count(agreement.sharedUnits()),
                    count(agreement.decisiveUnits())));
            row.addAll(cells(agreement.agreement()));
            row.addAll(cells(agreement.agreementWithoutTies()));
            row.addAll(cells(agreement.kappa()));
            rows.add(row);
            kappas.add(AuditInput.chartEstimate(source.source(), agreement.kappa()));
            for (Verdict verdict : Verdict.values()) {
                List<String> line = new ArrayList<>(List.of(source.source(), verdict.label()));
                for (Verdict other : Verdict.values()) {
                    line.add(count(agreement.confusion().count(verdict, other)));
                }
                confusion.add(line);
            }
            agreement.warnings().forEach(warning -> section.paragraph(source.source() + ": " + warning));
            String undefined = AuditInput.undefined("Kappa", agreement.kappa())
                    + AuditInput.undefined("Agreement without ties", agreement.agreementWithoutTies());
            if (!undefined.isEmpty()) {
                section.paragraph(source.source() + ":" + undefined);
            }
        }
        if (!rows.isEmpty()) {
            section.table(new Table(List.of("source", "compared with", "shared units", "units without ties",
                    "agreement", "agreement lower", "agreement upper", "agreement without ties", "without ties lower",
                    "without ties upper", "kappa", "kappa lower", "kappa upper"), rows));
            section.chart("Cohen's kappa against " + against + ", with " + input.percent() + "% intervals",
                    new BarChart(kappas, 0, "kappa", 3));
            section.paragraph("Confusion matrices: rows are the source's verdict, columns " + against + "'s.");
            section.table(new Table(List.of("source", "verdict", against + " a", against + " b", against + " tie"),
                    confusion));
        }
        pairwiseKappa(section, input);
        panels(section, input);
    }

    /** κ of every two sources (point figures), as a heatmap; a pair sharing no unit is a grey dash. */
    private static void pairwiseKappa(Report.Section section, AuditInput input) {
        List<String> names = input.names();
        if (names.size() < 2) {
            return;
        }
        List<List<Label>> verdicts = input.sources().stream().map(AuditInput::onePerUnit).toList();
        double[][] kappa = new double[names.size()][names.size()];
        List<String> unshared = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            kappa[i][i] = 1;
            for (int j = i + 1; j < names.size(); j++) {
                try {
                    AgreementReport agreement = Agreement.between(verdicts.get(i), verdicts.get(j), BootstrapOptions.none());
                    kappa[i][j] = AuditInput.value(agreement.kappa());
                } catch (IllegalArgumentException e) {
                    kappa[i][j] = Double.NaN;
                    unshared.add(names.get(i) + " and " + names.get(j) + " (" + e.getMessage() + ")");
                }
                kappa[j][i] = kappa[i][j];
            }
        }
        section.chart("Cohen's kappa of every two sources (majority verdicts where a source labelled a unit several "
                + "times)", new Heatmap(names, names, kappa, 0, 1, 2));
        if (!unshared.isEmpty()) {
            section.paragraph("No kappa for " + String.join("; ", unshared) + ".");
        }
    }

    /** Krippendorff's α of every source with several judges, and of all sources' verdicts together. */
    private static void panels(Report.Section section, AuditInput input) {
        List<List<String>> rows = new ArrayList<>();
        for (LoadedLabels source : input.sources()) {
            if (AuditInput.judges(source) > 1) {
                alphaRow(rows, source.source() + " judges", source.labels(), input, section);
            }
        }
        if (input.sources().size() > 1) {
            List<Label> together = new ArrayList<>();
            input.sources().forEach(source -> together.addAll(AuditInput.onePerUnit(source)));
            alphaRow(rows, "all sources (one verdict each)", together, input, section);
        }
        if (!rows.isEmpty()) {
            section.paragraph("Krippendorff's alpha (nominal over a, b, tie) of a panel: 1 when every unit's values "
                    + "agree, 0 at chance. Coders are a source's judges, or the sources themselves.");
            section.table(new Table(List.of("panel", "coders", "units", "pairable units", "alpha", "alpha lower",
                    "alpha upper"), rows));
        }
    }

    private static void alphaRow(List<List<String>> rows, String panel, List<Label> labels, AuditInput input,
                                 Report.Section section) {
        AlphaReport alpha;
        try {
            alpha = Krippendorff.alpha(labels, input.bootstrap());
        } catch (IllegalArgumentException e) {
            section.paragraph("No alpha for " + panel + ": " + e.getMessage());
            return;
        }
        List<String> row = new ArrayList<>(List.of(panel, count(alpha.coders()), count(alpha.units()),
                count(alpha.pairableUnits())));
        row.addAll(cells(alpha.alpha()));
        rows.add(row);
        String undefined = AuditInput.undefined("Alpha", alpha.alpha());
        if (!undefined.isEmpty()) {
            section.paragraph(panel + ":" + undefined);
        }
    }

    /**
     * Each other source's leaderboard against the reference's (Kendall's τ, Spearman's ρ, top-k
     * overlap, with intervals), then every leaderboard's separability and the stability of its top two.
     */
    static void leaderboardAgreement(Report report, AuditInput input, Map<String, Leaderboard> boards,
                                     Runnable step) {
        var model = input.request().model();
        FitOptions fit = input.request().fit();
        Report.Section section = report.section("Leaderboard agreement").paragraph("How alike each source's "
                + "Bradley-Terry leaderboard is to " + input.reference() + "'s, over the items both rank: Kendall's "
                + "tau-b and Spearman's rho (1 the same order, 0 unrelated, -1 reversed) and the share of "
                + input.reference() + "'s top " + input.topK() + " also in the source's top " + input.topK() + ". "
                + input.percent() + "% basic (reflected) bootstrap intervals, " + input.bootstrap().rounds()
                + " rounds of each source resampled independently (conservative when both judged the same units). "
                + "Sampling noise in either leaderboard pulls tau and rho down; the reflected interval corrects for "
                + "that, so it can lie above the figure measured on the data.");
        ComparisonTableCache tables = new ComparisonTableCache(input);
        List<List<String>> rows = new ArrayList<>();
        List<dev.ordinal.io.report.Estimate> taus = new ArrayList<>();
        for (LoadedLabels source : input.others()) {
            try {
                int k = Math.min(input.topK(), Math.min(tables.get(input.reference()).items().size(),
                        tables.get(source.source()).items().size()));
                RankingAgreementReport agreement = RankingAgreement.between(tables.get(input.reference()),
                        tables.get(source.source()), model, fit, Math.max(1, k), input.bootstrap());
                List<String> row = new ArrayList<>(List.of(source.source(), input.reference(),
                        count(agreement.items().size()), count(agreement.k())));
                row.addAll(cells(agreement.kendallTau()));
                row.addAll(cells(agreement.spearmanRho()));
                row.addAll(cells(agreement.topKOverlap()));
                rows.add(row);
                taus.add(AuditInput.chartEstimate(source.source(), agreement.kendallTau()));
                agreement.warnings().forEach(warning -> section.paragraph(source.source() + ": " + warning));
                String undefined = AuditInput.undefined("Kendall's tau", agreement.kendallTau())
                        + AuditInput.undefined("Spearman's rho", agreement.spearmanRho());
                if (!undefined.isEmpty()) {
                    section.paragraph(source.source() + ":" + undefined);
                }
            } catch (IllegalArgumentException | NoFiniteEstimateException e) {
                section.paragraph("No leaderboard agreement of " + source.source() + " with " + input.reference()
                        + ": " + e.getMessage());
            }
            step.run();
        }
        if (!rows.isEmpty()) {
            section.table(new Table(List.of("source", "compared with", "items", "k", "kendall tau", "tau lower",
                    "tau upper", "spearman rho", "rho lower", "rho upper", "top-k overlap", "overlap lower",
                    "overlap upper"), rows));
            section.chart("Kendall's tau against " + input.reference() + "'s leaderboard, with " + input.percent()
                    + "% intervals", new BarChart(taus, 0, "tau", 3));
        }
        section.paragraph("Separability: the share of item pairs whose leaderboard intervals do not overlap. "
                + "Stability: the fewest verdict changes, each helping the runner-up, after which the refitted "
                + "runner-up overtakes the leader (an upper bound on the true minimum).");
        List<List<String>> quality = new ArrayList<>();
        for (LoadedLabels source : input.sources()) {
            Leaderboard board = boards.get(source.source());
            String separated = "-";
            String pairs = "-";
            if (board != null) {
                try {
                    Separability separability = Separability.of(board);
                    separated = number(separability.share());
                    pairs = count(separability.pairs());
                } catch (IllegalArgumentException e) {
                    section.paragraph("No separability for " + source.source() + ": " + e.getMessage());
                }
            }
            try {
                StabilityReport stability = Stability.of(tables.get(source.source()), model, fit);
                quality.add(List.of(source.source(), pairs, separated, stability.leader(), stability.runnerUp(),
                        number(stability.gap()),
                        stability.changes().isPresent() ? count(stability.changes().getAsInt()) : "-",
                        count(stability.headToHeadChanges()), count(stability.judgments()),
                        number(stability.share().orElse(Double.NaN), 4)));
                if (stability.changes().isEmpty()) {
                    section.paragraph(source.source() + ": no number of the allowed changes puts "
                            + stability.runnerUp() + " ahead of " + stability.leader() + ".");
                }
            } catch (IllegalArgumentException | NoFiniteEstimateException e) {
                quality.add(List.of(source.source(), pairs, separated, "-", "-", "-", "-", "-", "-", "-"));
                section.paragraph("No stability figure for " + source.source() + ": " + e.getMessage());
            }
            step.run();
        }
        section.table(new Table(List.of("source", "item pairs", "separability", "leader", "runner-up",
                "gap (log-strength)", "changes to swap", "head-to-head changes", "judgments", "share of judgments"),
                quality));
    }

    /** Each source's comparison table, built once. */
    private static final class ComparisonTableCache {
        private final AuditInput input;
        private final Map<String, ComparisonTable> tables = new HashMap<>();

        ComparisonTableCache(AuditInput input) {
            this.input = input;
        }

        ComparisonTable get(String name) {
            return tables.computeIfAbsent(name, key -> AuditInput.table(input.sources().stream()
                    .filter(source -> source.source().equals(key)).findFirst().orElseThrow().labels()));
        }
    }
}
