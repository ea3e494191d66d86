package dev.ordinal.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
import org.apache.commons.rng.sampling.distribution.PoissonSampler;
import org.apache.commons.rng.sampling.distribution.SharedStateDiscreteSampler;
import org.apache.commons.statistics.distribution.PoissonDistribution;

/**
 * Exact multinomial resampling of collapsed data in O(categories + √trials) per resample,
 * independent of the number of trials: {@code trials} draws from the categories with
 * probabilities proportional to their weights.
 *
 * <p>Method (Poissonisation with correction): draw every category's count independently as
 * Poisson(trials · pₖ). That is the same as drawing S ~ Poisson(trials) and then S independent
 * draws from p. If S &gt; trials, remove S − trials of those draws uniformly at random (a
 * uniform subset of independent, exchangeable draws is again independent draws from p); if
 * S &lt; trials, add trials − S fresh draws from p. The result is exactly Multinomial(trials, p),
 * and |S − trials| is O(√trials). Each Poisson count comes from an inversion search that starts
 * at the category's mode, whose probability and distribution function are computed once, so a
 * draw costs O(1 + √λ) multiplications and one uniform; means above {@value #SEARCH_LIMIT} use
 * the sampler of commons-rng instead.
 *
 * <p>Counts are scaled back to weights by the mean weight per trial, so unweighted data resample
 * exactly. Immutable and thread-safe; each call uses the caller's generator.
 */
public final class Multinomial {
    private static final double SEARCH_LIMIT = 1000;
    /** The largest mean commons-rng's PoissonSampler accepts (Integer.MAX_VALUE / 2), rounded down. */
    private static final double SAMPLER_LIMIT = 1e9;
    /** 1/x for the upward search, which rarely passes 2·SEARCH_LIMIT. */
    private static final double[] RECIPROCAL = new double[2 * (int) SEARCH_LIMIT + 1];

    static {
        for (int x = 1; x < RECIPROCAL.length; x++) {
            RECIPROCAL[x] = 1.0 / x;
        }
    }

    private final long trials;
    private final double weightPerTrial;
    private final double[] mean;
    /** Per category, side by side for locality: P(mode), F(mode), 1/λ, where mode = ⌊λ⌋. */
    private final double[] searchStart;
    private final SharedStateDiscreteSampler categorical;

    public Multinomial(double[] weights, long trials) {
        if (trials < 0) {
            throw new IllegalArgumentException("trials must not be negative, got " + trials);
        }
        double total = 0;
        for (double weight : weights) {
            if (weight < 0 || !Double.isFinite(weight)) {
                throw new IllegalArgumentException("weights must be finite and not negative, got " + weight);
            }
            total += weight;
        }
        if (trials > 0 && total == 0) {
            throw new IllegalArgumentException("cannot draw " + trials + " trials from categories of zero weight");
        }
        int categories = weights.length;
        this.trials = trials;
        this.weightPerTrial = trials == 0 ? 0 : total / trials;
        this.mean = new double[categories];
        this.searchStart = new double[3 * categories];
        for (int k = 0; k < categories; k++) {
            double lambda = total == 0 ? 0 : trials * (weights[k] / total);
            mean[k] = lambda;
            if (lambda > 0 && lambda <= SEARCH_LIMIT) {
                PoissonDistribution poisson = PoissonDistribution.of(lambda);
                int mode = (int) lambda;
                searchStart[3 * k] = poisson.probability(mode);
                searchStart[3 * k + 1] = poisson.cumulativeProbability(mode);
                searchStart[3 * k + 2] = 1 / lambda;
            }
        }
        this.categorical = trials == 0 ? null : AliasMethodDiscreteSampler.of(new SplitFreeProvider(), weights);
    }

    /** Fills {@code out} (same length as the weights) with one resample, as weights. */
    public void resample(UniformRandomProvider rng, double[] out) {
        int categories = mean.length;
        long[] counts = new long[categories];
        long drawn = 0;
        for (int k = 0; k < categories; k++) {
            counts[k] = poisson(rng, k);
            drawn += counts[k];
        }
        if (drawn > trials) {
            removeUniformly(rng, counts, drawn, drawn - trials);
        } else if (drawn < trials) {
            SharedStateDiscreteSampler sampler = categorical.withUniformRandomProvider(rng);
            for (long extra = trials - drawn; extra > 0; extra--) {
                counts[sampler.sample()]++;
            }
        }
        for (int k = 0; k < categories; k++) {
            out[k] = counts[k] * weightPerTrial;
        }
    }

    /** A Poisson(mean[k]) count: search from the mode for the smallest x with F(x) ≥ u. */
    private long poisson(UniformRandomProvider rng, int k) {
        double lambda = mean[k];
        if (lambda == 0) {
            return 0;
        }
        if (lambda > SEARCH_LIMIT) {
            if (lambda <= SAMPLER_LIMIT) {
                return PoissonSampler.of(rng, lambda).sample();
            }
            // PoissonSampler refuses means above about 2^30; a sum of independent Poissons is Poisson.
            long pieces = (long) Math.ceil(lambda / SAMPLER_LIMIT);
            SharedStateDiscreteSampler piece = PoissonSampler.of(rng, lambda / pieces);
            long sum = 0;
            for (long drawn = 0; drawn < pieces; drawn++) {
                sum += piece.sample();
            }
            return sum;
        }
        double u = rng.nextDouble();
        int x = (int) lambda;
        double probability = searchStart[3 * k];
        double distribution = searchStart[3 * k + 1];
        double inverseLambda = searchStart[3 * k + 2];
        if (u <= distribution) {
            // Down: while F(x − 1) = F(x) − P(x) still reaches u.
            while (x > 0 && u <= distribution - probability) {
                distribution -= probability;
                probability *= x * inverseLambda;
                x--;
            }
            return x;
        }
        // Up: add P(x + 1) = P(x)·λ/(x + 1) until F reaches u; stop if the tail underflows.
        while (distribution < u && probability > 0) {
            x++;
            probability *= lambda * (x < RECIPROCAL.length ? RECIPROCAL[x] : 1.0 / x);
            distribution += probability;
        }
        return x;
    }

    /**
     * Removes {@code excess} of the {@code total} draws, each chosen uniformly among those left,
     * using a Fenwick tree of the counts (O(categories + excess · log categories)).
     */
    private static void removeUniformly(UniformRandomProvider rng, long[] counts, long total, long excess) {
        int size = counts.length;
        long[] tree = new long[size + 1];
        for (int k = 0; k < size; k++) {
            tree[k + 1] += counts[k];
            int parent = (k + 1) + ((k + 1) & -(k + 1));
            if (parent <= size) {
                tree[parent] += tree[k + 1];
            }
        }
        int highestBit = Integer.highestOneBit(size);
        long remaining = total;
        for (long removed = 0; removed < excess; removed++) {
            long target = rng.nextLong(remaining);
            // Find the first category whose prefix sum exceeds target.
            int position = 0;
            for (int step = highestBit; step > 0; step >>= 1) {
                int next = position + step;
                if (next <= size && tree[next] <= target) {
                    position = next;
                    target -= tree[next];
                }
            }
            counts[position]--;
            for (int node = position + 1; node <= size; node += node & -node) {
                tree[node]--;
            }
            remaining--;
        }
    }

    /**
     * The alias tables are built once with this placeholder generator and then shared by
     * {@code withUniformRandomProvider}; it is never asked for a number.
     */
    private static final class SplitFreeProvider implements UniformRandomProvider {
        @Override
        public long nextLong() {
            throw new IllegalStateException("the shared alias table must be bound to a generator first");
        }
    }
}
