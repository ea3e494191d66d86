package dev.ordinal.select;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.metric.RankingAgreement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.LongConsumer;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Simulates an arena to measure how many votes each matchmaking strategy needs. Per seed: draw a
 * {@link GroundTruth} and {@link SimulatedVoters}; then run the baseline — uniform random pairs
 * with online Elo, the comparison K-Sort Arena reports against (Z. Li et al., "K-Sort Arena",
 * arXiv:2408.14468, 2024) — and every chosen strategy fed by a {@link BradleyTerryMap} fit, each from the same
 * truth and the same voter and strategy random streams. Every run proposes a battle, validates it,
 * lets the voters order it, records it in the {@link ArenaState} and the estimator, refreshes the
 * estimates every {@code refitEvery} votes and at every checkpoint, where it measures τ, top-1,
 * top-t, interval width and coverage, and the bias of the plain and weighted fits.
 *
 * <p>Seeds run in parallel on {@code threads} threads; each seed's results depend only on its
 * seed, so the report is the same for any thread count. Cost per run: votes × (propose + O(K²))
 * plus (votes / refitEvery + checkpoints) fits of O(pairs + n³).
 */
public final class Simulation {
    /** The baseline's name in reports. */
    public static final String BASELINE = "uniform+elo";

    private static final int TAU = 0;
    private static final int TOP1 = 1;
    private static final int TOP_T = 2;
    private static final int WIDTH = 3;
    private static final int COVERAGE = 4;
    private static final int BIAS = 5;
    private static final int IPW_BIAS = 6;
    private static final int METRICS = 7;

    private final SimulationConfig config;
    private final Function<String, MatchmakingStrategy> strategies;
    private final long[] checkpoints;

    /**
     * @param strategies creates a strategy from its name (the CLI passes
     *                   {@code Registries.strategies()::create}); called once per run, and must know {@code uniform}
     */
    public Simulation(SimulationConfig config, Function<String, MatchmakingStrategy> strategies) {
        this.config = config;
        this.strategies = strategies;
        this.checkpoints = config.checkpointVotes();
    }

    /** Total votes a {@link #run} simulates, for progress bars. */
    public long totalVotes(List<String> names) {
        return (long) config.seeds() * (names.size() + 1) * config.votes();
    }

    /**
     * Runs the baseline and the named strategies.
     *
     * @param progress receives the number of votes simulated so far (from several threads, increasing)
     */
    public SimulationReport run(List<String> names, LongConsumer progress) {
        if (names.isEmpty()) {
            throw new InvalidParameterException("strategies", "", "at least one strategy name");
        }
        names.forEach(strategies::apply);
        AtomicLong done = new AtomicLong();
        double[][][][] perSeed = new double[config.seeds()][][][];
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(config.threads(), config.seeds()));
        try {
            List<Future<double[][][]>> futures = new ArrayList<>();
            for (int s = 0; s < config.seeds(); s++) {
                long seed = config.seed() + s;
                futures.add(pool.submit(() -> runSeed(seed, names, done, progress)));
            }
            for (int s = 0; s < perSeed.length; s++) {
                perSeed[s] = futures.get(s).get();
            }
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(failed.getCause());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("simulation interrupted", interrupted);
        } finally {
            pool.shutdownNow();
        }
        return summarise(names, perSeed);
    }

    /** One seed: metrics[contender][checkpoint][metric], the baseline first. */
    private double[][][] runSeed(long seed, List<String> names, AtomicLong done, LongConsumer progress) {
        GroundTruth truth = GroundTruth.draw(config.items(), config.spread(), config.intransitive(), stream(seed, 0));
        SimulatedVoters voters = new SimulatedVoters(truth, config.tieRate(), config.careless(), config.adversarial());
        double[] target = truth.uniformDesignTarget(voters);
        double[][][] metrics = new double[names.size() + 1][][];
        metrics[0] = runOne(seed, truth, voters, target, "uniform", 2,
                new OnlineElo(config.items(), config.eloK()), done, progress);
        for (int c = 0; c < names.size(); c++) {
            metrics[c + 1] = runOne(seed, truth, voters, target, names.get(c), config.k(),
                    new BradleyTerryMap(config.items(), config.priorSigma()), done, progress);
        }
        return metrics;
    }

    private double[][] runOne(long seed, GroundTruth truth, SimulatedVoters voters, double[] target, String name,
                              int k, RatingEstimator estimator, AtomicLong done, LongConsumer progress) {
        MatchmakingStrategy strategy = strategies.apply(name);
        UniformRandomProvider voterRandom = stream(seed, 1);
        UniformRandomProvider strategyRandom = stream(seed, 2);
        ArenaState state = new ArenaState(config.items(), k);
        state.setEstimates(new double[config.items()], filled(config.items(), config.priorSigma()));
        double[] theta = truth.strengths();
        double[][] metrics = new double[checkpoints.length][];
        int next = 0;
        long reported = 0;
        for (long vote = 1; vote <= config.votes(); vote++) {
            Battle battle = strategy.propose(state, strategyRandom);
            int[] items = battle.items();
            validate(name, state, items);
            int[][] groups = voters.vote(items, voterRandom);
            state.record(groups);
            estimator.record(groups, battle.propensity());
            boolean checkpoint = vote == checkpoints[next];
            if (checkpoint || vote % config.refitEvery() == 0) {
                RatingEstimator.Estimate estimate = estimator.refresh();
                state.setEstimates(estimate.strengths(),
                        estimate.sds().orElseGet(() -> filled(config.items(), config.priorSigma())));
                if (checkpoint) {
                    metrics[next++] = measure(estimate, estimator.weightedStrengths(), theta, target);
                    progress.accept(done.addAndGet(vote - reported));
                    reported = vote;
                }
            }
        }
        return metrics;
    }

    private double[] measure(RatingEstimator.Estimate estimate, Optional<double[]> weighted, double[] theta,
                             double[] target) {
        double[] strengths = estimate.strengths();
        int n = strengths.length;
        int t = config.top();
        double[] row = new double[METRICS];
        double tau = RankingAgreement.kendallTauB(strengths, theta);
        row[TAU] = Double.isNaN(tau) ? 0 : tau; // an estimate that orders nothing yet (all equal) scores 0
        row[TOP1] = RankingAgreement.topKOverlap(strengths, theta, 1);
        row[TOP_T] = RankingAgreement.topKOverlap(strengths, theta, t);
        row[WIDTH] = Double.NaN;
        row[COVERAGE] = Double.NaN;
        if (estimate.sds().isPresent()) {
            double[] sds = estimate.sds().get();
            double width = 0;
            int covered = 0;
            for (int i = 0; i < n; i++) {
                width += 2 * 1.96 * sds[i] / n;
                covered += Math.abs(strengths[i] - target[i]) <= 1.96 * sds[i] ? 1 : 0;
            }
            row[WIDTH] = width;
            row[COVERAGE] = (double) covered / n;
        }
        boolean[] targetTop = RankingAgreement.inTopK(target, t);
        row[BIAS] = meanError(strengths, target, targetTop, t);
        row[IPW_BIAS] = weighted.map(w -> meanError(w, target, targetTop, t)).orElse(Double.NaN);
        return row;
    }

    private static double meanError(double[] estimate, double[] target, boolean[] chosen, int count) {
        double sum = 0;
        for (int i = 0; i < estimate.length; i++) {
            sum += chosen[i] ? estimate[i] - target[i] : 0;
        }
        return sum / count;
    }

    private static void validate(String name, ArenaState state, int[] items) {
        if (items.length != state.k()) {
            throw new IllegalStateException("strategy '" + name + "' proposed " + items.length + " items, expected "
                    + state.k());
        }
        for (int a = 0; a < items.length; a++) {
            if (items[a] < 0 || items[a] >= state.itemCount() || !state.active(items[a])) {
                throw new IllegalStateException("strategy '" + name + "' proposed item " + items[a]
                        + ", which is not an active item");
            }
            for (int b = 0; b < a; b++) {
                if (items[a] == items[b]) {
                    throw new IllegalStateException("strategy '" + name + "' proposed item " + items[a] + " twice");
                }
            }
        }
    }

    private SimulationReport summarise(List<String> names, double[][][][] perSeed) {
        List<StrategyResult> results = new ArrayList<>();
        OptionalLong baseline = OptionalLong.empty();
        for (int c = 0; c <= names.size(); c++) {
            List<CheckpointStats> curve = new ArrayList<>();
            double[] meanTau = new double[checkpoints.length];
            for (int p = 0; p < checkpoints.length; p++) {
                double[] mean = new double[METRICS];
                double[] sd = new double[METRICS];
                for (int m = 0; m < METRICS; m++) {
                    double[] values = new double[perSeed.length];
                    for (int s = 0; s < perSeed.length; s++) {
                        values[s] = perSeed[s][c][p][m];
                    }
                    mean[m] = mean(values);
                    sd[m] = sd(values, mean[m]);
                }
                double root = Math.sqrt(perSeed.length);
                meanTau[p] = mean[TAU];
                curve.add(new CheckpointStats(checkpoints[p], mean[TAU], sd[TAU], mean[TOP1], mean[TOP_T], mean[WIDTH],
                        mean[COVERAGE], mean[BIAS], sd[BIAS] / root, mean[IPW_BIAS], sd[IPW_BIAS] / root));
            }
            OptionalLong reached = SimulationReport.votesToReach(checkpoints, meanTau, SimulationReport.TARGET_TAU);
            if (c == 0) {
                baseline = reached;
            }
            OptionalDouble speedup = OptionalDouble.empty();
            if (reached.isPresent()) {
                double reference = baseline.isPresent() ? baseline.getAsLong() : config.votes();
                speedup = OptionalDouble.of(reference / reached.getAsLong());
            }
            results.add(new StrategyResult(c == 0 ? BASELINE : names.get(c - 1), c == 0 ? "elo" : "bt-map",
                    c == 0 ? 2 : config.k(), curve, reached, speedup, baseline.isEmpty() && reached.isPresent()));
        }
        return new SimulationReport(config, results);
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    /** Sample standard deviation; NaN for one value. */
    private static double sd(double[] values, double mean) {
        if (values.length < 2) {
            return Double.NaN;
        }
        double sum = 0;
        for (double v : values) {
            sum += (v - mean) * (v - mean);
        }
        return Math.sqrt(sum / (values.length - 1));
    }

    private static double[] filled(int n, double value) {
        double[] values = new double[n];
        java.util.Arrays.fill(values, value);
        return values;
    }

    /**
     * Random stream {@code index} of a seed (0 truth, 1 voters, 2 strategy): xoshiro256++ seeded from
     * one long, which Commons RNG expands with SplitMix64, so nearby seeds give unrelated streams.
     */
    static UniformRandomProvider stream(long seed, int index) {
        return RandomSource.XO_SHI_RO_256_PP.create(seed * 0x9E3779B97F4A7C15L + index);
    }
}
