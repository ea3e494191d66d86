package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code ordinal rank} and {@code ordinal generate} commands, run in-process on real files. */
class RankCommandTest {
    private static final Path CROWD = Path.of("../examples/llmfao/crowd-comparisons.csv");
    private static final ObjectMapper JSON = new ObjectMapper();

    record Run(int status, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(status, out.toString(), err.toString());
    }

    @TempDir
    Path temp;

    Path file(String name, String content) throws IOException {
        Path path = temp.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    /**
     * The LLMFAO crowd judgments, fitted as in the example output: 8,931 judgments over 59
     * models, GPT 4 first at 1172.13 on the Elo scale (Bradley–Terry, ties as half a win).
     */
    @Test
    void jsonLeaderboardOfTheShippedExample() throws IOException {
        Run run = run("rank", "--format", "json", "--bootstrap", "200", CROWD.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("model").asText()).isEqualTo("bradley-terry");
        assertThat(root.get("ties").asText()).isEqualTo("half");
        assertThat(root.get("scale").asText()).isEqualTo("elo");
        assertThat(root.get("judgments").asLong()).isEqualTo(8931);
        assertThat(root.get("items")).hasSize(59);
        JsonNode first = root.get("items").get(0);
        assertThat(first.get("name").asText()).isEqualTo("GPT 4");
        assertThat(first.get("rating").asDouble()).isCloseTo(1172.13, within(0.005));
        assertThat(first.get("ci").get(0).asDouble()).isLessThan(1172.13);
        assertThat(first.get("ci").get(1).asDouble()).isGreaterThan(1172.13);
        assertThat(first.get("rank").asInt()).isEqualTo(1);
        assertThat(first.get("comparisons").asLong()).isEqualTo(
                first.get("wins").asLong() + first.get("losses").asLong() + first.get("ties").asLong());
        assertThat(root.get("fit").get("converged").asBoolean()).isTrue();
        assertThat(root.get("uncertainty").get("method").asText()).isEqualTo("bootstrap");
        assertThat(root.get("uncertainty").get("rounds").asInt()).isEqualTo(200);
        assertThat(root.get("uncertainty").get("seed").asLong()).isEqualTo(1);
        double previous = Double.POSITIVE_INFINITY;
        long totalComparisons = 0;
        for (JsonNode item : root.get("items")) {
            assertThat(item.get("rating").asDouble()).isLessThanOrEqualTo(previous);
            previous = item.get("rating").asDouble();
            totalComparisons += item.get("comparisons").asLong();
        }
        assertThat(totalComparisons).isEqualTo(2 * 8931);
    }

    @Test
    void sameSeedSameOutputOnAnyThreadCount() {
        Run one = run("rank", "--format", "json", "--bootstrap", "100", "--threads", "1", CROWD.toString());
        Run two = run("rank", "--format", "json", "--bootstrap", "100", "--threads", "2", CROWD.toString());
        assertThat(one.out()).isEqualTo(two.out());
        Run otherSeed = run("rank", "--format", "json", "--bootstrap", "100", "--seed", "2", CROWD.toString());
        assertThat(otherSeed.out()).isNotEqualTo(one.out());
    }

    @Test
    void tableCsvAnchorAndWinMatrix() throws IOException {
        Run table = run("rank", "--ci", "fisher", CROWD.toString());
        assertThat(table.status()).isZero();
        assertThat(table.out()).startsWith("bradley-terry, ties: half, scale: elo; 8,931 judgments, 59 items; "
                + "95% Fisher-information intervals");
        assertThat(table.out()).contains("GPT 4").contains("fit: converged");

        Path matrix = temp.resolve("matrix.csv");
        Run csv = run("rank", "--ci", "sandwich", "--format", "csv", "--anchor", "GPT 4=1200",
                "--win-matrix", matrix.toString(), CROWD.toString());
        assertThat(csv.status()).as(csv.err()).isZero();
        List<String> lines = csv.out().lines().toList();
        assertThat(lines.get(0)).isEqualTo("rank,name,rating,ci_lower,ci_upper,rank_best,rank_worst,wins,losses,ties,"
                + "comparisons");
        assertThat(lines.get(1)).startsWith("1,GPT 4,1200.00,1200.00,1200.00,");
        List<String> rows = Files.readAllLines(matrix);
        assertThat(rows).hasSize(60);
        assertThat(rows.get(1)).startsWith("GPT 4,0.5000,");
    }

    @Test
    void rankingsWithPlackettLuce() {
        Run run = run("rank", "--model", "plackett-luce", "--ci", "fisher", "--format", "json",
                "../examples/rankings.jsonl");
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).contains("\"model\" : \"plackett-luce\"").contains("\"ties\" : \"tied-groups\"");
        Run ties = run("rank", "--model", "plackett-luce", "--ties", "davidson", "../examples/rankings.jsonl");
        assertThat(ties.status()).isEqualTo(2);
        assertThat(ties.err()).contains("--ties does not apply to plackett-luce");
    }

    @Test
    void generatedBattlesRecoverTheirTruth() throws IOException {
        Path battles = temp.resolve("battles.csv");
        Path truth = temp.resolve("truth.csv");
        Run generate = run("generate", "--items", "6", "--battles", "20000", "--seed", "3", "-o", battles.toString(),
                "--truth", truth.toString());
        assertThat(generate.status()).as(generate.err()).isZero();
        assertThat(Files.readAllLines(battles)).hasSize(20001).first().isEqualTo("model_a,model_b,winner");
        Run rank = run("rank", "--ci", "fisher", "--format", "csv", battles.toString());
        assertThat(rank.status()).as(rank.err()).isZero();
        for (String row : Files.readAllLines(truth).subList(1, 7)) {
            String[] fields = row.split(",");
            String line = rank.out().lines().filter(l -> l.contains("," + fields[0] + ",")).findFirst().orElseThrow();
            String[] cells = line.split(",");
            double lower = Double.parseDouble(cells[3]);
            double upper = Double.parseDouble(cells[4]);
            double trueRating = Double.parseDouble(fields[2]);
            // Intervals are about ±15 points here; the truth should sit well inside 3 half-widths.
            assertThat(trueRating).isBetween(lower - (upper - lower), upper + (upper - lower));
        }
    }

    @Test
    void badInputGivesOneClearLineAndExitOne() throws IOException {
        assertBad(run("rank", file("empty.csv", "").toString()), "empty.csv");
        assertBad(run("rank", file("header.csv", "model_a,model_b,winner\n").toString()),
                "header.csv: no judgments found");
        assertBad(run("rank", file("outcome.csv", "model_a,model_b,winner\nx,y,model_a\nx,y,lft\n").toString()),
                "outcome.csv:3: field 'winner': 'lft' is not a known outcome");
        assertBad(run("rank", file("self.csv", "model_a,model_b,winner\nx,y,model_a\nx,x,tie\n").toString()),
                "self.csv:3");
        assertBad(run("rank", file("quote.csv", "model_a,model_b,winner\n\"x,y,model_a\n").toString()), "quote.csv");
        assertBad(run("rank", file("bad.json", "[{\"model_a\": \"x\", \"model_b\": ").toString()), "bad.json");
        assertBad(run("rank", temp.resolve("missing.csv").toString()), "missing.csv: no such file");
        assertBad(run("rank", "-o", temp.resolve("no/such/dir/out.json").toString(), CROWD.toString()),
                "cannot write " + temp.resolve("no/such/dir/out.json") + ": no such directory");
    }

    @Test
    void skipInvalidReportsWhatWasSkipped() throws IOException {
        Path votes = file("votes.csv", "model_a,model_b,winner\na,b,model_a\nb,a,model_a\na,b,lft\nb,b,tie\n"
                + "a,b,tie\nb,a,model_b\n");
        Run run = run("rank", "--skip-invalid", "--ci", "fisher", votes.toString());
        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.err()).contains("ordinal: skipped 2 invalid records of 6 in " + votes)
                .contains("1 unknown outcome").contains("1 self-comparison");
        assertThat(run.out()).contains("4 judgments, 2 items");
    }

    @Test
    void noFiniteEstimateNamesTheItemAndTheRemedy() throws IOException {
        Path unbeaten = file("unbeaten.csv", "model_a,model_b,winner\na,b,model_a\nb,c,model_a\nc,b,model_a\na,c,model_a\n");
        Run run = run("rank", unbeaten.toString());
        assertBad(run, "'a' never lost");
        assertThat(run.err()).contains("prior=2");
        Run withPrior = run("rank", "--prior", "2", "--ci", "fisher", unbeaten.toString());
        assertThat(withPrior.status()).as(withPrior.err()).isZero();
        assertThat(withPrior.out().lines().skip(3).findFirst().orElseThrow()).contains(" a ");
    }

    @Test
    void badOptionsExitTwo() {
        assertThat(run("rank", "--model", "elo", CROWD.toString()).status()).isEqualTo(2);
        assertThat(run("rank", "--bogus", CROWD.toString()).status()).isEqualTo(2);
        assertThat(run("rank", "--anchor", "nobody=1000", CROWD.toString()).err())
                .contains("the anchor item 'nobody' is not among the judged items");
        assertThat(run("rank", "--a", "left", CROWD.toString()).err())
                .contains("naming columns takes all four of --a, --b, --winner and --outcomes");
    }

    @Test
    void helpExplainsWithExamples() {
        Run help = run("rank", "--help");
        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("--model").contains("--ties").contains("--ci").contains("--anchor")
                .contains("Examples:").contains("Exit status");
    }

    private static void assertBad(Run run, String expected) {
        assertThat(run.status()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.err()).startsWith("ordinal: error: ").contains(expected);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
