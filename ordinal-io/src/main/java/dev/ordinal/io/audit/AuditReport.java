package dev.ordinal.io.audit;

import static dev.ordinal.io.audit.AuditCells.count;
import static dev.ordinal.io.audit.AuditCells.number;

import dev.ordinal.audit.run.Attempt;
import dev.ordinal.audit.run.AuditResult;
import dev.ordinal.audit.run.SourcesSection;
import dev.ordinal.io.ReportWriter;
import dev.ordinal.io.report.DotIntervalPlot;
import dev.ordinal.io.report.Heatmap;
import dev.ordinal.io.report.HtmlReport;
import dev.ordinal.io.report.Report;
import dev.ordinal.io.report.SlopeChart;
import dev.ordinal.io.report.Table;
import dev.ordinal.leaderboard.Leaderboard;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * An {@link AuditResult} as a {@link Report}: each section's tables, charts and the sentences
 * that say what they measure and why a figure is missing, in the order of {@code ordinal audit}'s
 * report (docs/audit.md). Written as text or JSON ({@link ReportWriter}) or as one self-contained
 * HTML page ({@link HtmlReport}).
 */
public final class AuditReport {
    private AuditReport() {
    }

    /** The report of an audit. */
    public static Report of(AuditResult result) {
        Report report = new Report("Audit of " + String.join(", ", result.sources()));
        report.note(result.labels() + " labels from " + result.sources().size() + " sources; reference: "
                + result.reference() + ".");
        sources(report, result);
        sharedUnits(report, result);
        leaderboards(report, result);
        AgreementSections.agreement(report, result);
        AgreementSections.leaderboardAgreement(report, result);
        BiasSections.positionBias(report, result);
        result.familyBias().ifPresent(section -> BiasSections.familyBias(report, result, section));
        VoterSections.voters(report, result);
        ConsistencySections.consistency(report, result);
        result.style().ifPresent(section -> StyleSections.styleControl(report, result, section));
        return report;
    }

    /** The report as plain text. */
    public static void writeText(AuditResult result, Writer out) throws IOException {
        ReportWriter.writeText(of(result), out);
    }

    /** The report as JSON: its tables, numbers as numbers. */
    public static void writeJson(AuditResult result, Writer out) throws IOException {
        ReportWriter.writeJson(of(result), out);
    }

    /** The report as one self-contained HTML page with charts. */
    public static void writeHtml(AuditResult result, Path file) throws IOException {
        HtmlReport.write(of(result), file);
    }

    private static void sources(Report report, AuditResult result) {
        List<List<String>> rows = new ArrayList<>();
        for (SourcesSection.Summary source : result.summary().summaries()) {
            rows.add(List.of(source.source(), count(source.labels()), count(source.judges()), count(source.units()),
                    count(source.items()), number(source.leftWinRate()), number(source.rightWinRate()),
                    number(source.tieRate())));
        }
        report.section("Sources")
                .paragraph("Every label is kept. Rates are shares of a source's labels; ties include both-bad verdicts.")
                .table(new Table(List.of("source", "labels", "judges", "units", "items", "left-win rate",
                        "right-win rate", "tie rate"), rows));
    }

    private static void sharedUnits(Report report, AuditResult result) {
        List<String> names = result.sources();
        int[][] shared = result.summary().sharedUnits();
        List<List<String>> rows = new ArrayList<>();
        double[][] covered = new double[names.size()][names.size()];
        for (int i = 0; i < names.size(); i++) {
            for (int j = 0; j < names.size(); j++) {
                covered[i][j] = (double) shared[i][j] / shared[i][i];
                if (j > i) {
                    rows.add(List.of(names.get(i), names.get(j), count(shared[i][j]), number(covered[i][j]),
                            number((double) shared[i][j] / shared[j][j])));
                }
            }
        }
        Report.Section section = report.section("Shared units")
                .paragraph("A unit is one question: the same pair on the same prompt. Labels of two sources can be "
                        + "compared only on the units both labelled.");
        if (!rows.isEmpty()) {
            section.table(new Table(List.of("source", "other source", "shared units", "share of source's units",
                    "share of other's units"), rows));
        }
        section.chart("Share of the row source's units the column source also labelled",
                new Heatmap(names, names, covered, 0, 1, 2));
    }

    private static void leaderboards(Report report, AuditResult result) {
        String reference = result.reference();
        Report.Section section = report.section("Leaderboards").paragraph("Bradley-Terry fit of each source's labels "
                + "(a tie is half a win), with " + (int) (result.settings().level() * 100) + "% bootstrap intervals "
                + "from " + result.settings().bootstrap() + " rounds; then each source's order against " + reference
                + "'s, and a table of positions.");
        for (Attempt<Leaderboard> board : result.leaderboards().boards()) {
            board.failure().ifPresent(failure -> section.paragraph("No leaderboard for " + board.subject() + ": "
                    + failure));
        }
        Map<String, Leaderboard> boards = result.leaderboards().fitted();
        Leaderboard referenceBoard = boards.get(reference);
        List<String> order = referenceBoard != null
                ? referenceBoard.items().stream().map(Leaderboard.Entry::name).toList()
                : boards.values().stream().flatMap(board -> board.items().stream()).map(Leaderboard.Entry::name)
                        .distinct().toList();
        boards.forEach((name, board) -> section.chart(name, DotIntervalPlot.of(board)));
        boards.forEach((name, board) -> {
            if (referenceBoard != null && !name.equals(reference)) {
                section.chart(reference + " vs " + name, SlopeChart.of(reference, referenceBoard, name, board));
            }
        });
        section.table(ranks(order, boards));
    }

    /** One row per item, in {@code order}: its rank and rating in each leaderboard ("-" where it is absent). */
    private static Table ranks(List<String> order, Map<String, Leaderboard> boards) {
        List<String> header = new ArrayList<>(List.of("item"));
        List<Map<String, Leaderboard.Entry>> entries = new ArrayList<>();
        List<Map<String, Integer>> positions = new ArrayList<>();
        for (Map.Entry<String, Leaderboard> board : boards.entrySet()) {
            header.add(board.getKey() + " position");
            header.add(board.getKey() + " rating");
            Map<String, Leaderboard.Entry> byName = new HashMap<>();
            Map<String, Integer> position = new HashMap<>();
            List<Leaderboard.Entry> items = board.getValue().items();
            for (int i = 0; i < items.size(); i++) {
                byName.put(items.get(i).name(), items.get(i));
                position.put(items.get(i).name(), i + 1);
            }
            entries.add(byName);
            positions.add(position);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String item : order) {
            List<String> row = new ArrayList<>(List.of(item));
            for (int b = 0; b < entries.size(); b++) {
                Leaderboard.Entry entry = entries.get(b).get(item);
                row.add(entry == null ? "-" : Integer.toString(positions.get(b).get(item)));
                row.add(entry == null ? "-" : String.format(Locale.ROOT, "%.0f", entry.rating()));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }
}
