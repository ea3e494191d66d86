package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ordinal simulate} in-process, with the {@code uniform} strategy every registry has. */
class SimulateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    @Test
    void jsonHasTheIssueShapeAndTheSideFilesAreWritten() throws IOException {
        Path report = temp.resolve("sim.json");
        Path curves = temp.resolve("curves.csv");
        Path plot = temp.resolve("tau.svg");
        RankCommandTest.Run run = RankCommandTest.run("simulate", "--items", "6", "--votes", "2000", "--seeds", "3",
                "--strategies", "uniform", "--checkpoints", "10", "--tie-rate", "0.1", "--careless", "0.05",
                "--format", "json", "-o", report.toString(), "--csv", curves.toString(), "--svg", plot.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(report.toFile());
        assertThat(root.get("config").get("items").asInt()).isEqualTo(6);
        assertThat(root.get("baseline").asText()).isEqualTo("uniform+elo");
        JsonNode strategies = root.get("strategies");
        assertThat(strategies).hasSize(2);
        assertThat(strategies.get(0).get("name").asText()).isEqualTo("uniform+elo");
        JsonNode uniform = strategies.get(1);
        assertThat(uniform.get("name").asText()).isEqualTo("uniform");
        assertThat(uniform.has("votes_to_tau_0_9")).isTrue();
        assertThat(uniform.has("speedup_vs_random")).isTrue();
        assertThat(uniform.get("votes_to_tau_0_9").isIntegralNumber()).isTrue();
        assertThat(uniform.get("speedup_vs_random").asDouble()).isPositive();
        assertThat(uniform.get("curve")).hasSize(10);
        assertThat(strategies.get(0).get("final").get("coverage").isNull()).isTrue();

        List<String> rows = Files.readAllLines(curves);
        assertThat(rows.get(0)).isEqualTo("strategy,estimator,k,votes,tau,tau_sd,top1,top_t,interval_width,coverage,"
                + "bias,bias_se,ipw_bias,ipw_bias_se");
        assertThat(rows).hasSize(1 + 2 * 10);
        assertThat(rows.get(1)).startsWith("uniform+elo,elo,2,6,");
        String svg = Files.readString(plot);
        assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\"").contains("uniform+elo")
                .contains("<polyline").endsWith("</svg>\n");
    }

    @Test
    void tableIsTheDefaultAndKWiseRuns() {
        RankCommandTest.Run run = RankCommandTest.run("simulate", "--items", "6", "--k", "3", "--votes", "300",
                "--seeds", "2", "--strategies", "uniform", "--checkpoints", "4", "--threads", "1");
        assertThat(run.status()).as(run.err()).isZero();
        List<String> lines = run.out().lines().toList();
        assertThat(lines.get(0)).startsWith("6 items, K=3, 300 votes, 2 seeds");
        assertThat(lines.get(3)).startsWith("strategy").contains("votes_to_tau_0.9").contains("speedup");
        assertThat(lines.get(4).split("\\s+")).startsWith("uniform+elo", "elo", "2");
        assertThat(lines.get(5).split("\\s+")).startsWith("uniform", "bt-map", "3");
    }

    @Test
    void badOptionsAreReported() {
        RankCommandTest.Run unknown = RankCommandTest.run("simulate", "--items", "5", "--votes", "10", "--seeds", "1",
                "--strategies", "no-such-strategy");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("unknown matchmaking strategy 'no-such-strategy'; expected one of uniform");
        RankCommandTest.Run tooFew = RankCommandTest.run("simulate", "--items", "3", "--k", "4", "--strategies", "uniform");
        assertThat(tooFew.status()).isEqualTo(2);
        assertThat(tooFew.err()).contains("items must be a whole number of at least");
        RankCommandTest.Run format = RankCommandTest.run("simulate", "--format", "xml", "--strategies", "uniform");
        assertThat(format.err()).contains("unknown format 'xml'");
    }
}
