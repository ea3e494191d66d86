package dev.ordinal.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API over real HTTP; subclasses say which database the server uses. */
abstract class ServerContract {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ITEM_NAMES_HINT = "model-";

    @TempDir
    Path temp;

    Path dataDirectory;
    OrdinalServer server;
    String admin;

    /** An empty database for the server: empty for SQLite in the data directory, or a JDBC URL. */
    abstract Optional<String> emptyDatabase() throws Exception;

    /** The configuration of a restart: the same data directory and database, not wiped. */
    ServerConfig reused() {
        return ServerConfig.defaults(dataDirectory).withDatabaseUrl(reuseDatabase()).withAddress("127.0.0.1", 0);
    }

    @BeforeEach
    void start() throws Exception {
        dataDirectory = temp.resolve("data");
        server = OrdinalServer.start(ServerConfig.defaults(dataDirectory).withDatabaseUrl(emptyDatabase())
                .withAddress("127.0.0.1", 0));
        admin = server.adminToken();
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    // ------------------------------------------------------------------------------------------
    // A tiny client

    record Reply(int status, String contentType, String body, HttpResponse<String> raw) {
        JsonNode json() throws IOException {
            return MAPPER.readTree(body);
        }
    }

    /** A client with its own cookie jar: one browser, one anonymous voter. */
    static HttpClient browser() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
    }

    final HttpClient plain = HttpClient.newHttpClient();

    /** Each browser's CSRF token, from the X-CSRF-Token header of its last answer (as a script would keep it). */
    private final Map<HttpClient, String> csrfTokens = new java.util.IdentityHashMap<>();

    Reply send(HttpClient client, String method, String path, String token, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        } else if (csrfTokens.containsKey(client)) {
            request.header("X-CSRF-Token", csrfTokens.get(client));
        }
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        response.headers().firstValue("X-CSRF-Token").ifPresent(csrf -> csrfTokens.put(client, csrf));
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response);
    }

    Reply post(String path, String token, String body) throws Exception {
        return send(plain, "POST", path, token, body);
    }

    Reply get(String path, String token) throws Exception {
        return send(plain, "GET", path, token, null);
    }

    static void assertProblem(Reply reply, int status, String detailContains) throws IOException {
        assertThat(reply.status()).as(reply.body()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/problem+json");
        JsonNode problem = reply.json();
        assertThat(problem.get("status").asInt()).isEqualTo(status);
        assertThat(problem.get("title").asText()).isNotBlank();
        assertThat(problem.get("type").asText()).isNotBlank();
        assertThat(problem.get("detail").asText()).contains(detailContains);
    }

    /** Arena "chat" with three items and two prompts every item answered. */
    void createChatArena() throws Exception {
        assertThat(post("/api/v1/arenas", admin, "{\"id\":\"chat\",\"name\":\"Chat arena\"}").status()).isEqualTo(201);
        for (String item : List.of("x", "y", "z")) {
            Reply put = send(plain, "PUT", "/api/v1/arenas/chat/items/" + item, admin,
                    "{\"name\":\"" + ITEM_NAMES_HINT + item + "\"}");
            assertThat(put.status()).as(put.body()).isEqualTo(200);
        }
        for (String prompt : List.of("p1", "p2")) {
            Reply added = post("/api/v1/arenas/chat/prompts", admin, "{\"id\":\"" + prompt + "\",\"text\":\"Say hi ("
                    + prompt + ")\",\"responses\":{\"x\":\"Hi from one\",\"y\":\"<script>alert(1)</script>\","
                    + "\"z\":\"Hello there\"}}");
            assertThat(added.status()).as(added.body()).isEqualTo(201);
        }
    }

    long leaderboardJudgments() throws Exception {
        Reply board = get("/api/v1/arenas/chat/leaderboard?prior=2", null);
        assertThat(board.status()).as(board.body()).isEqualTo(200);
        return board.json().get("judgments").asLong();
    }

    // ------------------------------------------------------------------------------------------
    // The arena flow

    @Test
    void votersBattleBlindAndTheLeaderboardMoves() throws Exception {
        createChatArena();
        Reply ingest = post("/api/v1/arenas/chat/judgments", admin, "[{\"id\":\"s1\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\"},"
                + "{\"id\":\"s2\",\"a\":\"y\",\"b\":\"z\",\"outcome\":\"a\"},{\"id\":\"s3\",\"a\":\"z\",\"b\":\"x\",\"outcome\":\"a\"},"
                + "{\"id\":\"s4\",\"a\":\"x\",\"b\":\"z\",\"outcome\":\"tie\"}]");
        assertThat(ingest.status()).as(ingest.body()).isEqualTo(200);
        Reply before = get("/api/v1/arenas/chat/leaderboard", null);
        assertThat(before.json().get("judgments").asLong()).isEqualTo(4);
        assertThat(before.json().get("items")).hasSize(3);

        HttpClient voter = browser();
        for (int round = 0; round < 5; round++) {
            Reply battle = send(voter, "POST", "/api/v1/arenas/chat/battles", null, null);
            assertThat(battle.status()).as(battle.body()).isEqualTo(201);
            assertThat(battle.body()).doesNotContain(ITEM_NAMES_HINT).doesNotContain("\"x\"").doesNotContain("\"y\"")
                    .doesNotContain("\"z\"").doesNotContain("item");
            JsonNode b = battle.json();
            assertThat(b.get("prompt").get("text").asText()).startsWith("Say hi");
            assertThat(b.get("a").get("response").asText()).isNotEqualTo(b.get("b").get("response").asText());
            Reply vote = send(voter, "POST", "/api/v1/arenas/chat/battles/" + b.get("battle").asLong() + "/vote", null,
                    "{\"outcome\":\"a\"}");
            assertThat(vote.status()).as(vote.body()).isEqualTo(200);
            JsonNode revealed = vote.json();
            assertThat(revealed.get("a").get("name").asText()).startsWith(ITEM_NAMES_HINT);
            assertThat(revealed.get("b").get("name").asText()).startsWith(ITEM_NAMES_HINT);
            assertThat(revealed.get("a").get("item").asText()).isNotEqualTo(revealed.get("b").get("item").asText());
            assertThat(leaderboardJudgments()).isEqualTo(5 + round);
        }
        // the default bootstrap intervals, waited for, are those of the whole table and seed 1: a restart repeats them
        Reply after = get("/api/v1/arenas/chat/leaderboard?wait=true", null);
        assertThat(after.json().get("items").toString()).isNotEqualTo(before.json().get("items").toString());
        long wins = 0;
        for (JsonNode item : after.json().get("items")) {
            wins += item.get("wins").asLong();
        }
        assertThat(wins).isEqualTo(3 + 5);

        // a restart rebuilds the in-memory table from the store
        server.close();
        server = OrdinalServer.start(reused());
        assertThat(get("/api/v1/arenas/chat/leaderboard?wait=true", null).json().get("items").toString())
                .isEqualTo(after.json().get("items").toString());
        assertThat(leaderboardJudgments()).isEqualTo(9);
    }

    @Test
    void kWiseArenaAsksForAnOrderingAndLogsItsPairs() throws Exception {
        assertThat(post("/api/v1/arenas", admin, "{\"id\":\"four\",\"strategy\":\"uniform\",\"k\":4}").json()
                .toString()).isEqualTo("{\"id\":\"four\",\"name\":\"four\",\"strategy\":\"uniform\",\"k\":4}");
        List<String> items = List.of("m1", "m2", "m3", "m4", "m5");
        StringBuilder responses = new StringBuilder();
        for (String item : items) {
            send(plain, "PUT", "/api/v1/arenas/four/items/" + item, admin, "{\"name\":\"" + ITEM_NAMES_HINT + item + "\"}");
            responses.append(responses.length() == 0 ? "" : ",").append("\"").append(item).append("\":\"answer of ")
                    .append(item).append("\"");
        }
        assertThat(post("/api/v1/arenas/four/prompts", admin, "{\"id\":\"p\",\"text\":\"Rank us\",\"responses\":{"
                + responses + "}}").status()).isEqualTo(201);

        HttpClient voter = browser();
        Reply issued = send(voter, "POST", "/api/v1/arenas/four/battles", null, null);
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        assertThat(issued.body()).doesNotContain(ITEM_NAMES_HINT);
        JsonNode battle = issued.json();
        assertThat(battle.get("k").asInt()).isEqualTo(4);
        assertThat(battle.get("sides").toString()).isEqualTo("[\"a\",\"b\",\"c\",\"d\"]");
        Set<String> shown = new TreeSet<>();
        for (String side : List.of("a", "b", "c", "d")) {
            shown.add(battle.get(side).get("response").asText());
        }
        assertThat(shown).hasSize(4);
        String vote = "/api/v1/arenas/four/battles/" + battle.get("battle").asLong() + "/vote";
        assertProblem(send(voter, "POST", vote, null, "{\"outcome\":\"a\"}"), 400, "send {\"ranking\"");
        assertProblem(send(voter, "POST", vote, null, "{\"ranking\":[\"a\",\"b\",\"c\"]}"), 400, "side d is not ranked");
        assertProblem(send(voter, "POST", vote, null, "{\"ranking\":[\"a\",\"b\",\"c\",\"e\"]}"), 400, "not one of the sides");
        assertProblem(send(voter, "POST", vote, null, "{\"ranking\":[\"a\",[\"b\",\"a\"],\"c\",\"d\"]}"), 400,
                "ranked twice");
        assertProblem(send(voter, "POST", vote, null, "{\"ranking\":\"abcd\"}"), 400, "must be an array");
        Reply voted = send(voter, "POST", vote, null, "{\"ranking\":[\"c\",[\"a\",\"b\"],\"d\"]}");
        assertThat(voted.status()).as(voted.body()).isEqualTo(200);
        JsonNode revealed = voted.json();
        assertThat(revealed.get("ranking").toString()).isEqualTo("[[\"c\"],[\"a\",\"b\"],[\"d\"]]");
        assertThat(revealed.has("outcome")).isFalse();
        for (String side : List.of("a", "b", "c", "d")) {
            String item = revealed.get(side).get("item").asText();
            assertThat(battle.get(side).get("response").asText()).isEqualTo("answer of " + item);
            assertThat(revealed.get(side).get("name").asText()).isEqualTo(ITEM_NAMES_HINT + item);
        }
        assertProblem(send(voter, "POST", vote, null, "{\"ranking\":[\"a\",\"b\",\"c\",\"d\"]}"), 409, "already");

        // the log holds the six pairs the ordering implies; the winner of the vote won three
        JsonNode board = get("/api/v1/arenas/four/leaderboard?prior=2", null).json();
        assertThat(board.get("judgments").asLong()).isEqualTo(6);
        String first = revealed.get("c").get("item").asText();
        for (JsonNode entry : board.get("items")) {
            if (entry.get("name").asText().equals(first)) {
                assertThat(entry.get("wins").asLong()).isEqualTo(3);
            }
        }
        String[] log = get("/api/v1/arenas/four/judgments", admin).body().split("\n");
        assertThat(log).hasSize(6);
        assertThat(MAPPER.readTree(log[0]).get("id").asText()).isEqualTo("battle-" + battle.get("battle").asLong() + "-ab");
        assertThat(MAPPER.readTree(log[0]).get("outcome").asText()).isEqualTo("tie");
        // uniform matchmaking: each 4 of the 5 items had probability 1 / C(5, 4), weight 1
        for (String line : log) {
            assertThat(MAPPER.readTree(line).get("propensity").asDouble()).isCloseTo(0.2, org.assertj.core.api.Assertions.within(1e-12));
            assertThat(MAPPER.readTree(line).get("weight").asDouble()).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-12));
        }

        // an admin changes the strategy and the battle size; the arena list shows them
        assertProblem(send(plain, "PATCH", "/api/v1/arenas/four", admin, "{\"strategy\":\"best\"}"), 400,
                "strategy must be one of uniform, balanced, ksort");
        assertProblem(send(plain, "PATCH", "/api/v1/arenas/four", admin, "{\"k\":9}"), 400, "2 to 8");
        assertProblem(send(plain, "PATCH", "/api/v1/arenas/four", admin, "{\"k\":\"three\"}"), 400, "integer");
        assertProblem(send(plain, "PATCH", "/api/v1/arenas/four", null, "{\"k\":3}"), 401, "Bearer");
        Reply patched = send(plain, "PATCH", "/api/v1/arenas/four", admin, "{\"strategy\":\"ksort\",\"k\":3}");
        assertThat(patched.status()).as(patched.body()).isEqualTo(200);
        assertThat(get("/api/v1/arenas", null).body()).contains("{\"id\":\"four\",\"name\":\"four\",\"strategy\":\"ksort\",\"k\":3}");
        assertThat(send(voter, "POST", "/api/v1/arenas/four/battles", null, null).json().get("k").asInt()).isEqualTo(3);
        // a battle size above the answers a prompt has shows as many as there are
        send(plain, "PATCH", "/api/v1/arenas/four", admin, "{\"k\":8}");
        assertThat(send(voter, "POST", "/api/v1/arenas/four/battles", null, null).json().get("k").asInt()).isEqualTo(5);
        // an arena without its own strategy uses the server's; a pairwise battle also takes a ranking
        createChatArena();
        assertThat(get("/api/v1/arenas", null).body()).contains("{\"id\":\"chat\",\"name\":\"Chat arena\",\"strategy\":\""
                + dev.ordinal.app.Registries.DEFAULT_STRATEGY + "\",\"k\":2}");
        long pair = send(voter, "POST", "/api/v1/arenas/chat/battles", null, null).json().get("battle").asLong();
        JsonNode tie = send(voter, "POST", "/api/v1/arenas/chat/battles/" + pair + "/vote", null,
                "{\"ranking\":[[\"b\",\"a\"]]}").json();
        assertThat(tie.get("outcome").asText()).isEqualTo("tie");
        assertThat(tie.get("ranking").toString()).isEqualTo("[[\"a\",\"b\"]]");
    }

    @Test
    void promptsAnsweredByDisjointItemsTakeTurns() throws Exception {
        assertThat(post("/api/v1/arenas", admin, "{\"id\":\"split\"}").status()).isEqualTo(201);
        for (String item : List.of("w", "x", "y", "z")) {
            send(plain, "PUT", "/api/v1/arenas/split/items/" + item, admin, "{}");
        }
        post("/api/v1/arenas/split/prompts", admin, "{\"id\":\"p1\",\"text\":\"one\",\"responses\":{\"w\":\"w1\",\"x\":\"x1\"}}");
        post("/api/v1/arenas/split/prompts", admin, "{\"id\":\"p2\",\"text\":\"two\",\"responses\":{\"y\":\"y2\",\"z\":\"z2\"}}");
        Set<String> prompts = new TreeSet<>();
        for (int round = 0; round < 30; round++) {
            Reply battle = send(plain, "POST", "/api/v1/arenas/split/battles", admin, null);
            assertThat(battle.status()).as(battle.body()).isEqualTo(201);
            JsonNode b = battle.json();
            String prompt = b.get("prompt").get("id").asText();
            prompts.add(prompt);
            String suffix = prompt.equals("p1") ? "1" : "2";
            assertThat(b.get("a").get("response").asText()).endsWith(suffix);
            assertThat(b.get("b").get("response").asText()).endsWith(suffix);
        }
        assertThat(prompts).containsExactly("p1", "p2");
    }

    /** The database of the running test again, without wiping it. */
    abstract Optional<String> reuseDatabase();

    @Test
    void leaderboardTakesRankOptions() throws Exception {
        createChatArena();
        post("/api/v1/arenas/chat/judgments", admin, "{\"id\":\"1\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\"}\n"
                + "{\"id\":\"2\",\"a\":\"y\",\"b\":\"x\",\"outcome\":\"a\"}\n{\"id\":\"3\",\"a\":\"y\",\"b\":\"z\",\"outcome\":\"a\"}\n"
                + "{\"id\":\"4\",\"a\":\"z\",\"b\":\"y\",\"outcome\":\"tie\"}\n{\"id\":\"5\",\"a\":\"z\",\"b\":\"x\",\"outcome\":\"a\"}\n"
                + "{\"id\":\"6\",\"a\":\"x\",\"b\":\"z\",\"outcome\":\"b\"}\n");
        JsonNode board = get("/api/v1/arenas/chat/leaderboard?ci=bootstrap&bootstrap=50&scale=logit&ties=davidson", null).json();
        assertThat(board.get("uncertainty").get("method").asText()).isEqualTo("bootstrap");
        assertThat(board.get("uncertainty").get("rounds").asInt()).isEqualTo(50);
        assertThat(board.get("scale").asText()).isEqualTo("logit");
        assertThat(board.get("judgments").asLong()).isEqualTo(6);
        // a small table's first bootstrap is waited for; afterwards intervals lag until recomputed
        assertThat(board.get("intervals").toString()).isEqualTo("{\"judgments\":6,\"pending\":false}");
        post("/api/v1/arenas/chat/judgments", admin, "{\"id\":\"7\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\"}");
        String bootstrap = "/api/v1/arenas/chat/leaderboard?ci=bootstrap&bootstrap=50&scale=logit&ties=davidson";
        JsonNode lagged = get(bootstrap, null).json();
        assertThat(lagged.get("judgments").asLong()).isEqualTo(7);
        assertThat(lagged.get("intervals").get("judgments").asLong()).isIn(6L, 7L);
        JsonNode waited = get(bootstrap + "&wait=true", null).json();
        assertThat(waited.get("intervals").toString()).isEqualTo("{\"judgments\":7,\"pending\":false}");
        assertThat(waited.get("items").get(0).has("ci")).isTrue();
        assertProblem(get(bootstrap + "&wait=perhaps", null), 400, "wait must be true or false");
        assertThat(get("/api/v1/arenas/chat/leaderboard?ci=sandwich", null).json().has("intervals")).isFalse();
        assertThat(get("/api/v1/arenas/chat/leaderboard?ci=none", null).json().get("uncertainty").get("method").asText())
                .isEqualTo("none");
        assertProblem(get("/api/v1/arenas/chat/leaderboard?ci=magic", null), 400, "magic");
        assertProblem(get("/api/v1/arenas/chat/leaderboard?bootstrap=many", null), 400, "bootstrap");
    }

    // ------------------------------------------------------------------------------------------
    // Bulk ingest

    @Test
    void bulkIngestIsIdempotentAndAllOrNothing() throws Exception {
        createChatArena();
        Reply array = post("/api/v1/arenas/chat/judgments", admin, "[{\"id\":\"j1\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\","
                + "\"judge\":\"gpt-judge\",\"time\":\"2026-11-22T10:00:00Z\",\"category\":\"code\"},"
                + "{\"id\":\"j2\",\"a\":\"y\",\"b\":\"z\",\"outcome\":\"both_bad\",\"time\":1700000000000},"
                + "{\"id\":\"j1\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\"}]");
        assertThat(array.status()).as(array.body()).isEqualTo(200);
        assertThat(array.json().get("stored").asInt()).isEqualTo(2);
        assertThat(array.json().get("duplicates").toString()).isEqualTo("[\"j1\"]");
        // x never lost: no finite maximum-likelihood estimate, a 422 that suggests the prior
        assertProblem(get("/api/v1/arenas/chat/leaderboard", null), 422, "prior=2");

        String judge = post("/api/v1/tokens", admin, "{\"role\":\"judge\"}").json().get("token").asText();
        Reply lines = post("/api/v1/arenas/chat/judgments", judge, "{\"id\":\"j2\",\"a\":\"y\",\"b\":\"z\",\"outcome\":\"tie\"}\n\n"
                + "{\"id\":\"j3\",\"a\":\"z\",\"b\":\"x\",\"outcome\":\"b\"}\r\n");
        assertThat(lines.status()).as(lines.body()).isEqualTo(200);
        assertThat(lines.json().get("stored").asInt()).isEqualTo(1);
        assertThat(lines.json().get("duplicates").toString()).isEqualTo("[\"j2\"]");
        assertThat(leaderboardJudgments()).isEqualTo(3);

        // one bad record rejects the whole batch, and the problem names it
        assertProblem(post("/api/v1/arenas/chat/judgments", judge, "[{\"id\":\"k1\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\"},"
                + "{\"id\":\"k2\",\"a\":\"x\",\"b\":\"ghost\",\"outcome\":\"a\"}]"), 404, "judgment 2 (id 'k2')");
        assertProblem(post("/api/v1/arenas/chat/judgments", judge, "{\"id\":\"k1\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\"}\n"
                + "{\"id\":\"k2\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"win\"}"), 400, "judgment 2 (line 2) (id 'k2')");
        assertProblem(post("/api/v1/arenas/chat/judgments", judge, "{\"id\":\"k1\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\"}\n"
                + "{\"id\":\"k2\",\"a\":\"x\",\"b\":"), 400, "line 2");
        assertThat(leaderboardJudgments()).isEqualTo(3);
        Reply export = get("/api/v1/arenas/chat/judgments", admin);
        assertThat(export.body()).doesNotContain("k1").doesNotContain("k2");
    }

    @Test
    void exportsTheLogAsJsonLinesAndCsv() throws Exception {
        createChatArena();
        post("/api/v1/arenas/chat/judgments", admin, "[{\"id\":\"j1\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\","
                + "\"judge\":\"gpt, the judge\",\"time\":\"2026-11-22T10:00:00Z\",\"category\":\"code\"},"
                + "{\"id\":\"j2\",\"a\":\"y\",\"b\":\"z\",\"outcome\":\"both_bad\"}]");
        Reply jsonl = get("/api/v1/arenas/chat/judgments?format=jsonl", admin);
        assertThat(jsonl.status()).isEqualTo(200);
        assertThat(jsonl.contentType()).startsWith("application/x-ndjson");
        String[] lines = jsonl.body().split("\n");
        assertThat(lines).hasSize(2);
        JsonNode first = MAPPER.readTree(lines[0]);
        assertThat(first.get("seq").asLong()).isEqualTo(1);
        assertThat(first.get("id").asText()).isEqualTo("j1");
        assertThat(first.get("outcome").asText()).isEqualTo("a");
        assertThat(first.get("judge").asText()).isEqualTo("gpt, the judge");
        assertThat(first.get("time").asText()).isEqualTo("2026-11-22T10:00:00Z");
        assertThat(first.get("category").asText()).isEqualTo("code");
        assertThat(MAPPER.readTree(lines[1]).get("outcome").asText()).isEqualTo("both_bad");

        Reply csv = get("/api/v1/arenas/chat/judgments?format=csv", admin);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("seq,id,a,b,outcome,judge,time,category,battle,propensity,weight\n"
                + "1,j1,x,y,a,\"gpt, the judge\",2026-11-22T10:00:00Z,code,,,\n2,j2,y,z,both_bad,,");
        assertProblem(get("/api/v1/arenas/chat/judgments?format=xml", admin), 400, "xml");
    }

    // ------------------------------------------------------------------------------------------
    // Access

    @Test
    void eachAccessRuleIsEnforced() throws Exception {
        createChatArena();
        String judge = post("/api/v1/tokens", admin, "{\"role\":\"judge\"}").json().get("token").asText();
        String arena = "{\"id\":\"other\",\"name\":\"Other\"}";
        // no token, an unknown token, a judge token where admin is needed
        assertProblem(post("/api/v1/arenas", null, arena), 401, "Bearer");
        assertProblem(post("/api/v1/arenas", "not-a-real-token-at-all", arena), 401, "unknown token");
        assertProblem(post("/api/v1/arenas", judge, arena), 403, "admin");
        assertProblem(send(plain, "PUT", "/api/v1/arenas/chat/items/w", judge, "{\"name\":\"W\"}"), 403, "admin");
        assertProblem(send(plain, "PUT", "/api/v1/arenas/chat/items/w", null, "{\"name\":\"W\"}"), 401, "Bearer");
        assertProblem(post("/api/v1/arenas/chat/prompts", judge, "{\"id\":\"p9\",\"text\":\"t\",\"responses\":{}}"), 403, "admin");
        assertProblem(post("/api/v1/tokens", judge, "{\"role\":\"judge\"}"), 403, "admin");
        assertProblem(post("/api/v1/tokens", null, "{\"role\":\"judge\"}"), 401, "Bearer");
        assertProblem(post("/api/v1/tokens", admin, "{\"role\":\"admin\"}"), 400, "admin");
        // bulk ingest and export need a judge (or the admin)
        String one = "[{\"id\":\"j1\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\"}]";
        assertProblem(post("/api/v1/arenas/chat/judgments", null, one), 401, "Bearer");
        assertThat(post("/api/v1/arenas/chat/judgments", judge, one).status()).isEqualTo(200);
        assertProblem(get("/api/v1/arenas/chat/judgments", null), 401, "Bearer");
        assertThat(get("/api/v1/arenas/chat/judgments", judge).status()).isEqualTo(200);
        assertProblem(send(plain, "GET", "/api/v1/arenas/chat/judgments", null, null).raw().headers()
                .firstValue("WWW-Authenticate").isPresent() ? get("/api/v1/arenas/chat/judgments", null)
                : null, 401, "Bearer");

        // voters: a battle takes one vote, and only from its own session
        HttpClient alice = browser();
        HttpClient bob = browser();
        long battle = send(alice, "POST", "/api/v1/arenas/chat/battles", null, null).json().get("battle").asLong();
        String vote = "/api/v1/arenas/chat/battles/" + battle + "/vote";
        assertProblem(send(bob, "POST", vote, null, "{\"outcome\":\"b\"}"), 403, "another session");
        assertProblem(send(plain, "POST", vote, null, "{\"outcome\":\"b\"}"), 403, "another session");
        assertProblem(send(plain, "POST", vote, judge, "{\"outcome\":\"b\"}"), 403, "another session");
        assertThat(send(alice, "POST", vote, null, "{\"outcome\":\"tie\"}").status()).isEqualTo(200);
        assertProblem(send(alice, "POST", vote, null, "{\"outcome\":\"a\"}"), 409, "already");
        // a forged cookie is not a session: a new one is issued, which does not own the battle
        HttpClient forger = HttpClient.newHttpClient();
        HttpRequest forged = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + vote))
                .header("Cookie", Sessions.COOKIE + "=someone.forgedsignature")
                .POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"a\"}")).build();
        assertThat(forger.send(forged, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        // a token holder votes in the token's own session
        long judgeBattle = send(plain, "POST", "/api/v1/arenas/chat/battles", judge, null).json().get("battle").asLong();
        assertProblem(send(alice, "POST", "/api/v1/arenas/chat/battles/" + judgeBattle + "/vote", null,
                "{\"outcome\":\"a\"}"), 403, "another session");
        assertThat(send(plain, "POST", "/api/v1/arenas/chat/battles/" + judgeBattle + "/vote", judge,
                "{\"outcome\":\"a\"}").status()).isEqualTo(200);
        // voters cannot call admin endpoints with their cookie
        assertProblem(send(alice, "POST", "/api/v1/arenas", null, arena), 401, "Bearer");
    }

    @Test
    void adminTokenIsWrittenOwnerOnly() throws Exception {
        Path file = dataDirectory.resolve(OrdinalServer.ADMIN_TOKEN_FILE);
        assertThat(server.adminTokenCreated()).isTrue();
        assertThat(Files.readString(file).strip()).isEqualTo(admin);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(
                dataDirectory.resolve(OrdinalServer.SESSION_SECRET_FILE)))).isEqualTo("rw-------");
        server.close();
        server = OrdinalServer.start(reused());
        assertThat(server.adminToken()).isEqualTo(admin);
        assertThat(server.adminTokenCreated()).isFalse();
        server.close();
        server = OrdinalServer.start(reused()
                .withAdminToken(Optional.of("from-the-environment-0123456789")));
        assertThat(post("/api/v1/arenas", "from-the-environment-0123456789", "{\"id\":\"e\"}").status()).isEqualTo(201);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> reused().withAdminToken(Optional.of("too-short")))
                .hasMessageContaining("ORDINAL_ADMIN_TOKEN").hasMessageContaining("at least 16 characters, got 9");
    }

    @Test
    void battlesAndVotesAreRateLimited() throws Exception {
        server.close();
        server = OrdinalServer.start(reused()
                .withLimits(new ServerConfig.Limit(3, 0.01), new ServerConfig.Limit(100, 100)));
        createChatArena();
        HttpClient voter = browser();
        for (int i = 0; i < 3; i++) {
            assertThat(send(voter, "POST", "/api/v1/arenas/chat/battles", null, null).status()).isEqualTo(201);
        }
        Reply limited = send(voter, "POST", "/api/v1/arenas/chat/battles", null, null);
        assertProblem(limited, 429, "retry");
        assertThat(Long.parseLong(limited.raw().headers().firstValue("Retry-After").orElseThrow())).isPositive();
        // another session is not limited by this one's bucket
        assertThat(send(browser(), "POST", "/api/v1/arenas/chat/battles", null, null).status()).isEqualTo(201);

        server.close();
        server = OrdinalServer.start(reused()
                .withLimits(new ServerConfig.Limit(100, 100), new ServerConfig.Limit(2, 0.01)));
        send(browser(), "POST", "/api/v1/arenas/chat/battles", null, null);
        send(browser(), "POST", "/api/v1/arenas/chat/battles", null, null);
        assertProblem(send(browser(), "POST", "/api/v1/arenas/chat/battles", null, null), 429, "retry");
        // X-Forwarded-For is ignored unless the peer is a trusted proxy...
        assertProblem(forwardedBattle("203.0.113.7"), 429, "retry");

        // ...and then names the client: each client has its own bucket, a forged left-most hop changes nothing
        server.close();
        server = OrdinalServer.start(reused().withLimits(new ServerConfig.Limit(100, 100), new ServerConfig.Limit(2, 0.01))
                .withTrustedProxies(Set.of("127.0.0.1")));
        for (int i = 0; i < 2; i++) {
            assertThat(forwardedBattle("203.0.113.7").status()).isEqualTo(201);
        }
        assertProblem(forwardedBattle("203.0.113.7"), 429, "retry");
        assertProblem(forwardedBattle("198.51.100.1, 203.0.113.7"), 429, "retry");
        assertThat(forwardedBattle("203.0.113.8").status()).isEqualTo(201);
    }

    /** A battle request as a reverse proxy would pass it on for {@code forwardedFor}. */
    private Reply forwardedBattle(String forwardedFor) throws Exception {
        HttpClient client = browser();
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port()
                        + "/api/v1/arenas/chat/battles")).header("X-Forwarded-For", forwardedFor)
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response);
    }

    // ------------------------------------------------------------------------------------------
    // Bad input

    @Test
    void badInputIsAProblemDocumentNeverA5xx() throws Exception {
        createChatArena();
        assertProblem(post("/api/v1/arenas", admin, "{\"id\": \"broken\""), 400, "malformed JSON");
        assertProblem(post("/api/v1/arenas", admin, "[1, 2]"), 400, "JSON object");
        assertProblem(post("/api/v1/arenas", admin, ""), 400, "empty");
        assertProblem(post("/api/v1/arenas", admin, "{\"name\":\"no id\"}"), 400, "'id'");
        assertProblem(post("/api/v1/arenas", admin, "{\"id\":42}"), 400, "must be a string");
        assertProblem(post("/api/v1/arenas", admin, "{\"id\":\"chat\"}"), 409, "chat");
        assertProblem(post("/api/v1/arenas/nowhere/battles", null, null), 404, "unknown arena 'nowhere'");
        assertProblem(get("/api/v1/arenas/nowhere/leaderboard", null), 404, "nowhere");
        assertProblem(send(plain, "PUT", "/api/v1/arenas/nowhere/items/x", admin, "{\"name\":\"X\"}"), 404, "nowhere");
        assertProblem(post("/api/v1/arenas/chat/prompts", admin, "{\"id\":\"p3\",\"text\":\"t\",\"responses\":{\"ghost\":\"boo\"}}"),
                404, "ghost");
        assertProblem(post("/api/v1/arenas/chat/prompts", admin, "{\"id\":\"p3\",\"text\":\"t\",\"responses\":[]}"),
                400, "responses");
        assertProblem(post("/api/v1/arenas/chat/judgments", admin, "[{\"id\":\"s\",\"a\":\"x\",\"b\":\"x\",\"outcome\":\"a\"}]"),
                400, "compared with itself");
        assertProblem(post("/api/v1/arenas/chat/judgments", admin, "[{\"id\":\"s\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"A wins\"}]"),
                400, "outcome 'A wins'");
        assertProblem(post("/api/v1/arenas/chat/judgments", admin, "[{\"id\":\"s\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\",\"time\":\"yesterday\"}]"),
                400, "yesterday");
        assertProblem(post("/api/v1/arenas/chat/judgments", admin, "[{\"id\":\"s\",\"a\":\"x\",\"b\":\"nobody\",\"outcome\":\"a\"}]"),
                404, "nobody");
        assertProblem(post("/api/v1/arenas/chat/judgments", admin, "[]"), 400, "no judgments");
        HttpClient voter = browser();
        long battle = send(voter, "POST", "/api/v1/arenas/chat/battles", null, null).json().get("battle").asLong();
        assertProblem(send(voter, "POST", "/api/v1/arenas/chat/battles/" + battle + "/vote", null, "{\"outcome\":\"left\"}"),
                400, "outcome 'left'");
        assertProblem(send(voter, "POST", "/api/v1/arenas/chat/battles/" + battle + "/vote", null, "{outcome: a}"),
                400, "malformed JSON");
        assertProblem(send(voter, "POST", "/api/v1/arenas/chat/battles/abc/vote", null, "{\"outcome\":\"a\"}"), 400, "abc");
        assertProblem(send(voter, "POST", "/api/v1/arenas/chat/battles/99999/vote", null, "{\"outcome\":\"a\"}"), 404, "99999");
        assertProblem(get("/api/v1/nothing/here", null), 404, "no route");
        // oversized bodies: 413, on a small endpoint and on bulk ingest
        String big = "{\"id\":\"big\",\"name\":\"" + "x".repeat(2 << 20) + "\"}";
        assertProblem(post("/api/v1/arenas", admin, big), 413, "larger than");
        server.close();
        server = OrdinalServer.start(reused().withBodyLimits(1 << 20, 1000));
        StringBuilder many = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            many.append("{\"id\":\"m").append(i).append("\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\"}\n");
        }
        assertProblem(post("/api/v1/arenas/chat/judgments", admin, many.toString()), 413, "1000 bytes");
        assertThat(leaderboardJudgments()).isZero();
        // an arena with no playable prompt cannot issue a battle
        post("/api/v1/arenas", admin, "{\"id\":\"empty\"}");
        assertProblem(post("/api/v1/arenas/empty/battles", null, null), 409, "no prompt");
        assertThat(get("/api/v1/arenas/empty/leaderboard", null).json().get("judgments").asLong()).isZero();
    }

    // ------------------------------------------------------------------------------------------
    // Operations

    @Test
    void healthMetricsAndOpenApi() throws Exception {
        Reply health = get("/healthz", null);
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.json().get("status").asText()).isEqualTo("ok");

        createChatArena();
        post("/api/v1/arenas/chat/judgments", admin, "[{\"id\":\"j1\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\"}]");
        get("/api/v1/arenas/nowhere/leaderboard", null);
        Reply metrics = get("/metrics", null);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body())
                .contains("# TYPE ordinal_http_requests_total counter")
                .contains("ordinal_http_requests_total{method=\"POST\",route=\"/api/v1/arenas/{arena}/judgments\",status=\"200\"} 1")
                .contains("route=\"/api/v1/arenas/{arena}/leaderboard\",status=\"404\"} 1")
                .contains("ordinal_judgments_stored_total 1")
                .contains("ordinal_arena_judgments{arena=\"chat\"} 1");

        Reply openapi = get("/api/openapi.json", null);
        assertThat(openapi.status()).isEqualTo(200);
        JsonNode doc = openapi.json();
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        Set<String> documented = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = doc.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fieldNames().forEachRemaining(method -> documented.add(method.toUpperCase() + " " + path.getKey()));
        }
        List<String> routes = new ArrayList<>(List.of("GET /healthz", "GET /metrics", "GET /api/openapi.json",
                "POST /api/v1/tokens", "GET /api/v1/arenas", "POST /api/v1/arenas", "PATCH /api/v1/arenas/{arena}",
                "PUT /api/v1/arenas/{arena}/items/{item}",
                "POST /api/v1/arenas/{arena}/prompts", "POST /api/v1/arenas/{arena}/battles",
                "POST /api/v1/arenas/{arena}/battles/{battle}/vote", "POST /api/v1/arenas/{arena}/judgments",
                "GET /api/v1/arenas/{arena}/judgments", "GET /api/v1/arenas/{arena}/leaderboard",
                "GET /api/v1/arenas/{arena}/audit", "GET /api/v1/registry"));
        assertThat(documented).containsExactlyInAnyOrderElementsOf(routes);
    }

    @Test
    void cookiePostsNeedTheCsrfToken() throws Exception {
        createChatArena();
        HttpClient voter = browser();
        Reply first = send(voter, "POST", "/api/v1/arenas/chat/battles", null, null);
        assertThat(first.status()).isEqualTo(201);
        String csrf = first.raw().headers().firstValue("X-CSRF-Token").orElseThrow();
        String vote = "/api/v1/arenas/chat/battles/" + first.json().get("battle").asLong() + "/vote";
        // the browser sends its cookie, but another site's page cannot read or send the token
        for (String header : new String[] {null, "", "forged", csrf + "x"}) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + vote))
                    .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"outcome\":\"a\"}"));
            if (header != null && !header.isEmpty()) {
                request.header("X-CSRF-Token", header);
            }
            HttpResponse<String> refused = voter.send(request.build(), HttpResponse.BodyHandlers.ofString());
            assertProblem(new Reply(refused.statusCode(), refused.headers().firstValue("Content-Type").orElse(""),
                    refused.body(), refused), 403, "X-CSRF-Token");
        }
        HttpResponse<String> noTokenBattle = voter.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + server.port() + "/api/v1/arenas/chat/battles")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(noTokenBattle.statusCode()).isEqualTo(403);
        // with the token the vote counts; the token is the page's too
        assertThat(send(voter, "POST", vote, null, "{\"outcome\":\"a\"}").status()).isEqualTo(200);
        Reply page = send(voter, "GET", "/arenas/chat", null, null);
        assertThat(page.body()).contains("<meta name=\"csrf-token\" content=\"" + csrf + "\">");
        // token-authenticated calls are exempt
        String judge = post("/api/v1/tokens", admin, "{\"role\":\"judge\"}").json().get("token").asText();
        long battle = post("/api/v1/arenas/chat/battles", judge, null).json().get("battle").asLong();
        assertThat(post("/api/v1/arenas/chat/battles/" + battle + "/vote", judge, "{\"outcome\":\"b\"}").status())
                .isEqualTo(200);
    }

    @Test
    void pagesShowAnswersAsTextNeverAsMarkup() throws Exception {
        assertThat(post("/api/v1/arenas", admin, "{\"id\":\"xss\",\"name\":\"<b>Bold</b> arena\"}").status())
                .isEqualTo(201);
        for (String item : List.of("x", "y")) {
            send(plain, "PUT", "/api/v1/arenas/xss/items/" + item, admin, "{\"name\":\"<img src=x onerror=alert(1)>\"}");
        }
        String evil = "<script>alert('pwned')</script>";
        assertThat(post("/api/v1/arenas/xss/prompts", admin, MAPPER.writeValueAsString(Map.of("id", "p", "text",
                "Say " + evil, "responses", Map.of("x", evil, "y", "</div><script src=//evil.example/x.js></script>"))))
                .status()).isEqualTo(201);
        HttpClient voter = browser();
        Reply list = send(voter, "GET", "/", null, null);
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.contentType()).startsWith("text/html");
        assertThat(list.body()).contains("&lt;b&gt;Bold&lt;/b&gt; arena").doesNotContain("<b>Bold");
        Reply page = send(voter, "GET", "/arenas/xss", null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.raw().headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'");
        assertThat(page.body()).contains("&lt;script&gt;alert(&#39;pwned&#39;)&lt;/script&gt;")
                .contains("&lt;/div&gt;&lt;script src=//evil.example/x.js&gt;&lt;/script&gt;")
                .doesNotContain("<script>alert").doesNotContain("<script src=//evil");
        // the only script is the static one
        assertThat(page.body().split("<script", -1)).hasSize(2);
        assertThat(page.body()).contains("<script src=\"/assets/arena.js\" defer></script>");
        long battle = Long.parseLong(page.body().replaceAll("(?s).*data-battle=\"(\\d+)\".*", "$1"));
        Reply vote = send(voter, "POST", "/api/v1/arenas/xss/battles/" + battle + "/vote", null, "{\"outcome\":\"a\"}");
        assertThat(vote.status()).as(vote.body()).isEqualTo(200);
        Reply board = send(voter, "GET", "/arenas/xss/leaderboard", null, null);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains("<span id=\"judgments\">1</span>").contains("<svg id=\"plot\"")
                .contains("&lt;img src=x onerror=alert(1)&gt;").doesNotContain("<img src=x");
        assertThat(send(plain, "GET", "/assets/arena.js", null, null).contentType()).startsWith("text/javascript");
        assertThat(send(plain, "GET", "/assets/ordinal.css", null, null).contentType()).startsWith("text/css");
        assertProblem(send(plain, "GET", "/assets/secret", null, null), 404, "secret");
        assertProblem(send(plain, "GET", "/arenas/nowhere", null, null), 404, "nowhere");
    }

    @Test
    void leaderboardPageWithoutJudgmentsAndWithAnUnbeatenModel() throws Exception {
        createChatArena();
        Reply empty = get("/arenas/chat/leaderboard", null);
        assertThat(empty.body()).contains("<span id=\"judgments\">0</span>").contains("No judgments yet");
        String one = "[{\"id\":\"j1\",\"a\":\"x\",\"b\":\"y\",\"outcome\":\"a\"}]";
        assertThat(post("/api/v1/arenas/chat/judgments", admin, one).status()).isEqualTo(200);
        Reply board = get("/arenas/chat/leaderboard", null);
        assertThat(board.status()).isEqualTo(200);
        assertThat(board.body()).contains("<span id=\"judgments\">1</span>")
                .contains("Bradley–Terry ratings on the Elo scale, 95% bootstrap intervals (1000 rounds")
                .contains("with a Gaussian prior (σ = 2) because some model has not lost yet")
                .contains("model-x").contains("<circle");
        // the page takes the API's options
        assertThat(get("/arenas/chat/leaderboard?ci=sandwich&level=0.9&prior=1", null).body())
                .contains("Bradley–Terry ratings on the Elo scale, 90% sandwich intervals, with a Gaussian prior (σ = 1).");
    }

    @Test
    void demoArenaIsInstalledOnce() throws Exception {
        assertThat(server.installDemo(2)).contains("59 models, 19 prompts");
        assertThat(server.installDemo(2)).contains("already stored");
        JsonNode arenas = get("/api/v1/arenas", null).json();
        assertThat(arenas).hasSize(1);
        server.close();
        server = OrdinalServer.start(reused());
        assertThat(server.installDemo(2)).contains("59 models, 19 prompts").contains("already stored");
        HttpClient voter = browser();
        Reply page = send(voter, "GET", OrdinalServer.demoPath(), null, null);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-battle=").contains("LLMFAO");
    }
}
