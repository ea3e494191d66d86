package dev.ordinal.bench;

import dev.ordinal.app.Registries;
import dev.ordinal.select.ArenaState;
import dev.ordinal.select.Battle;
import dev.ordinal.select.MatchmakingStrategy;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
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
 * Time to propose one battle among 1,000 active items (the target: under 1 ms), per
 * strategy, pairwise and K = 4. The state is filled in setup with 20,000 uniformly random battles
 * (40 appearances per item when pairwise, 80 at K = 4) whose outcomes follow Bradley–Terry
 * strengths, and estimates set to those strengths with standard deviations 1 / √(1 + appearances),
 * so the bandits see a realistic mix of compared and uncompared pairs. Scores are microseconds per
 * proposal; the state is not changed by proposing.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class MatchmakingBenchmark {
    private static final int ITEMS = 1_000;
    private static final int FILL_BATTLES = 20_000;

    @Param({"uniform", "balanced", "ksort", "uncertainty", "info-gain", "thompson", "rucb", "dts"})
    public String strategy;

    @Param({"2", "4"})
    public int k;

    private ArenaState state;
    private MatchmakingStrategy matchmaking;
    private UniformRandomProvider random;

    @Setup(Level.Trial)
    public void setUp() {
        state = filledState(k);
        matchmaking = Registries.strategies().create(strategy);
        random = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
    }

    /** The benchmark's state: 1,000 items after 20,000 uniform battles, estimates set. */
    static ArenaState filledState(int k) {
        UniformRandomProvider fill = RandomSource.SPLIT_MIX_64.create(7);
        double[] strength = new double[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            strength[i] = 3.0 * i / ITEMS;
        }
        ArenaState state = new ArenaState(ITEMS, k);
        MatchmakingStrategy uniform = Registries.strategies().create("uniform");
        for (int b = 0; b < FILL_BATTLES; b++) {
            int[] items = uniform.propose(state, fill).items();
            // order by strength plus Gumbel noise: a Plackett–Luce draw
            double[] key = new double[k];
            for (int i = 0; i < k; i++) {
                key[i] = strength[items[i]] - Math.log(-Math.log(fill.nextDouble()));
            }
            int[][] groups = new int[k][];
            boolean[] used = new boolean[k];
            for (int place = 0; place < k; place++) {
                int best = -1;
                for (int i = 0; i < k; i++) {
                    if (!used[i] && (best < 0 || key[i] > key[best])) {
                        best = i;
                    }
                }
                used[best] = true;
                groups[place] = new int[] {items[best]};
            }
            state.record(groups);
        }
        double[] sd = new double[ITEMS];
        for (int i = 0; i < ITEMS; i++) {
            sd[i] = 1 / Math.sqrt(1 + state.appearances(i));
        }
        state.setEstimates(strength, sd);
        return state;
    }

    @Benchmark
    public Battle propose() {
        return matchmaking.propose(state, random);
    }
}
