package dev.ordinal.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.api.Test;

/**
 * The per-category Poisson counts behind {@link Multinomial}: both the inversion search (means
 * below 10) and Hörmann's PTRS (means from 10) must give exact marginals. With two categories of
 * equal weight and n trials, each count is exactly Binomial(n, ½), whichever Poisson draws and
 * corrections produced it: checked by a chi-square goodness-of-fit test for n from 4 to 4000.
 */
class PoissonCountsTest {

    @Test
    void twoCategoryMarginalsAreExactlyBinomial() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(new long[] {11, 12, 13, 14});
        for (int trials : new int[] {4, 15, 19, 20, 21, 60, 400, 4000}) {
            // Weights summing to the number of trials make every trial weigh 1, so out[] holds counts.
            Multinomial multinomial = new Multinomial(new double[] {trials / 2.0, trials / 2.0}, trials);
            BinomialDistribution exact = BinomialDistribution.of(trials, 0.5);
            int draws = 200_000;
            long[] observed = new long[trials + 1];
            double[] out = new double[2];
            for (int d = 0; d < draws; d++) {
                multinomial.resample(rng, out);
                assertThat(out[0] + out[1]).isEqualTo(trials);
                observed[(int) out[0]]++;
            }
            // Pool tail bins with expected count below 5.
            double statistic = 0;
            int bins = 0;
            double pooledExpected = 0;
            long pooledObserved = 0;
            for (int x = 0; x <= trials; x++) {
                pooledExpected += draws * exact.probability(x);
                pooledObserved += observed[x];
                if (pooledExpected >= 5 && (x == trials || draws * exact.survivalProbability(x) >= 5)) {
                    statistic += (pooledObserved - pooledExpected) * (pooledObserved - pooledExpected) / pooledExpected;
                    bins++;
                    pooledExpected = 0;
                    pooledObserved = 0;
                }
            }
            double pValue = ChiSquaredDistribution.of(bins - 1).survivalProbability(statistic);
            assertThat(pValue).as("n = %d, chi-square %.1f on %d bins", trials, statistic, bins).isGreaterThan(1e-4);
        }
    }

    @Test
    void logFactorialMatchesLogGamma() {
        for (long k : new long[] {0, 1, 2, 10, 255, 256, 1000, 123_456_789L}) {
            assertThat(Multinomial.logFactorial(k)).isCloseTo(LogGamma.value(k + 1.0),
                    within(1e-12 * Math.max(1, LogGamma.value(k + 1.0))));
        }
    }
}
