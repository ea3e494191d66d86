package dev.ordinal.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.AliasMethodDiscreteSampler;
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
 * and |S − trials| is O(√trials).
 *
 * <p>Each Poisson count is exact and O(1): below a mean of {@value #SEARCH_LIMIT}, an inversion
 * search from the mode, whose probability and distribution function are computed once; from
 * there on, W. Hörmann's transformed rejection with squeeze (PTRS: "The transformed rejection
 * method for generating Poisson random variables", Insurance: Mathematics and Economics
 * 12:39–45, 1993), whose constants depend on the mean only and so are also computed once.
 *
 * <p>Counts are scaled back to weights by the mean weight per trial, so unweighted data resample
 * exactly. Immutable and thread-safe; each call uses the caller's generator.
 */
public final class Multinomial {
    private static final double SEARCH_LIMIT = 10;
    private static final int STRIDE = 6;
    /** 1/x for the upward search, which for means below 10 almost never passes 64. */
    private static final double[] RECIPROCAL = new double[65];
    private static final int TABLE_SIZE = 256;
    private static final double[] LOG_FACTORIAL = new double[TABLE_SIZE];
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    static {
        for (int x = 1; x < RECIPROCAL.length; x++) {
            RECIPROCAL[x] = 1.0 / x;
        }
        for (int k = 1; k < TABLE_SIZE; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private final long trials;
    private final double weightPerTrial;
    /**
     * Per category, side by side for locality, {@value #STRIDE} numbers: the mean λ, then for the
     * search P(mode), F(mode), 1/λ with mode = ⌊λ⌋; for PTRS 2a, b, v_r, log(1/α), log λ.
     */
    private final double[] constants;
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
        this.constants = new double[STRIDE * categories];
        for (int k = 0; k < categories; k++) {
            double lambda = total == 0 ? 0 : trials * (weights[k] / total);
            int at = STRIDE * k;
            constants[at] = lambda;
            if (lambda == 0) {
                continue;
            }
            if (lambda < SEARCH_LIMIT) {
                PoissonDistribution poisson = PoissonDistribution.of(lambda);
                int mode = (int) lambda;
                constants[at + 1] = poisson.probability(mode);
                constants[at + 2] = poisson.cumulativeProbability(mode);
                constants[at + 3] = 1 / lambda;
            } else {
                // Hörmann (1993), algorithm PTRS, set-up step.
                double b = 0.931 + 2.53 * Math.sqrt(lambda);
                double a = -0.059 + 0.02483 * b;
                constants[at + 1] = 2 * a;
                constants[at + 2] = b;
                constants[at + 3] = 0.9277 - 3.6224 / (b - 2);
                constants[at + 4] = Math.log(1.1239 + 1.1328 / (b - 3.4));
                constants[at + 5] = Math.log(lambda);
            }
        }
        this.categorical = trials == 0 ? null : AliasMethodDiscreteSampler.of(new SplitFreeProvider(), weights);
    }

    /** Fills {@code out} (same length as the weights) with one resample, as weights. */
    public void resample(UniformRandomProvider rng, double[] out) {
        // Counts are kept in out[] itself (exact as doubles below 2^53) and scaled at the end.
        int categories = constants.length / STRIDE;
        long drawn = 0;
        for (int k = 0; k < categories; k++) {
            long count = poisson(rng, k);
            out[k] = count;
            drawn += count;
        }
        if (drawn > trials) {
            removeUniformly(rng, out, categories, drawn, drawn - trials);
        } else if (drawn < trials) {
            SharedStateDiscreteSampler sampler = categorical.withUniformRandomProvider(rng);
            for (long extra = trials - drawn; extra > 0; extra--) {
                out[sampler.sample()]++;
            }
        }
        if (weightPerTrial != 1) {
            for (int k = 0; k < categories; k++) {
                out[k] *= weightPerTrial;
            }
        }
    }

    /** An exact Poisson(λₖ) count. */
    private long poisson(UniformRandomProvider rng, int k) {
        int at = STRIDE * k;
        double lambda = constants[at];
        if (lambda == 0) {
            return 0;
        }
        return lambda < SEARCH_LIMIT ? search(rng, lambda, at) : transformedRejection(rng, lambda, at);
    }

    /** The smallest x with F(x) ≥ u, searched from the mode. */
    private long search(UniformRandomProvider rng, double lambda, int at) {
        double u = rng.nextDouble();
        int x = (int) lambda;
        double probability = constants[at + 1];
        double distribution = constants[at + 2];
        double inverseLambda = constants[at + 3];
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

    /** Hörmann (1993), algorithm PTRS, for λ ≥ 10: about 1.1 loops, most accepted by the squeeze. */
    private long transformedRejection(UniformRandomProvider rng, double lambda, int at) {
        double twoA = constants[at + 1];
        double b = constants[at + 2];
        double vr = constants[at + 3];
        double logInverseAlpha = constants[at + 4];
        double logLambda = constants[at + 5];
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((twoA / us + b) * u + lambda + 0.43);
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (k < 0 || (us < 0.013 && v > us)) {
                continue;
            }
            double left = Math.log(v) + logInverseAlpha - Math.log(twoA / 2 / (us * us) + b);
            if (left <= -lambda + k * logLambda - logFactorial(k)) {
                return k;
            }
        }
    }

    /** log(k!) from a table, or Stirling's series (error below 1e-17 relative for k ≥ 256). */
    static double logFactorial(long k) {
        if (k < TABLE_SIZE) {
            return LOG_FACTORIAL[(int) k];
        }
        double x = k + 1.0;
        double inverse = 1 / x;
        double inverse2 = inverse * inverse;
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI
                + inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 / 1260));
    }

    /**
     * Removes {@code excess} of the {@code total} draws, each chosen uniformly among those left,
     * using a Fenwick tree of the counts (O(categories + excess · log categories)).
     */
    private static void removeUniformly(UniformRandomProvider rng, double[] counts, int size, long total, long excess) {
        long[] tree = new long[size + 1];
        for (int k = 0; k < size; k++) {
            tree[k + 1] += (long) counts[k];
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
