package dev.ordinal.cli;

import static dev.ordinal.cli.RankCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordinal.cli.RankCommandTest.Run;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ordinal aggregate} command, run in-process; only methods present on every branch. */
class AggregateCommandTest {
    /** GLUE test results of Devlin et al. 2019 (BERT), Table 1; see examples/benchmarks/README.md. */
    private static final String GLUE = Path.of("../examples/benchmarks/glue-bert.csv").toString();
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private String file(String name, String content) throws IOException {
        Path path = temp.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path.toString();
    }

    @Test
    void sideBySideTableOfTheShippedGlueExample() {
        Run run = run("aggregate", "--rules", "mean,median,plurality,bradley-terry", GLUE);
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("5 systems, 9 tasks (0 lower-is-better); rank by method (1 = best, = tied,"
                + " - not ranked)");
        assertThat(lines.get(2)).matches("system +mean +median +plurality +bradley-terry");
        assertThat(lines.get(3)).matches("BERT-large +1 +1 +1 +1");
        // Plurality: BERT-large is first on all nine tasks, the other four tie with no first place.
        assertThat(lines.get(5)).matches("OpenAI GPT +3 +3 +2= +3=");
        assertThat(lines.get(6)).matches("Pre-OpenAI SOTA +4 +4 +2= +3=");
        assertThat(run.out()).contains("bradley-terry: BERT-large");
    }

    /**
     * On the GLUE table GPT and the pre-GPT state of the art each beat the other on some tasks:
     * GPT wins MNLI-m, MNLI-mm, QQP, QNLI, CoLA; the older systems SST-2, STS-B, MRPC, RTE. Both
     * win 12 of their 36 task-wise comparisons, so Bradley-Terry ties them while the mean of
     * normalised scores puts GPT ahead (0.3947 against 0.3696).
     */
    @Test
    void jsonGivesRanksScoresAndExplanations() throws IOException {
        Run run = run("aggregate", "--rules", "mean,bradley-terry", "--format", "json", GLUE);
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("systems")).hasSize(5);
        assertThat(root.get("tasks").get(0).get("direction").asText()).isEqualTo("higher");
        JsonNode mean = root.get("methods").get(0);
        assertThat(mean.get("rule").asText()).isEqualTo("mean");
        assertThat(mean.get("scores").get("values").get("OpenAI GPT").asDouble()).isCloseTo(0.3947, within(1e-4));
        assertThat(mean.get("scores").get("values").get("Pre-OpenAI SOTA").asDouble()).isCloseTo(0.3696, within(1e-4));
        assertThat(mean.get("ranks").get("OpenAI GPT").asInt()).isEqualTo(3);
        JsonNode bradleyTerry = root.get("methods").get(1);
        assertThat(bradleyTerry.get("ranks").get("OpenAI GPT").asInt()).isEqualTo(3);
        assertThat(bradleyTerry.get("ranks").get("Pre-OpenAI SOTA").asInt()).isEqualTo(3);
        assertThat(bradleyTerry.get("ranking").get(2)).hasSize(2);
        JsonNode record = bradleyTerry.get("explanation").get(1);
        assertThat(record.get("table").asText()).startsWith("Pairwise record");
        assertThat(record.get("rows").get(2).get(1).asText()).isEqualTo("12");
        assertThat(root.get("explanation").get(0).get("table").asText()).startsWith("Normalised scores");
    }

    @Test
    void lowerIsBetterTurnsTheTableAroundAndCsvHasOneColumnPerMethod() throws IOException {
        String table = file("lm.csv", "system,accuracy,perplexity\nsmall,0.70,12.0\nlarge,0.72,30.0\n"
                + "medium,0.71,NA\n");
        Run higher = run("aggregate", "--rules", "mean,plurality", "--format", "csv", table);
        assertThat(higher.status()).as(higher.err()).isZero();
        assertThat(higher.out().lines().toList()).containsExactly("system,mean,plurality", "small,3,2", "large,1,1",
                "medium,2,2");
        Run lower = run("aggregate", "--rules", "mean,plurality", "--format", "csv", "--lower-is-better", "perplexity",
                table);
        // small is now best on perplexity: mean of normalised scores small (0 + 1) / 2, large (1 + 0) / 2, medium 0.5.
        assertThat(lower.out().lines().toList()).containsExactly("system,mean,plurality", "small,1,1", "large,1,1",
                "medium,1,3");
    }

    @Test
    void duelsFromPerExampleScores() throws IOException {
        StringBuilder csv = new StringBuilder("system,task,example,score\n");
        // a beats b by a constant 0.1 on every example of t1; on t2 they differ by +-0.1 alternately.
        for (int e = 0; e < 10; e++) {
            csv.append("a,t1,").append(e).append(',').append(0.5 + 0.01 * e + 0.1).append('\n');
            csv.append("b,t1,").append(e).append(',').append(0.5 + 0.01 * e).append('\n');
            csv.append("a,t2,").append(e).append(',').append(e % 2 == 0 ? 0.6 : 0.4).append('\n');
            csv.append("b,t2,").append(e).append(',').append(0.5).append('\n');
        }
        String scores = file("scores.csv", csv.toString());
        Run run = run("aggregate", "--duels", "--rules", "mean,duel", "--format", "json", scores);
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode methods = JSON.readTree(run.out()).get("methods");
        assertThat(methods.get(0).get("rule").asText()).isEqualTo("mean");
        JsonNode duel = methods.get(1);
        assertThat(duel.get("rule").asText()).isEqualTo("duel");
        assertThat(duel.get("scores").get("values").get("a").asDouble()).isEqualTo(0.5);
        assertThat(duel.get("scores").get("values").get("b").asDouble()).isZero();
        assertThat(duel.get("winners").get(0).asText()).isEqualTo("a");

        Run table = run("aggregate", "--duels", "--rules", "plurality", "--alpha", "0.01", scores);
        assertThat(table.status()).as(table.err()).isZero();
        assertThat(table.out().lines().toList().get(2)).matches("system +duel +plurality");
        assertThat(table.out()).contains("duel: a");
    }

    @Test
    void errorsArePlainAndLocated() throws IOException {
        Run unknown = run("aggregate", "--rules", "mean,no-such-rule", GLUE);
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("ordinal: error: --rules must be mean, median, duel or a rule of "
                + "'ordinal list rule', got 'no-such-rule'").doesNotContain("bug");
        Run alpha = run("aggregate", "--rules", "mean", "--alpha", "0.1", GLUE);
        assertThat(alpha.status()).isEqualTo(2);
        assertThat(alpha.err()).contains("--alpha is the duel test's level; it goes with --duels");
        Run duel = run("aggregate", "--rules", "duel", GLUE);
        assertThat(duel.err()).contains("the duel method needs per-example scores");
        String bad = file("bad.csv", "system,acc\na,0.5\nb,high\n");
        Run located = run("aggregate", "--rules", "mean", bad);
        assertThat(located.status()).isEqualTo(1);
        assertThat(located.err()).isEqualTo("ordinal: error: " + bad + ":3: field 'acc': 'high' is not a number; "
                + "expected a finite number, or blank, NA, NaN or - where there is none" + System.lineSeparator());
        Run wide = run("aggregate", "--duels", "--rules", "mean", GLUE);
        assertThat(wide.err()).contains("column 'task' is not in the header");
        Run missing = run("aggregate", "--rules", "mean", "--lower-is-better", "perplexity", GLUE);
        assertThat(missing.err()).contains("--lower-is-better names perplexity, not a task here");
        Run format = run("aggregate", "--rules", "mean", "--format", "xml", GLUE);
        assertThat(format.err()).contains("--format must be one of table, json, csv, got 'xml'");
    }
}
