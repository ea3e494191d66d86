package dev.ordinal.bench;

import dev.ordinal.app.Registries;
import dev.ordinal.select.ArenaState;
import dev.ordinal.select.Battle;
import dev.ordinal.select.MatchmakingStrategy;
import java.util.Map;
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
 * What the propensity's Monte Carlo re-draws cost double Thompson sampling: one {@code dts}
 * proposal in {@link MatchmakingBenchmark}'s state (1,000 active items after 20,000 uniform
 * battles) for R = {@code draws} re-draws; R = 0 is the proposal alone with the floor propensity.
 * Microseconds per proposal.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class DoubleThompsonDrawsBenchmark {
    @Param({"0", "1", "2", "4", "8"})
    public String draws;

    @Param({"2", "4"})
    public int k;

    private ArenaState state;
    private MatchmakingStrategy matchmaking;
    private UniformRandomProvider random;

    @Setup(Level.Trial)
    public void setUp() {
        state = MatchmakingBenchmark.filledState(k);
        matchmaking = Registries.strategies().create("dts", Map.of("draws", draws));
        random = RandomSource.XO_RO_SHI_RO_128_PP.create(11L);
    }

    @Benchmark
    public Battle propose() {
        return matchmaking.propose(state, random);
    }
}
