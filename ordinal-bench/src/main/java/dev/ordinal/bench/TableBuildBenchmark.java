package dev.ordinal.bench;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Collapsing the 2,000,000 benchmark battles into a {@link ComparisonTable} with its builder, one
 * {@code add} per judgment and no parsing: the cost of the cell counter alone. The battles are
 * generated once into primitive arrays, so only the builder is timed.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class TableBuildBenchmark {
    private int[] sideA;
    private int[] sideB;
    private Outcome[] outcomes;

    @Setup(Level.Trial)
    public void generate() {
        int battles = Math.toIntExact(BenchData.BATTLES);
        sideA = new int[battles];
        sideB = new int[battles];
        outcomes = new Outcome[battles];
        int[] next = new int[1];
        BenchData.battles().generate((a, b, outcome) -> {
            sideA[next[0]] = a;
            sideB[next[0]] = b;
            outcomes[next[0]++] = outcome;
        });
    }

    @Benchmark
    public ComparisonTable build() {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (int item = 0; item < BenchData.ITEMS; item++) {
            builder.item("model-" + item);
        }
        for (int k = 0; k < sideA.length; k++) {
            builder.add(sideA[k], sideB[k], outcomes[k], 1.0);
        }
        return builder.build();
    }
}
