package dev.ordinal.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.app.Registries;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.io.JudgmentFiles;
import dev.ordinal.io.LeaderboardWriter;
import dev.ordinal.io.LoadedPairwise;
import dev.ordinal.io.PairwiseColumns;
import dev.ordinal.io.ReadOptions;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import dev.ordinal.leaderboard.Scale;
import dev.ordinal.leaderboard.UncertaintyMethod;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clients post judgments over HTTP to a server in a child JVM ({@link CrashServerMain}) that is
 * killed with SIGKILL at a random moment and restarted, 20 times. Afterwards every acknowledged
 * judgment (a 2xx answer) is in the exported log exactly once, and the server's leaderboard
 * equals {@code ordinal rank --format json} on that exported log.
 *
 * <p>A client whose post got no answer (the server died under it) posts the same batch again
 * after the restart, as a real client would: the ids make the retry harmless, and it tests that
 * a batch stored just before the kill is not stored twice.
 */
class ServerCrashTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final String ADMIN = "crash-test-admin-token";
    private static final int KILLS = 20;
    private static final int CLIENTS = 4;
    private static final List<String> ITEMS = List.of("i0", "i1", "i2", "i3", "i4", "i5", "i6", "i7");
    private static final String[] OUTCOMES = {"a", "b", "tie", "both_bad"};
    /** The columns of the exported log, as {@code ordinal rank --a a --b b --winner outcome --outcomes ...}. */
    private static final String OUTCOME_MAPPING = "a=a,b=b,tie=tie,both_bad=both_bad";

    @TempDir
    Path temp;

    @Test
    void acknowledgedJudgmentsSurviveSigkillOnSqlite() throws Exception {
        run(Optional.empty());
    }

    @Test
    @EnabledIfEnvironmentVariable(named = "ORDINAL_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
    void acknowledgedJudgmentsSurviveSigkillOnPostgres() throws Exception {
        String url = System.getenv("ORDINAL_TEST_POSTGRES_URL");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        run(Optional.of(url));
    }

    // ------------------------------------------------------------------------------------------

    /** A server in a child JVM. */
    private record Child(Process process, int port) {
        String url(String path) {
            return "http://127.0.0.1:" + port + path;
        }
    }

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private Child startChild(Path data, Optional<String> db, int round) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                CrashServerMain.class.getName(), data.toString()));
        db.ifPresent(command::add);
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectError(ProcessBuilder.Redirect.appendTo(temp.resolve("child-stderr.log").toFile()));
        builder.environment().put("ORDINAL_ADMIN_TOKEN", ADMIN);
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("PORT ")) {
                return new Child(process, Integer.parseInt(line.substring(5).trim()));
            }
        }
        process.destroyForcibly().waitFor();
        throw new AssertionError("the server of round " + round + " exited with " + process.exitValue()
                + " before listening; stderr: " + Files.readString(temp.resolve("child-stderr.log")));
    }

    private String childErrors() throws IOException {
        Path log = temp.resolve("child-stderr.log");
        return Files.exists(log) ? Files.readString(log) : "";
    }

    private static void kill(Child child) throws InterruptedException {
        child.process().destroyForcibly(); // SIGKILL on POSIX
        assertThat(child.process().waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    private HttpResponse<String> send(Child child, String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(child.url(path))).timeout(Duration.ofSeconds(20))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", "Bearer " + token);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** One client: posts batches with fresh ids; a batch without an answer is posted again first. */
    private final class Client {
        final int number;
        final SplittableRandom random;
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        String pendingBody;
        List<String> pendingIds;
        int batches;

        Client(int number) {
            this.number = number;
            this.random = new SplittableRandom(1000L + number);
        }

        void post(Child child, String token, AtomicBoolean stop) {
            while (!stop.get()) {
                if (pendingBody == null) {
                    nextBatch();
                }
                HttpResponse<String> response;
                try {
                    response = send(child, "POST", "/api/v1/arenas/crash/judgments", token, pendingBody);
                } catch (IOException | InterruptedException e) {
                    return; // the server died; the batch stays pending, unacknowledged
                }
                if (response.statusCode() / 100 != 2) {
                    // A 503 while the server dies is allowed; anything else is a bug.
                    assertThat(response.statusCode()).as("%s %s", response.headers().map(), response.body()).isEqualTo(503);
                    return;
                }
                acknowledged.addAll(pendingIds);
                pendingBody = null;
            }
        }

        private void nextBatch() {
            int size = 1 + random.nextInt(20);
            ArrayNode batch = MAPPER.createArrayNode();
            pendingIds = new ArrayList<>();
            for (int k = 0; k < size; k++) {
                String id = "c" + number + "-" + batches + "-" + k;
                int a = random.nextInt(ITEMS.size());
                int b = (a + 1 + random.nextInt(ITEMS.size() - 1)) % ITEMS.size();
                ObjectNode judgment = batch.addObject().put("id", id).put("a", ITEMS.get(a)).put("b", ITEMS.get(b))
                        .put("outcome", OUTCOMES[random.nextInt(10) < 7 ? random.nextInt(2) : 2 + random.nextInt(2)])
                        .put("judge", "judge-" + number);
                if (k % 3 == 0) {
                    judgment.put("category", "cat-" + (k % 2));
                }
                pendingIds.add(id);
            }
            batches++;
            pendingBody = batch.toString();
        }
    }

    private static int acknowledgedSoFar(List<Client> clients) {
        return clients.stream().mapToInt(client -> client.acknowledged.size()).sum();
    }

    private static void awaitAcknowledged(List<Client> clients, int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (acknowledgedSoFar(clients) < count && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private void run(Optional<String> db) throws Exception {
        Path data = temp.resolve("data");
        SplittableRandom random = new SplittableRandom(20261122L);
        Child child = startChild(data, db, 0);
        String judge;
        try {
            assertThat(send(child, "POST", "/api/v1/arenas", ADMIN, "{\"id\":\"crash\",\"name\":\"Crash\"}").statusCode())
                    .isEqualTo(201);
            for (String item : ITEMS) {
                assertThat(send(child, "PUT", "/api/v1/arenas/crash/items/" + item, ADMIN, "{\"name\":\"" + item + "\"}")
                        .statusCode()).isEqualTo(200);
            }
            HttpResponse<String> token = send(child, "POST", "/api/v1/tokens", ADMIN, "{\"role\":\"judge\"}");
            assertThat(token.statusCode()).isEqualTo(201);
            judge = MAPPER.readTree(token.body()).get("token").asText();
        } catch (Throwable e) {
            kill(child);
            throw e;
        }

        List<Client> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            clients.add(new Client(c));
        }
        for (int round = 1; round <= KILLS; round++) {
            if (round > 1) {
                child = startChild(data, db, round);
            }
            AtomicBoolean stop = new AtomicBoolean();
            List<Thread> threads = new ArrayList<>();
            List<Throwable> failures = new ArrayList<>();
            for (Client client : clients) {
                Child running = child;
                Thread thread = new Thread(() -> client.post(running, judge, stop), "crash-client-" + client.number);
                thread.setUncaughtExceptionHandler((t, e) -> {
                    synchronized (failures) {
                        failures.add(e);
                    }
                });
                threads.add(thread);
                thread.start();
            }
            // Kill at a random moment after the round has made progress: on a loaded machine a fixed
            // delay may end before any batch is acknowledged, and the test would then exercise nothing.
            awaitAcknowledged(clients, acknowledgedSoFar(clients) + 5, Duration.ofSeconds(60));
            Thread.sleep(50 + random.nextInt(700));
            kill(child);
            stop.set(true);
            for (Thread thread : threads) {
                thread.join(30_000);
                assertThat(thread.isAlive()).as("client still running after the kill").isFalse();
            }
            assertThat(failures).as("client failures in round %d; the server's stderr:%n%s", round, childErrors()).isEmpty();
        }

        Set<String> acknowledged = new HashSet<>();
        clients.forEach(client -> acknowledged.addAll(client.acknowledged));
        assertThat(acknowledged).as("judgments acknowledged over %d kills", KILLS).hasSizeGreaterThan(100);

        child = startChild(data, db, KILLS + 1);
        try {
            // Every acknowledged judgment exactly once; seq contiguous from 1.
            HttpResponse<String> export = send(child, "GET", "/api/v1/arenas/crash/judgments?format=jsonl", judge, null);
            assertThat(export.statusCode()).isEqualTo(200);
            Path log = temp.resolve("exported.jsonl");
            Files.writeString(log, export.body());
            Map<String, Integer> times = new HashMap<>();
            long seq = 0;
            for (String line : export.body().split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode judgment = MAPPER.readTree(line);
                assertThat(judgment.get("seq").asLong()).isEqualTo(++seq);
                times.merge(judgment.get("id").asText(), 1, Integer::sum);
            }
            assertThat(times.values()).as("no id stored twice").allMatch(n -> n == 1);
            assertThat(times.keySet()).as("every acknowledged judgment is stored").containsAll(acknowledged);
            System.out.printf("crash test (%s): %d kills, %d judgments acknowledged, %d stored%n",
                    db.isPresent() ? "postgresql" : "sqlite", KILLS, acknowledged.size(), seq);

            // The server's leaderboard equals `ordinal rank --format json --ci none` on the exported log.
            HttpResponse<String> served = send(child, "GET", "/api/v1/arenas/crash/leaderboard?ci=none", judge, null);
            assertThat(served.statusCode()).as(served.body()).isEqualTo(200);
            JsonNode server = MAPPER.readTree(served.body());
            JsonNode cli = rankExported(log);
            assertThat(server.get("judgments").asLong()).isEqualTo(seq).isEqualTo(cli.get("judgments").asLong());
            assertThat(server.get("items").size()).isEqualTo(ITEMS.size()).isEqualTo(cli.get("items").size());
            for (int i = 0; i < ITEMS.size(); i++) {
                JsonNode fromServer = server.get("items").get(i);
                JsonNode fromCli = cli.get("items").get(i);
                assertThat(fromServer.get("name").asText()).isEqualTo(fromCli.get("name").asText());
                assertThat(fromServer.get("rating").asDouble()).isCloseTo(fromCli.get("rating").asDouble(), within(0.011));
                for (String count : List.of("rank", "wins", "losses", "ties", "comparisons")) {
                    assertThat(fromServer.get(count).asLong()).as(count).isEqualTo(fromCli.get(count).asLong());
                }
            }
        } finally {
            kill(child);
        }
    }

    /** What {@code ordinal rank LOG --a a --b b --winner outcome --outcomes ... --ci none --format json} prints. */
    private static JsonNode rankExported(Path log) {
        PairwiseColumns columns = PairwiseColumns.of("a", "b", "outcome", PairwiseColumns.parseOutcomes(OUTCOME_MAPPING));
        LoadedPairwise loaded = (LoadedPairwise) JudgmentFiles.read(log.toString(),
                ReadOptions.defaults().withColumns(columns), bytes -> { });
        StrengthModel model = Registries.models().create("bt");
        LeaderboardRequest request = LeaderboardRequest.defaults(model).withMethod(UncertaintyMethod.fromLabel("none"))
                .withScale(Scale.byName("elo", model)).withFit(FitOptions.defaults());
        Leaderboard board = Leaderboards.rank(loaded.table(), request);
        return LeaderboardWriter.toJson(board);
    }
}
