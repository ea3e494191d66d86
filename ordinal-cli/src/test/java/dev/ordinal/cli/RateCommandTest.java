package dev.ordinal.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ordinal rate} and {@code ordinal evaluate} on real files. */
class RateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    Path file(String name, String content) throws IOException {
        Path path = temp.resolve(name);
        Files.writeString(path, content, StandardCharsets.UTF_8);
        return path;
    }

    /**
     * One TrueSkill game between two new players with the defaults: the winner goes to
     * (29.396, 7.171), the loser to (20.604, 7.171) — the published two-player example.
     */
    @Test
    void trueSkillJsonHasTheIssueShape() throws IOException {
        Path games = file("games.jsonl", "{\"id\": \"g1\", \"teams\": [[\"alice\"], [\"bob\"]], \"ranks\": [1, 2]}\n");
        RankCommandTest.Run run = RankCommandTest.run("rate", "--system", "trueskill", "--format", "json", games.toString());
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode root = JSON.readTree(run.out());
        assertThat(root.get("system").asText()).isEqualTo("trueskill");
        assertThat(root.get("games").asInt()).isEqualTo(1);
        JsonNode alice = root.get("items").get(0);
        assertThat(alice.get("name").asText()).isEqualTo("alice");
        assertThat(alice.get("mu").asDouble()).isCloseTo(29.396, within(0.001));
        assertThat(alice.get("sigma").asDouble()).isCloseTo(7.171, within(0.001));
        assertThat(alice.get("conservative").asDouble()).isCloseTo(29.396 - 3 * 7.171, within(0.003));
        assertThat(alice.get("games").asInt()).isEqualTo(1);
        assertThat(root.get("items").get(1).get("mu").asDouble()).isCloseTo(20.604, within(0.001));
    }

    @Test
    void eloAndGlickoNameTheirFieldsAndHistoryTracksEveryGame() throws IOException {
        Path games = file("games.jsonl", """
                {"id": "g1", "time": "2024-01-01T00:00:00Z", "teams": [["a"], ["b"]], "scores": [3, 1]}
                {"id": "g2", "time": "2024-01-02T00:00:00Z", "teams": [["b"], ["c"]], "scores": [2, 2]}
                """);
        RankCommandTest.Run elo = RankCommandTest.run("rate", "--system", "elo", "--format", "json", games.toString());
        assertThat(elo.status()).as(elo.err()).isZero();
        JsonNode first = JSON.readTree(elo.out()).get("items").get(0);
        assertThat(first.get("name").asText()).isEqualTo("a");
        assertThat(first.get("rating").asDouble()).isCloseTo(1002, within(1e-9));
        assertThat(first.has("mu")).isFalse();

        Path history = temp.resolve("history.csv");
        RankCommandTest.Run glicko = RankCommandTest.run("rate", "--system", "glicko2", "--format", "csv", "--history",
                history.toString(), games.toString());
        assertThat(glicko.status()).as(glicko.err()).isZero();
        assertThat(glicko.out().lines().findFirst().orElseThrow()).isEqualTo("rank,name,rating,rd,volatility,games");
        List<String> rows = Files.readAllLines(history);
        assertThat(rows.get(0)).isEqualTo("game_id,time,player,rating,rd,volatility,games");
        assertThat(rows).hasSize(1 + 4);
        assertThat(rows.get(1)).startsWith("g1,2024-01-01T00:00:00Z,a,");
        assertThat(rows.get(4)).startsWith("g2,2024-01-02T00:00:00Z,c,");
    }

    @Test
    void evaluateComparesSystemsOnTheShippedHalo2Games() throws IOException {
        Path out = temp.resolve("evaluation.json");
        RankCommandTest.Run run = RankCommandTest.run("evaluate", "--systems", "elo,trueskill,openskill-pl,glicko2",
                "--format", "json", "-o", out.toString(), "../examples/halo2/head_to_head.csv");
        assertThat(run.status()).as(run.err()).isZero();
        JsonNode systems = JSON.readTree(out.toFile()).get("systems");
        assertThat(systems).hasSize(4);
        for (JsonNode system : systems) {
            assertThat(system.get("games").asInt()).isEqualTo(6028);
            assertThat(system.get("scored").asInt()).isEqualTo(6028);
            // Every system learns something real from these games: better than a coin flip.
            assertThat(system.get("accuracy").asDouble()).isGreaterThan(0.6);
            assertThat(system.get("log_loss").asDouble()).isLessThan(Math.log(2));
            assertThat(system.get("calibration")).hasSize(10);
            assertThat(system.get("updates_per_second").asDouble()).isPositive();
        }
    }

    @Test
    void unknownSystemAndBadGamesAreClearErrors() throws IOException {
        RankCommandTest.Run unknown = RankCommandTest.run("rate", "--system", "chess", "../examples/halo2/head_to_head.csv");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err()).startsWith("ordinal: error: --system must be one of elo, glicko2").contains("'chess'");
        Path bad = file("bad.jsonl", "{\"teams\": [[\"a\"], [\"b\"]], \"ranks\": [1, 2, 3]}\n");
        RankCommandTest.Run run = RankCommandTest.run("rate", bad.toString());
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.err()).startsWith("ordinal: error: " + bad + ":1: field 'ranks'");
        assertThat(run.err().lines().count()).isEqualTo(1);
    }

    @Test
    void dailyRatingPeriodsForGlicko2() throws IOException {
        Path games = file("games.jsonl", """
                {"id": "g1", "time": "2024-01-01T09:00:00Z", "teams": [["a"], ["b"]], "ranks": [1, 2]}
                {"id": "g2", "time": "2024-01-01T18:00:00Z", "teams": [["a"], ["c"]], "ranks": [1, 2]}
                {"id": "g3", "time": "2024-01-02T09:00:00Z", "teams": [["b"], ["c"]], "ranks": [1, 1]}
                """);
        Path history = temp.resolve("history.csv");
        RankCommandTest.Run run = RankCommandTest.run("rate", "--system", "glicko2", "--period", "day", "--history",
                history.toString(), games.toString());
        assertThat(run.status()).as(run.err()).isZero();
        // Day one is one period for a, b and c; day two for b and c.
        assertThat(Files.readAllLines(history)).hasSize(1 + 3 + 2);
        RankCommandTest.Run byGame = RankCommandTest.run("rate", "--system", "glicko2", games.toString());
        assertThat(byGame.out()).isNotEqualTo(run.out());
        Path untimed = file("untimed.jsonl", "{\"teams\": [[\"a\"], [\"b\"]], \"ranks\": [1, 2]}\n");
        RankCommandTest.Run missing = RankCommandTest.run("rate", "--period", "day", untimed.toString());
        assertThat(missing.err()).contains("period day needs a time for every game; game 'line 1' has none");
    }
}
