package dev.ordinal.bench;

import dev.ordinal.judgment.Outcome;
import dev.ordinal.server.OrdinalServer;
import dev.ordinal.server.ServerConfig;
import dev.ordinal.store.NewJudgment;
import dev.ordinal.store.Store;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The server over real HTTP ({@code java.net.http.HttpClient} on loopback) on the embedded
 * SQLite store (WAL, synchronous=FULL): every 200 answer means the judgments are durable.
 *
 * <ul>
 *   <li>{@code postSingle}: one judgment per {@code POST /judgments}, 16 client threads;
 *   <li>{@code postBatch100}: 100 judgments per post, 4 client threads.
 * </ul>
 * Both run in {@link Mode#Throughput} (posts per second: judgments per second is that score for
 * {@code postSingle} and 100 times it for {@code postBatch100}) and {@link Mode#SampleTime}
 * (latency of one post with its p50 and p99).
 *
 * <p>{@code leaderboardRatingsAfterWrite} ({@code ?ci=none}), {@code leaderboardSandwichAfterWrite}
 * ({@code ?ci=sandwich}) and {@code leaderboardBootstrapAfterWrite} ({@code ?ci=bootstrap&bootstrap=200};
 * the endpoint's default is a bootstrap of 1000 rounds: fresh ratings, intervals of the latest finished background bootstrap,
 * which competes for the two cores while the benchmark runs): before each
 * call one judgment is posted (not timed), so each leaderboard reflects a write; the arena holds
 * 2,000,000 judgments over 200 items, appended to the store directly in setup (the setup time is
 * printed on stderr) before the server starts and builds its table from the store.
 * <pre>java -jar ordinal-bench/target/benchmarks.jar ServerBenchmark -wi 1 -w 2 -i 2 -r 3</pre>
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class ServerBenchmark {
    static final String ADMIN = "bench-admin-token";
    static final int ITEMS = 200;
    static final int STORED = 2_000_000;

    static String item(int i) {
        return "model-" + i;
    }

    /** A server on a fresh temporary directory with one arena "bench" of 200 items. */
    abstract static class Running {
        final HttpClient http = HttpClient.newHttpClient();
        final AtomicLong nextId = new AtomicLong();
        Path directory;
        OrdinalServer server;
        String base;

        void start(int preloaded) throws IOException {
            directory = Files.createTempDirectory("ordinal-server-bench");
            long begin = System.nanoTime();
            try (Store store = Store.openSqlite(directory)) {
                store.createArena("bench", "Benchmark");
                for (int i = 0; i < ITEMS; i++) {
                    store.putItem("bench", item(i), item(i));
                }
                preload(store, preloaded);
            }
            long loaded = System.nanoTime();
            server = OrdinalServer.start(ServerConfig.defaults(directory).withAdminToken(Optional.of(ADMIN))
                    .withAddress("127.0.0.1", 0));
            base = "http://127.0.0.1:" + server.port() + "/api/v1/arenas/bench";
            if (preloaded > 0) {
                System.err.printf("%nsetup: %,d judgments appended to the store in %.1f s; server start (table from "
                        + "the store) %.1f s%n", preloaded, (loaded - begin) / 1e9, (System.nanoTime() - loaded) / 1e9);
            }
        }

        /** Bradley–Terry outcomes from spread-out strengths, in batches of 10,000, 8 appends in flight. */
        private static void preload(Store store, int count) {
            SplittableRandom random = new SplittableRandom(7);
            double[] strength = new double[ITEMS];
            for (int i = 0; i < ITEMS; i++) {
                strength[i] = 3.0 * i / ITEMS;
            }
            List<CompletableFuture<?>> inFlight = new ArrayList<>();
            for (int start = 0; start < count; start += 10_000) {
                List<NewJudgment> batch = new ArrayList<>(10_000);
                for (int k = start; k < Math.min(count, start + 10_000); k++) {
                    int a = random.nextInt(ITEMS);
                    int b = (a + 1 + random.nextInt(ITEMS - 1)) % ITEMS;
                    double u = random.nextDouble();
                    Outcome outcome = u < 0.1 ? Outcome.TIE
                            : random.nextDouble() < 1 / (1 + Math.exp(strength[b] - strength[a])) ? Outcome.A : Outcome.B;
                    batch.add(NewJudgment.of("pre-" + k, item(a), item(b), outcome));
                }
                inFlight.add(store.appendJudgments("bench", batch));
                if (inFlight.size() == 8) {
                    inFlight.remove(0).join();
                }
            }
            inFlight.forEach(CompletableFuture::join);
        }

        /** Posts {@code count} new judgments; throws unless the server answers 200 (stored durably). */
        String post(int count) throws IOException, InterruptedException {
            StringBuilder body = new StringBuilder(count * 64).append('[');
            for (int k = 0; k < count; k++) {
                long id = nextId.getAndIncrement();
                int a = (int) (id % ITEMS);
                int b = (int) ((a + 1 + (id * 31) % (ITEMS - 1)) % ITEMS);
                if (k > 0) {
                    body.append(',');
                }
                body.append("{\"id\":\"h").append(id).append("\",\"a\":\"").append(item(a)).append("\",\"b\":\"")
                        .append(item(b)).append("\",\"outcome\":\"").append(id % 2 == 0 ? "a" : "b").append("\"}");
            }
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/judgments"))
                    .header("Authorization", "Bearer " + ADMIN).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body.append(']').toString())).build(),
                    HttpResponse.BodyHandlers.ofString());
            return check(response);
        }

        String get(String path) throws IOException, InterruptedException {
            return check(http.send(HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        private static String check(HttpResponse<String> response) {
            if (response.statusCode() != 200) {
                throw new IllegalStateException(response.statusCode() + ": " + response.body());
            }
            return response.body();
        }

        void stop() throws IOException {
            server.close();
            try (Stream<Path> files = Files.walk(directory)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    /** An empty arena: the write benchmarks. */
    @State(Scope.Benchmark)
    public static class Empty extends Running {
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            start(0);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            stop();
        }
    }

    /** 2,000,000 judgments over 200 items: the leaderboard benchmarks. */
    @State(Scope.Benchmark)
    public static class Loaded extends Running {
        @Setup(Level.Trial)
        public void setUp() throws IOException {
            start(STORED);
        }

        /** The write each leaderboard must reflect (not timed). */
        @Setup(Level.Invocation)
        public void write() throws IOException, InterruptedException {
            post(1);
        }

        @TearDown(Level.Trial)
        public void tearDown() throws IOException {
            stop();
        }
    }

    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    @Threads(16)
    public String postSingle(Empty server) throws IOException, InterruptedException {
        return server.post(1);
    }

    @Benchmark
    @BenchmarkMode({Mode.Throughput, Mode.SampleTime})
    @Threads(4)
    public String postBatch100(Empty server) throws IOException, InterruptedException {
        return server.post(100);
    }

    @Benchmark
    @Threads(1)
    public String leaderboardRatingsAfterWrite(Loaded server) throws IOException, InterruptedException {
        return server.get("/leaderboard?ci=none");
    }

    @Benchmark
    @Threads(1)
    public String leaderboardSandwichAfterWrite(Loaded server) throws IOException, InterruptedException {
        return server.get("/leaderboard?ci=sandwich");
    }

    /** Fresh ratings with the latest finished bootstrap's intervals; the next bootstrap runs in the background meanwhile. */
    @Benchmark
    @Threads(1)
    public String leaderboardBootstrapAfterWrite(Loaded server) throws IOException, InterruptedException {
        return server.get("/leaderboard?ci=bootstrap&bootstrap=200");
    }
}
