package dev.ordinal.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Multinomial resampling by Poissonisation with correction: exact counts, totals and joint law. */
class MultinomialTest {

    @Test
    void unitWeightsResampleToWholeCountsWithTheRightTotal() {
        double[] weights = {3, 0, 1, 6, 0, 2};
        Multinomial multinomial = new Multinomial(weights, 12);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(3L);
        int resamples = 40_000;
        double[] sums = new double[weights.length];
        double[] out = new double[weights.length];
        for (int r = 0; r < resamples; r++) {
            multinomial.resample(rng, out);
            double total = 0;
            for (int k = 0; k < out.length; k++) {
                assertThat(out[k]).isEqualTo(Math.rint(out[k])).isGreaterThanOrEqualTo(0);
                total += out[k];
                sums[k] += out[k];
            }
            assertThat(total).isEqualTo(12);
            assertThat(out[1]).isZero();
            assertThat(out[4]).isZero();
        }
        // Category k has mean n·w_k/W and variance n·p_k(1 − p_k); allow 5 standard errors.
        for (int k = 0; k < weights.length; k++) {
            double p = weights[k] / 12;
            double sd = Math.sqrt(12 * p * (1 - p) / resamples);
            assertThat(sums[k] / resamples).as("category %d", k).isCloseTo(12 * p, within(5 * sd + 1e-12));
        }
    }

    /**
     * The whole joint distribution for a small case, by Pearson's chi-square against the exact
     * multinomial pmf n!/(∏ xₖ!) ∏ pₖ^xₖ over all 15 outcomes of 4 trials in 3 categories with
     * p = (1/6, 2/6, 3/6). Fixed seed; threshold p-value 1e-4.
     */
    @Test
    void jointDistributionMatchesTheMultinomialPmf() {
        double[] p = {1 / 6.0, 2 / 6.0, 3 / 6.0};
        int trials = 4;
        Multinomial multinomial = new Multinomial(new double[] {1, 2, 3}, trials);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(8L);
        int resamples = 60_000;
        long[][] observed = new long[trials + 1][trials + 1];
        double[] out = new double[3];
        for (int r = 0; r < resamples; r++) {
            multinomial.resample(rng, out);
            // Weight per trial is 6/4; turn weights back into counts.
            int x0 = (int) Math.round(out[0] / 1.5);
            int x1 = (int) Math.round(out[1] / 1.5);
            int x2 = (int) Math.round(out[2] / 1.5);
            assertThat(x0 + x1 + x2).isEqualTo(trials);
            observed[x0][x1]++;
        }
        double chiSquare = 0;
        int outcomes = 0;
        for (int x0 = 0; x0 <= trials; x0++) {
            for (int x1 = 0; x0 + x1 <= trials; x1++) {
                int x2 = trials - x0 - x1;
                double pmf = factorial(trials) / (factorial(x0) * factorial(x1) * factorial(x2))
                        * Math.pow(p[0], x0) * Math.pow(p[1], x1) * Math.pow(p[2], x2);
                double expected = resamples * pmf;
                chiSquare += (observed[x0][x1] - expected) * (observed[x0][x1] - expected) / expected;
                outcomes++;
            }
        }
        assertThat(outcomes).isEqualTo(15);
        double pValue = org.apache.commons.statistics.distribution.ChiSquaredDistribution.of(outcomes - 1)
                .survivalProbability(chiSquare);
        assertThat(pValue).as("chi-square %f", chiSquare).isGreaterThan(1e-4);
    }

    private static double factorial(int k) {
        double result = 1;
        for (int i = 2; i <= k; i++) {
            result *= i;
        }
        return result;
    }

    /**
     * Many trials: totals exact, and each category's mean n·pₖ and variance n·pₖ(1 − pₖ) and the
     * covariance −n·p₀p₁ within 5 standard errors (for the variances, σ²·√(2/(R − 1)); for the
     * covariance, √((σ₀²σ₁² + c²)/R)).
     */
    @Test
    void manyTrialsHaveMultinomialMomentsAndExactTotals() {
        // Unit weights: one per judgment, as in unweighted data.
        double[] weights = {250, 50, 1500, 3200};
        long trials = 5_000;
        Multinomial multinomial = new Multinomial(weights, trials);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(10L);
        int resamples = 20_000;
        double[][] draws = new double[resamples][];
        for (int r = 0; r < resamples; r++) {
            double[] out = new double[weights.length];
            multinomial.resample(rng, out);
            double total = 0;
            for (double o : out) {
                total += o;
            }
            assertThat(total).isEqualTo((double) trials);
            draws[r] = out;
        }
        double[] mean = new double[weights.length];
        for (double[] d : draws) {
            for (int k = 0; k < weights.length; k++) {
                mean[k] += d[k] / resamples;
            }
        }
        double[] variance = new double[weights.length];
        double covariance = 0;
        for (double[] d : draws) {
            for (int k = 0; k < weights.length; k++) {
                variance[k] += (d[k] - mean[k]) * (d[k] - mean[k]) / (resamples - 1);
            }
            covariance += (d[0] - mean[0]) * (d[2] - mean[2]) / (resamples - 1);
        }
        for (int k = 0; k < weights.length; k++) {
            double p = weights[k] / trials;
            double expectedVariance = trials * p * (1 - p);
            assertThat(mean[k]).as("mean %d", k).isCloseTo(trials * p, within(5 * Math.sqrt(expectedVariance / resamples)));
            assertThat(variance[k]).as("variance %d", k)
                    .isCloseTo(expectedVariance, within(5 * expectedVariance * Math.sqrt(2.0 / (resamples - 1))));
        }
        double c = -trials * 0.05 * 0.30;
        double v0 = trials * 0.05 * 0.95;
        double v2 = trials * 0.30 * 0.70;
        assertThat(covariance).isCloseTo(c, within(5 * Math.sqrt((v0 * v2 + c * c) / resamples)));
    }

    @Test
    void weightsAreResampledInUnitsOfTheMeanWeightPerTrial() {
        double[] weights = {1.5, 0.5, 2.0};
        Multinomial multinomial = new Multinomial(weights, 3);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(4L);
        double[] out = new double[3];
        double[] sums = new double[3];
        int resamples = 40_000;
        for (int r = 0; r < resamples; r++) {
            multinomial.resample(rng, out);
            assertThat(out[0] + out[1] + out[2]).isCloseTo(4.0, within(1e-12));
            for (int k = 0; k < 3; k++) {
                // Each category holds a whole number of trials of weight 4/3.
                assertThat(out[k] / (4.0 / 3)).isCloseTo(Math.rint(out[k] / (4.0 / 3)), within(1e-12));
                sums[k] += out[k];
            }
        }
        for (int k = 0; k < 3; k++) {
            double p = weights[k] / 4;
            double sd = 4.0 / 3 * Math.sqrt(3 * p * (1 - p) / resamples);
            assertThat(sums[k] / resamples).as("category %d", k).isCloseTo(weights[k], within(5 * sd));
        }
    }

    /**
     * Category means up to 4·10^11, beyond the 2^30 limit of commons-rng's PoissonSampler: each
     * of 40 resamples totals the trials exactly, each count is within 6 standard deviations of
     * n·pₖ, and the sample variance of category 0's count over the resamples, which is
     * σ²·χ²₃₉/39, lies in [0.4, 1.8]·σ² (far outside the χ²₃₉ 0.01% quantiles' reach of a correct
     * sampler, while a variance off by a factor of two fails).
     */
    @Test
    void hugeTrialCountsStayExact() {
        long trials = 1L << 40;
        double[] p = {0.1, 0.2, 0.3, 0.4};
        Multinomial multinomial = new Multinomial(new double[] {1, 2, 3, 4}, trials);
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(5L);
        double perTrial = 10.0 / trials;
        int resamples = 40;
        double[] first = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double[] out = new double[4];
            multinomial.resample(rng, out);
            long total = 0;
            for (int k = 0; k < 4; k++) {
                long count = Math.round(out[k] / perTrial);
                total += count;
                double sd = Math.sqrt(trials * p[k] * (1 - p[k]));
                assertThat((double) count).as("category %d", k).isCloseTo(trials * p[k], within(6 * sd));
            }
            assertThat(total).isEqualTo(trials);
            first[r] = Math.round(out[0] / perTrial);
        }
        double mean = java.util.Arrays.stream(first).average().orElseThrow();
        double variance = java.util.Arrays.stream(first).map(x -> (x - mean) * (x - mean)).sum() / (resamples - 1);
        assertThat(variance / (trials * 0.1 * 0.9)).isBetween(0.4, 1.8);
    }

    @Test
    void noTrialsAndBadWeights() {
        Multinomial empty = new Multinomial(new double[] {0, 0}, 0);
        double[] out = {9, 9};
        empty.resample(RandomSource.XO_SHI_RO_256_PP.create(6L), out);
        assertThat(out).containsExactly(0, 0);
        assertThatThrownBy(() -> new Multinomial(new double[] {1, -1}, 3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Multinomial(new double[] {1, Double.NaN}, 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Multinomial(new double[] {1}, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
