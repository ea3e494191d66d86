package dev.ordinal.uncertainty;

import dev.ordinal.error.Require;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.Identifiability;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.Objective;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The nonparametric bootstrap (Efron 1979) on collapsed data: each round redraws as many
 * judgments as there were from the observed cells (a multinomial over cells, so a round costs
 * O(cells), not O(judgments)) and refits. The refit starts at the full-data estimate and
 * iterates θ ← θ + M⁻¹∇(θ) with the full-data curvature M factored once (the chord method),
 * which converges in a few passes because a resample's curvature differs from M by O(1/√n);
 * a round that does not converge that way falls back to a full Newton fit.
 *
 * <p>Round r draws from its own generator seeded by (seed, r), so results are identical for any
 * number of threads. Without a prior, a resample can lose the finite MLE (an item that wins all
 * its resampled games); such rounds are counted and left out, never silently absorbed.
 */
public final class Bootstrap {
    private static final int CHORD_ITERATIONS = 100;

    private final int rounds;
    private final long seed;
    private final int threads;

    public Bootstrap(int rounds, long seed, int threads) {
        Require.atLeast("bootstrap", rounds, 1);
        Require.atLeast("threads", threads, 1);
        this.rounds = rounds;
        this.seed = seed;
        this.threads = threads;
    }

    /** Runs every round; {@code progress} is told of each finished round (from any thread). */
    public BootstrapSample run(Fit fit, IntConsumer progress) {
        Likelihood likelihood = fit.likelihood();
        Objective objective = new Objective(likelihood, fit.options());
        double[] estimate = fit.parameters();
        // M⁻¹ of the full-data curvature, including the shift-fixing term, factored once.
        double[] inverse = Objective.inverse(objective.curvature(estimate));
        double[] observed = likelihood.cells();
        Multinomial multinomial = new Multinomial(observed, likelihood.observations());
        long observedEdges = Identifiability.supportEdgeCount(likelihood);
        int cellCount = observed.length;
        double[][] results = new double[rounds][];
        AtomicInteger done = new AtomicInteger();
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            pool.submit(() -> IntStream.range(0, rounds).parallel().forEach(round -> {
                double[] cells = new double[cellCount];
                multinomial.resample(generator(seed, round), cells);
                Likelihood resampled = likelihood.withCells(cells);
                boolean mayLackEstimate = !objective.hasPrior() && lostSupport(observed, cells)
                        && Identifiability.supportEdgeCount(resampled) < observedEdges;
                results[round] = refit(resampled, fit, inverse, estimate, mayLackEstimate);
                progress.accept(done.incrementAndGet());
            })).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("bootstrap interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("bootstrap failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            pool.shutdown();
        }
        int items = likelihood.itemCount();
        double[][] strengths = java.util.Arrays.stream(results).filter(r -> r != null)
                .map(r -> java.util.Arrays.copyOf(r, items)).toArray(double[][]::new);
        return new BootstrapSample(strengths, rounds, rounds - strengths.length);
    }

    /**
     * Whether some observed cell drew nothing. Support edges come from cells with positive weight,
     * so a resample's edges are a subset of the data's; if no cell, or at least no edge, was lost,
     * the resample's support graph is the data's, which was strongly connected (the fit succeeded
     * without a prior), and the finite MLE still exists. Only otherwise is the graph searched.
     */
    private static boolean lostSupport(double[] observed, double[] resampled) {
        for (int k = 0; k < observed.length; k++) {
            if (observed[k] > 0 && resampled[k] == 0) {
                return true;
            }
        }
        return false;
    }

    /** The refitted parameters of one resample, or null when it has no finite MLE. */
    private static double[] refit(Likelihood resampled, Fit fit, double[] inverse, double[] estimate,
                                  boolean mayLackEstimate) {
        if (mayLackEstimate && !Identifiability.hasFiniteEstimate(resampled)) {
            return null;
        }
        Objective objective = new Objective(resampled, fit.options());
        int p = estimate.length;
        int n = resampled.itemCount();
        double[] parameters = estimate.clone();
        double[] gradient = new double[p];
        double tolerance = fit.options().tolerance();
        for (int iteration = 0; iteration < CHORD_ITERATIONS; iteration++) {
            objective.gradient(parameters, gradient);
            double[] next = new double[p];
            for (int row = 0; row < p; row++) {
                double step = 0;
                int offset = row * p;
                for (int col = 0; col < p; col++) {
                    step += inverse[offset + col] * gradient[col];
                }
                next[row] = parameters[row] + step;
            }
            MaximumLikelihood.centre(next, n);
            double change = MaximumLikelihood.relativeChange(parameters, next);
            if (!resampled.feasible(next) || !Double.isFinite(change)) {
                break;
            }
            parameters = next;
            if (change < tolerance) {
                return parameters;
            }
        }
        Fit newton = MaximumLikelihood.fitFrom(resampled, fit.options(), estimate);
        return newton.converged() ? newton.parameters() : null;
    }

    /** A generator for round r: xoshiro256++ seeded from (seed, r) through SplitMix64 mixing. */
    static UniformRandomProvider generator(long seed, int round) {
        long state = seed ^ (0x9E3779B97F4A7C15L * (round + 1L));
        long[] words = new long[4];
        for (int k = 0; k < words.length; k++) {
            state += 0x9E3779B97F4A7C15L;
            words[k] = mix64(state);
        }
        return RandomSource.XO_SHI_RO_256_PP.create(words);
    }

    /** SplitMix64's output function (Steele, Lea &amp; Flood, OOPSLA 2014). */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
