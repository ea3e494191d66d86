package dev.ordinal.io.audit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.audit.Label;
import dev.ordinal.audit.run.Audit;
import dev.ordinal.audit.run.AuditResult;
import dev.ordinal.audit.run.AuditSettings;
import dev.ordinal.io.AnswerFields;
import dev.ordinal.io.FamilyReadOptions;
import dev.ordinal.io.LabelSource;
import dev.ordinal.io.ReadOptions;
import dev.ordinal.io.report.Report;
import dev.ordinal.judgment.Outcome;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditReportTest {
    @TempDir
    Path temp;

    private AuditFiles files(Path... sources) {
        return new AuditFiles(java.util.Arrays.stream(sources).map(path -> LabelSource.parse(path.toString())).toList(),
                Optional.empty(), new FamilyReadOptions("item", "family"), Optional.empty(),
                new AnswerFields("name", "prompt", "result"), Map.of(), Map.of(), Map.of());
    }

    /** An arena server's log export: a, b, outcome, judge (empty: the arena's own) and category as context. */
    @Test
    void readsTheLogExportLayout() throws Exception {
        Path log = temp.resolve("chat.csv");
        Files.writeString(log, """
                seq,id,a,b,outcome,judge,time,category,battle,propensity,weight
                1,k1,x,y,a,ann,2026-01-01T00:00:00Z,code,,,
                2,k2,y,z,both_bad,,2026-01-01T00:00:01Z,,,,
                3,k3,z,x,tie,bob,2026-01-01T00:00:02Z,math,4,0.5,2.0
                """);
        AuditFiles.Read read = files(log).read(ReadOptions.defaults(), Map.of());
        assertThat(read.request().names()).containsExactly("chat");
        assertThat(read.request().sources().get(0).labels()).containsExactly(
                new Label("chat", "ann", "code | x | y", "code", "x", "y", Outcome.A),
                new Label("chat", "chat", "y | z", "", "y", "z", Outcome.BOTH_BAD),
                new Label("chat", "bob", "math | x | z", "math", "z", "x", Outcome.TIE));
    }

    /** Every section in order, and a sentence for what the data do not allow instead of a table. */
    @Test
    void rendersEverySectionAndSaysWhyAFigureIsMissing() throws Exception {
        Path first = temp.resolve("first.csv");
        Files.writeString(first, "prompt,left,right,winner\np1,x,y,left\np1,y,z,left\np1,x,z,left\n");
        Path second = temp.resolve("second.csv");
        Files.writeString(second, "prompt,left,right,winner\np2,x,y,right\np2,y,z,right\np2,z,x,right\n");
        AuditResult result = Audit.run(files(first, second).read(ReadOptions.defaults(), Map.of()).request()
                .withSettings(AuditSettings.defaults().withBootstrap(5, 1).withThreads(1)));
        Report report = AuditReport.of(result);
        assertThat(report.title()).isEqualTo("Audit of first, second");
        assertThat(report.notes()).containsExactly("6 labels from 2 sources; reference: first.");
        assertThat(report.sections()).extracting(Report.Section::heading).containsExactly("Sources", "Shared units",
                "Leaderboards", "Agreement", "Leaderboard agreement", "Position bias", "Voters", "Consistency");
        StringWriter text = new StringWriter();
        AuditReport.writeText(result, text);
        assertThat(text.toString())
                .contains("No leaderboard for first: no finite maximum-likelihood estimate: 'x' never lost")
                .doesNotContain("--prior")
                .contains("No agreement of second with first: sources second and first share no units")
                .contains("Every source has a single judge: nothing to audit per voter.");
        Path html = temp.resolve("audit.html");
        AuditReport.writeHtml(result, html);
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("<h2>Leaderboards</h2>");
    }
}
