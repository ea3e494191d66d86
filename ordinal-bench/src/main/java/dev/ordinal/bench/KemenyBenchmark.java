package dev.ordinal.bench;

import dev.ordinal.vote.Ballots;
import dev.ordinal.vote.Kemeny;
import dev.ordinal.vote.VoteResult;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Exact Kemeny (the {@code kemeny} rule with its default exact limit of 22 candidates per
 * component) on 100 strict ballots over 10, 15 or 20 candidates, drawn with seed 7 from one of two
 * cultures: {@code impartial} (uniformly random orders, the hardest case: the majority graph is
 * usually one strongly connected component) or {@code mallows} (Mallows with dispersion φ = 0.5
 * around the order c0 > c1 > ..., drawn by repeated insertion: near consensus, so the majority graph
 * splits into small components). The time includes the majority matrix and the explanation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class KemenyBenchmark {
    private static final int VOTERS = 100;
    private static final double DISPERSION = 0.5;
    private static final long SEED = 7;

    @Param({"10", "15", "20"})
    public int candidates;

    /** {@code impartial} or {@code mallows}. */
    @Param({"impartial", "mallows"})
    public String culture;

    private final Kemeny kemeny = new Kemeny();
    private int[][][] ballots;

    @Setup(Level.Trial)
    public void drawBallots() {
        SplittableRandom random = new SplittableRandom(SEED);
        ballots = new int[VOTERS][][];
        for (int v = 0; v < VOTERS; v++) {
            int[] order = culture.equals("mallows") ? mallows(random) : uniform(random);
            int[][] groups = new int[candidates][];
            for (int i = 0; i < candidates; i++) {
                groups[i] = new int[] {order[i]};
            }
            ballots[v] = groups;
        }
        VoteResult check = kemeny();
        System.out.printf("%n%d candidates, %s: Kemeny order %s%n", candidates, culture, check.ranking().orElseThrow()
                .stream().map(group -> check.candidates().name(group[0])).toList());
    }

    @Benchmark
    public VoteResult kemeny() {
        Ballots.Builder builder = Ballots.builder();
        for (int c = 0; c < candidates; c++) {
            builder.candidate("c" + c);
        }
        for (int[][] ballot : ballots) {
            builder.add(ballot, 1);
        }
        return kemeny.apply(builder.build());
    }

    private int[] uniform(SplittableRandom random) {
        int[] order = new int[candidates];
        for (int i = 0; i < candidates; i++) {
            int j = random.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        return order;
    }

    /** Repeated insertion: candidate i goes j places above the bottom of the first i with probability ∝ φ^j. */
    private int[] mallows(SplittableRandom random) {
        int[] order = new int[candidates];
        for (int i = 0; i < candidates; i++) {
            double total = (1 - Math.pow(DISPERSION, i + 1)) / (1 - DISPERSION);
            double u = random.nextDouble() * total;
            int above = 0;
            double weight = 1;
            while (above < i && u >= weight) {
                u -= weight;
                weight *= DISPERSION;
                above++;
            }
            int position = i - above;
            System.arraycopy(order, position, order, position + 1, i - position);
            order[position] = i;
        }
        return order;
    }
}
