package dev.ordinal.bench;

import dev.ordinal.app.Registries;
import dev.ordinal.rating.Match;
import dev.ordinal.rating.RatingSystem;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Updates per second of each online rating system, on one core: 10,000 games among 1,000 players,
 * either one-versus-one with random winners or four-player free-for-all with random finishing
 * orders. Scores are operations (games) per second; a fresh system replays the same games in each
 * invocation.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class RatingBenchmark {
    private static final int GAMES = 10_000;
    private static final int PLAYERS = 1_000;

    @Param({"elo", "glicko2", "trueskill", "openskill-pl", "openskill-bt-full", "openskill-bt-part",
        "openskill-tm-full", "openskill-tm-part"})
    public String system;

    /** {@code 1v1} or {@code ffa4}. */
    @Param({"1v1", "ffa4"})
    public String shape;

    private List<Match> games;

    @Setup(Level.Trial)
    public void setUp() {
        SplittableRandom random = new SplittableRandom(7);
        int teams = shape.equals("1v1") ? 2 : 4;
        games = new ArrayList<>(GAMES);
        for (int g = 0; g < GAMES; g++) {
            List<List<String>> lineup = new ArrayList<>();
            List<Integer> ranks = new ArrayList<>();
            java.util.Set<Integer> chosen = new java.util.HashSet<>();
            while (chosen.size() < teams) {
                chosen.add(random.nextInt(PLAYERS));
            }
            for (int player : chosen) {
                lineup.add(List.of("p" + player));
                ranks.add(1 + ranks.size());
            }
            java.util.Collections.shuffle(ranks, new java.util.Random(g));
            games.add(new Match("g" + g, Optional.empty(), lineup, ranks, Optional.empty()));
        }
    }

    @Benchmark
    @OperationsPerInvocation(GAMES)
    public RatingSystem replay() {
        RatingSystem ratings = Registries.ratings().create(system);
        for (Match game : games) {
            ratings.update(game);
        }
        return ratings;
    }
}
