package dev.ordinal.bench;

import dev.ordinal.io.BallotFiles;
import dev.ordinal.io.BallotReadOptions;
import dev.ordinal.io.LoadedBallots;
import dev.ordinal.vote.Ballots;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SplittableRandom;
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
 * Collapsing 1,000,000 ballots over 10 candidates into a {@link Ballots} profile. The ballots are
 * drawn in setup, seed 7, under impartial culture (every strict order equally likely, so most of
 * them are distinct: about 870,000 of the 10! = 3,628,800 orders), the hard case for the
 * collapsing map. {@code build} feeds complete strict ballots to {@link Ballots.Builder};
 * {@code readPrefLib} and {@code readCsv} parse the same ballots truncated to a random length
 * (1 to 10 candidates) from a .soi file of one line per ballot and from a ballots CSV with a
 * {@code ballot} column, both written to temporary files in setup. Ballots per second is
 * 1,000,000 / (ms/op ÷ 1000).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class ProfileBenchmark {
    static final int BALLOTS = 1_000_000;
    static final int CANDIDATES = 10;
    static final long SEED = 7;

    /** Ballot {@code v} ranks {@code orders[v * CANDIDATES + k]} in place {@code k}. */
    private int[] orders;
    /** How many candidates ballot {@code v} ranks in the files (its order truncated). */
    private int[] lengths;
    private Path soi;
    private Path csv;

    @Setup(Level.Trial)
    public void drawBallots() throws IOException {
        SplittableRandom random = new SplittableRandom(SEED);
        orders = new int[BALLOTS * CANDIDATES];
        lengths = new int[BALLOTS];
        for (int v = 0; v < BALLOTS; v++) {
            int start = v * CANDIDATES;
            for (int k = 0; k < CANDIDATES; k++) {
                orders[start + k] = k;
            }
            for (int k = CANDIDATES - 1; k > 0; k--) {
                int j = random.nextInt(k + 1);
                int swap = orders[start + k];
                orders[start + k] = orders[start + j];
                orders[start + j] = swap;
            }
            lengths[v] = 1 + random.nextInt(CANDIDATES);
        }
        soi = Files.createTempFile("ordinal-bench-ballots-", ".soi");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(soi, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("# DATA TYPE: soi\n# NUMBER ALTERNATIVES: " + CANDIDATES + "\n");
            for (int c = 1; c <= CANDIDATES; c++) {
                out.write("# ALTERNATIVE NAME " + c + ": c" + c + "\n");
            }
            writeBallots(out, "1: ", ",", "");
        }
        csv = Files.createTempFile("ordinal-bench-ballots-", ".csv");
        try (Writer out = new BufferedWriter(Files.newBufferedWriter(csv, StandardCharsets.UTF_8), 1 << 16)) {
            out.write("ballot\n");
            writeBallots(out, "", ">", "c");
        }
        System.out.printf("%n%d ballots, %d distinct complete orders, %d distinct truncated orders%n", BALLOTS,
                build().size(), readPrefLib().ballots().size());
    }

    /** One line per ballot: its truncated order, candidate k written as {@code candidatePrefix + (k + 1)}. */
    private void writeBallots(Writer out, String prefix, String separator, String candidatePrefix) throws IOException {
        StringBuilder line = new StringBuilder();
        for (int v = 0; v < BALLOTS; v++) {
            line.setLength(0);
            line.append(prefix);
            for (int k = 0; k < lengths[v]; k++) {
                if (k > 0) {
                    line.append(separator);
                }
                line.append(candidatePrefix).append(orders[v * CANDIDATES + k] + 1);
            }
            out.write(line.append('\n').toString());
        }
    }

    @TearDown(Level.Trial)
    public void deleteFiles() {
        BenchData.delete(soi);
        BenchData.delete(csv);
    }

    @Benchmark
    public Ballots build() {
        Ballots.Builder builder = Ballots.builder();
        for (int c = 1; c <= CANDIDATES; c++) {
            builder.candidate("c" + c);
        }
        int[][] groups = new int[CANDIDATES][1];
        for (int v = 0; v < BALLOTS; v++) {
            for (int k = 0; k < CANDIDATES; k++) {
                groups[k][0] = orders[v * CANDIDATES + k];
            }
            builder.add(groups, 1.0);
        }
        return builder.build();
    }

    @Benchmark
    public LoadedBallots readPrefLib() {
        return BallotFiles.read(List.of(soi.toString()), BallotReadOptions.defaults());
    }

    @Benchmark
    public LoadedBallots readCsv() {
        return BallotFiles.read(List.of(csv.toString()), BallotReadOptions.defaults());
    }
}
