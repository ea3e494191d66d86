package dev.ordinal.bench;

import dev.ordinal.app.Registries;
import dev.ordinal.vote.Ballots;
import dev.ordinal.vote.VoteResult;
import dev.ordinal.vote.VotingRule;
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
 * Schulze and Ranked Pairs on 1,000 candidates and 1,000 complete strict ballots, either
 * impartial culture (uniformly random rankings: margins small and heavily tied, many cycles) or
 * Mallows with dispersion φ = 0.95 around the identity (Mallows 1957, drawn by repeated
 * insertion: a strongly structured profile). The majority matrix is built once in the setup, as
 * {@link Ballots#majority()} caches it; each invocation is one {@code apply}, explanation
 * included, so the score is the rule's own cost: O(m³) widest paths for Schulze, the sort of m²
 * pairs plus incremental closure for Ranked Pairs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 5)
public class CondorcetBenchmark {
    private static final int CANDIDATES = 1_000;
    private static final int VOTERS = 1_000;
    private static final double DISPERSION = 0.95;

    @Param({"schulze", "ranked-pairs"})
    public String rule;

    /** {@code impartial} or {@code mallows}. */
    @Param({"impartial", "mallows"})
    public String culture;

    private Ballots ballots;
    private VotingRule votingRule;

    @Setup(Level.Trial)
    public void drawProfile() {
        SplittableRandom random = new SplittableRandom(2024);
        Ballots.Builder builder = Ballots.builder();
        for (int c = 0; c < CANDIDATES; c++) {
            builder.candidate("c" + c);
        }
        for (int v = 0; v < VOTERS; v++) {
            int[] order = culture.equals("mallows") ? mallows(random) : shuffled(random);
            int[][] groups = new int[CANDIDATES][];
            for (int i = 0; i < CANDIDATES; i++) {
                groups[i] = new int[] {order[i]};
            }
            builder.add(groups, 1);
        }
        ballots = builder.build();
        ballots.majority();
        votingRule = Registries.rules().create(rule);
        VoteResult check = votingRule.apply(ballots);
        System.out.printf("%n%s on %s: %d candidates, %d ballots, %d winner(s), %d ranking groups%n", rule, culture,
                CANDIDATES, VOTERS, check.winners().length, check.ranking().orElseThrow().size());
    }

    private static int[] shuffled(SplittableRandom random) {
        int[] order = new int[CANDIDATES];
        for (int i = 0; i < CANDIDATES; i++) {
            int j = random.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        return order;
    }

    /**
     * Repeated insertion: candidate i goes d places above the bottom of the i already placed with
     * probability ∝ φ^d, d = 0..i, drawn by inverting the truncated geometric distribution.
     */
    private static int[] mallows(SplittableRandom random) {
        int[] order = new int[CANDIDATES];
        double logDispersion = Math.log(DISPERSION);
        for (int i = 0; i < CANDIDATES; i++) {
            double tail = 1 - Math.pow(DISPERSION, i + 1);
            int up = (int) Math.min(i, Math.floor(Math.log(1 - random.nextDouble() * tail) / logDispersion));
            int position = i - up;
            System.arraycopy(order, position, order, position + 1, i - position);
            order[position] = i;
        }
        return order;
    }

    @Benchmark
    public VoteResult apply() {
        return votingRule.apply(ballots);
    }
}
