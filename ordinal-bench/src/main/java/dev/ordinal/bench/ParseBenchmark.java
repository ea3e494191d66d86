package dev.ordinal.bench;

import dev.ordinal.io.JudgmentFiles;
import dev.ordinal.io.LoadedJudgments;
import dev.ordinal.io.ReadOptions;
import java.nio.file.Path;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reading the 2,000,000-row arena CSV into a {@link dev.ordinal.judgment.ComparisonTable}: CSV
 * tokenising, item interning, outcome parsing and cell accumulation. Parse rate in rows/s is
 * 2,000,000 / (ms/op ÷ 1000). The file sits in the page cache after setup, so this is CPU cost.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ParseBenchmark {
    private Path csv;

    @Setup(Level.Trial)
    public void writeData() {
        csv = BenchData.writeCsv();
    }

    @TearDown(Level.Trial)
    public void deleteData() {
        BenchData.delete(csv);
    }

    @Benchmark
    public LoadedJudgments read() {
        return JudgmentFiles.read(csv.toString(), ReadOptions.defaults(), bytes -> { });
    }
}
