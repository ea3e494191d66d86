package dev.ordinal.bench;

import dev.ordinal.app.Registries;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.Identifiability;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.uncertainty.Bootstrap;
import dev.ordinal.uncertainty.BootstrapSample;
import dev.ordinal.uncertainty.Multinomial;
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
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of one bootstrap round on the table of 2,000,000 battles, single-threaded.
 * {@code round}: {@code Bootstrap(rounds = 50, seed, threads = 1).run(fit)} divided by 50
 * ({@link OperationsPerInvocation}), so the score is ms per round including the per-run set-up
 * (inverse curvature, multinomial tables) spread over 50 rounds. {@code resample}: the
 * multinomial redraw of 2,000,000 judgments over the cells alone, O(cells + √judgments).
 * {@code runOfOneRound}: {@code Bootstrap(rounds = 1, …).run}, i.e. the per-run set-up plus one
 * round; with {@code round} it separates the fixed cost from the marginal cost of a round.
 * {@code withCells} and {@code finiteEstimateCheck}: the other per-round steps, building the
 * resampled likelihood and checking that its MLE exists (run whenever a resample empties a cell).
 * {@code gradient}: one pass of the likelihood's gradient over the pairs, the unit of work of each
 * chord iteration of a refit (plus a 200 × 200 matrix-vector product); (round − resample) ÷
 * gradient estimates how many passes a refit takes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 3)
public class BootstrapBenchmark {
    static final int ROUNDS = 50;

    /** model/ties, as {@code ordinal rank --model M --ties T}. */
    @Param({"bt/half"})
    public String model;

    private Fit fit;
    private Likelihood likelihood;
    private double[] estimate;
    private double[] gradient;
    private Likelihood resampled;
    private Multinomial multinomial;
    private double[] cells;
    private UniformRandomProvider rng;
    private long seed;

    @Setup(Level.Trial)
    public void fitTable() {
        ComparisonTable table = BenchData.table();
        String[] parts = model.split("/");
        likelihood = Registries.models().create(parts[0], Map.of("ties", parts[1])).likelihood(table);
        fit = MaximumLikelihood.fit(likelihood, table.items(), FitOptions.defaults());
        rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {0x0DDBA11L, 7L, 0xC0FFEEL, 42L});
        multinomial = new Multinomial(likelihood.cells(), likelihood.observations());
        cells = new double[likelihood.cells().length];
        estimate = fit.parameters();
        gradient = new double[estimate.length];
        multinomial.resample(rng, cells);
        resampled = likelihood.withCells(cells.clone());
        System.out.printf("%n%s: %d likelihood cells, %d observations%n", model, cells.length,
                likelihood.observations());
    }

    @Benchmark
    @OperationsPerInvocation(ROUNDS)
    public BootstrapSample round() {
        // A new seed each call, so the JIT cannot learn one fixed sequence of resamples.
        return new Bootstrap(ROUNDS, ++seed, 1).run(fit, done -> { });
    }

    @Benchmark
    public BootstrapSample runOfOneRound() {
        return new Bootstrap(1, ++seed, 1).run(fit, done -> { });
    }

    @Benchmark
    public Multinomial multinomialTables() {
        return new Multinomial(likelihood.cells(), likelihood.observations());
    }

    @Benchmark
    public double[] resample() {
        multinomial.resample(rng, cells);
        return cells;
    }

    @Benchmark
    public double[] gradient() {
        likelihood.gradient(estimate, gradient);
        return gradient;
    }

    @Benchmark
    public Likelihood withCells() {
        return likelihood.withCells(cells);
    }

    @Benchmark
    public boolean finiteEstimateCheck() {
        return Identifiability.hasFiniteEstimate(resampled);
    }
}
