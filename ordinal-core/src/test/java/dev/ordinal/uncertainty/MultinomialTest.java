package dev.ordinal.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

/** Multinomial resampling by conditional binomials. */
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

    @Test
    void hugeTrialCountsStayExact() {
        long trials = 1L << 50;
        Multinomial multinomial = new Multinomial(new double[] {1, 2, 3, 4}, trials);
        double[] out = new double[4];
        multinomial.resample(RandomSource.XO_SHI_RO_256_PP.create(5L), out);
        // weightPerTrial = 10 / 2^50, so the resampled weights total 10.
        assertThat(out[0] + out[1] + out[2] + out[3]).isCloseTo(10, within(1e-9));
        for (int k = 0; k < 4; k++) {
            assertThat(out[k]).isCloseTo(k + 1.0, within(1e-3));
        }
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
