package dev.ordinal.bench;

import dev.ordinal.judgment.Outcome;
import dev.ordinal.store.NewJudgment;
import dev.ordinal.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Durable judgments per second on the embedded SQLite store (WAL, synchronous=FULL), in a fresh
 * temporary directory. Each call waits until its judgments are committed. {@code single*}: one
 * judgment per append, from 1 or 16 threads (16 threads share each commit through group commit);
 * {@code batch100}: appends of 100 judgments from 4 threads. Scores are judgments per second.
 * <pre>java -jar ordinal-bench/target/benchmarks.jar StoreBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = "-Dorg.slf4j.simpleLogger.defaultLogLevel=warn")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
public class StoreBenchmark {
    private static final String[] ITEMS = new String[200];
    private final AtomicLong nextId = new AtomicLong();
    private Path directory;
    private Store store;

    @Setup(Level.Trial)
    public void open() throws IOException {
        directory = Files.createTempDirectory("ordinal-store-bench");
        store = Store.openSqlite(directory);
        store.createArena("bench", "Benchmark");
        for (int i = 0; i < ITEMS.length; i++) {
            ITEMS[i] = "model-" + i;
            store.putItem("bench", ITEMS[i], ITEMS[i]);
        }
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        store.close();
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    private List<NewJudgment> judgments(int count) {
        List<NewJudgment> judgments = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            long id = nextId.getAndIncrement();
            int a = (int) (id % ITEMS.length);
            int b = (int) ((a + 1 + (id * 31) % (ITEMS.length - 1)) % ITEMS.length);
            judgments.add(NewJudgment.of("j" + id, ITEMS[a], ITEMS[b], Outcome.values()[(int) (id % 4)]));
        }
        return judgments;
    }

    @Benchmark
    @Threads(1)
    public Object singleOneThread() {
        return store.append("bench", judgments(1));
    }

    @Benchmark
    @Threads(16)
    public Object singleSixteenThreads() {
        return store.append("bench", judgments(1));
    }

    @Benchmark
    @Threads(4)
    @OperationsPerInvocation(100)
    public Object batch100() {
        return store.append("bench", judgments(100));
    }
}
