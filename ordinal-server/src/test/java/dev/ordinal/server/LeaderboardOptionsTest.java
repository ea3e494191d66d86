package dev.ordinal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ordinal.app.Registries;
import dev.ordinal.app.Registry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every combination of the leaderboard's options — model × tie model × interval method × level —
 * on four arenas: decisive results only, with ties, a single judgment, and none. No combination
 * may be a 5xx, and every refusal is a problem document whose detail says what is wrong.
 */
class LeaderboardOptionsTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final List<String> MODELS = List.of("bt", "thurstone", "plackett-luce");
    private static final List<String> TIES = List.of("half", "davidson", "rao-kupper", "drop");
    private static final List<String> METHODS = List.of("bootstrap", "sandwich", "fisher", "none");
    private static final List<String> LEVELS = List.of("0.5", "0.95");
    private static final List<String> ARENAS = List.of("decisive", "tied", "single", "empty");

    @TempDir
    static Path temp;

    private static OrdinalServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = OrdinalServer.start(ServerConfig.defaults(temp.resolve("data")).withAddress("127.0.0.1", 0));
        for (String arena : ARENAS) {
            assertThat(send("POST", "/api/v1/arenas", "{\"id\":\"" + arena + "\"}").statusCode()).isEqualTo(201);
            for (String item : List.of("x", "y", "z")) {
                assertThat(send("PUT", "/api/v1/arenas/" + arena + "/items/" + item, "{}").statusCode()).isEqualTo(200);
            }
        }
        // a cycle both ways: every item won and lost, so the estimate is finite
        append("decisive", "x>y", "y>x", "y>z", "z>y", "z>x", "x>z", "x>y");
        append("tied", "x>y", "y>x", "y>z", "z=y", "z>x", "x=z", "x>z", "y=x");
        append("single", "x>y");
    }

    @Test
    void theRegistryEndpointListsEveryEntryOfEveryKind() throws Exception {
        HttpResponse<String> response = send("GET", "/api/v1/registry", null);
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode kinds = MAPPER.readTree(response.body()).get("kinds");
        assertThat(kinds).hasSize(Registries.all().size());
        for (int k = 0; k < kinds.size(); k++) {
            Registry<?> kind = Registries.all().get(k);
            assertThat(kinds.get(k).get("kind").asText()).isEqualTo(kind.kind());
            assertThat(kinds.get(k).get("entries").findValuesAsText("summary")).hasSize(kind.entries().size());
            List<String> names = new ArrayList<>();
            kinds.get(k).get("entries").forEach(entry -> names.add(entry.get("name").asText()));
            assertThat(names).as(kind.kind()).isEqualTo(kind.names());
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + server.adminToken());
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Judgments written {@code x>y} (x won) or {@code x=y} (a tie). */
    private static void append(String arena, String... judgments) throws Exception {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < judgments.length; i++) {
            String[] sides = judgments[i].split("[>=]");
            String outcome = judgments[i].contains("=") ? "tie" : "a";
            lines.add("{\"id\":\"" + arena + i + "\",\"a\":\"" + sides[0] + "\",\"b\":\"" + sides[1]
                    + "\",\"outcome\":\"" + outcome + "\"}");
        }
        assertThat(send("POST", "/api/v1/arenas/" + arena + "/judgments", String.join("\n", lines)).statusCode())
                .isEqualTo(200);
    }

    static Stream<Arguments> combinations() {
        List<Arguments> all = new ArrayList<>();
        for (String arena : ARENAS) {
            for (String model : MODELS) {
                for (String ties : TIES) {
                    for (String method : METHODS) {
                        for (String level : LEVELS) {
                            all.add(Arguments.of(arena, model, ties, method, level));
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0}: model={1} ties={2} ci={3} level={4}")
    @MethodSource("combinations")
    void neverA5xxAndEveryRefusalSaysWhy(String arena, String model, String ties, String method, String level)
            throws Exception {
        HttpResponse<String> reply = send("GET", "/api/v1/arenas/" + arena + "/leaderboard?model=" + model
                + "&ties=" + ties + "&ci=" + method + "&level=" + level + "&bootstrap=20", null);
        assertThat(reply.statusCode()).as(reply.body()).isLessThan(500);
        JsonNode body = MAPPER.readTree(reply.body());
        if (reply.statusCode() >= 400) {
            assertThat(reply.statusCode()).as(reply.body()).isIn(400, 422);
            assertThat(reply.headers().firstValue("Content-Type").orElse(""))
                    .isEqualTo("application/problem+json; charset=utf-8");
            assertThat(body.get("status").asInt()).isEqualTo(reply.statusCode());
            assertThat(body.get("title").asText()).isNotBlank();
            assertThat(body.get("detail").asText()).isNotBlank();
        } else {
            assertThat(reply.statusCode()).isEqualTo(200);
            assertThat(body.get("items")).hasSize(arena.equals("empty") ? 0 : arena.equals("single") ? 2 : 3);
        }
    }

    /** What the table above only bounds, pinned where the answer is known. */
    @Test
    void theKnownAnswers() throws Exception {
        HttpResponse<String> noTies = send("GET", "/api/v1/arenas/decisive/leaderboard?ties=davidson", null);
        assertThat(noTies.statusCode()).as(noTies.body()).isEqualTo(422);
        assertThat(MAPPER.readTree(noTies.body()).get("detail").asText()).contains("no ties").contains("ties half");
        HttpResponse<String> thurstone = send("GET", "/api/v1/arenas/tied/leaderboard?model=thurstone&ties=rao-kupper",
                null);
        assertThat(thurstone.statusCode()).as(thurstone.body()).isEqualTo(400);
        assertThat(MAPPER.readTree(thurstone.body()).get("detail").asText()).contains("thurstone").contains("rao-kupper");
        HttpResponse<String> unbeaten = send("GET", "/api/v1/arenas/single/leaderboard?bootstrap=20", null);
        assertThat(unbeaten.statusCode()).as(unbeaten.body()).isEqualTo(422);
        assertThat(MAPPER.readTree(unbeaten.body()).get("detail").asText()).contains("prior=2");
        JsonNode tied = MAPPER.readTree(send("GET", "/api/v1/arenas/tied/leaderboard?ties=davidson&bootstrap=20&wait=true",
                null).body());
        assertThat(tied.get("ties").asText()).isEqualTo("davidson");
        assertThat(tied.get("uncertainty").get("method").asText()).isEqualTo("bootstrap");
        assertThat(tied.get("items").get(0).has("ci")).isTrue();
        assertThat(MAPPER.readTree(send("GET", "/api/v1/arenas/empty/leaderboard", null).body()).get("judgments").asLong())
                .isZero();
        HttpResponse<String> rounds = send("GET", "/api/v1/arenas/tied/leaderboard?bootstrap=many", null);
        assertThat(rounds.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(rounds.body()).get("detail").asText())
                .isEqualTo("?bootstrap must be a whole number in [1, ∞), got 'many'");
        HttpResponse<String> tooMany = send("GET", "/api/v1/arenas/tied/leaderboard?bootstrap=10001", null);
        assertThat(tooMany.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(tooMany.body()).get("detail").asText())
                .isEqualTo("?bootstrap must be a whole number from 1 to 10000, got '10001'");
        HttpResponse<String> level = send("GET", "/api/v1/arenas/tied/leaderboard?level=1.5", null);
        assertThat(level.statusCode()).isEqualTo(400);
        assertThat(MAPPER.readTree(level.body()).get("detail").asText())
                .isEqualTo("?level must be a number in (0, 1), got '1.5'");
    }

    /** The defaults are {@code ordinal rank}'s: Bradley–Terry, ties half, 95% bootstrap of 1000 rounds, seed 1, Elo. */
    @Test
    void theDefaultsAreThoseOfRank() throws Exception {
        JsonNode board = MAPPER.readTree(send("GET", "/api/v1/arenas/tied/leaderboard?wait=true", null).body());
        assertThat(board.get("model").asText()).isEqualTo("bradley-terry");
        assertThat(board.get("ties").asText()).isEqualTo("half");
        assertThat(board.get("scale").asText()).isEqualTo("elo");
        JsonNode uncertainty = board.get("uncertainty");
        assertThat(uncertainty.get("method").asText()).isEqualTo("bootstrap");
        assertThat(uncertainty.get("rounds").asInt()).isEqualTo(1000);
        assertThat(uncertainty.get("seed").asLong()).isEqualTo(1);
        assertThat(uncertainty.get("level").asDouble()).isEqualTo(0.95);
    }
}
