package dev.ordinal.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.numbers.gamma.LogGamma;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The binomial sampler against the exact distribution (Apache Commons Statistics'
 * {@link BinomialDistribution}): Pearson's chi-square goodness of fit on bins of roughly equal
 * probability, for (n, p) in both of the sampler's branches — inversion (n·min(p, 1−p) &lt; 10)
 * and Hörmann's BTRS — including p &gt; ½ (handled by symmetry) and n near the int limit. Each
 * case draws from a fixed seed, so the test is deterministic; the threshold p-value 1e-4 over
 * ten cases makes a false alarm on a correct sampler very unlikely, while a wrong branch (e.g. a
 * mode or squeeze off by one) fails by orders of magnitude at 200 000 draws.
 */
class BinomialSamplerTest {
    private static final int DRAWS = 200_000;

    @ParameterizedTest(name = "n={0}, p={1}")
    @CsvSource({
        // inversion
        "1, 0.5", "5, 0.3", "40, 0.2", "2000, 0.004", "60, 0.9", "2000000000, 3e-9", "2000000000, 0.999999996",
        // BTRS
        "45, 0.25", "1000, 0.5", "300, 0.85", "100000, 0.01", "2000000000, 0.3", "2000000000, 0.9999"})
    void matchesTheExactDistribution(int trials, double probability) {
        BinomialDistribution exact = BinomialDistribution.of(trials, probability);
        // Bin boundaries at the 1/40 quantiles; merge bins too small for the chi-square approximation.
        List<Integer> uppers = new ArrayList<>();
        for (int j = 1; j < 40; j++) {
            int k = exact.inverseCumulativeProbability(j / 40.0);
            if (uppers.isEmpty() || k > uppers.get(uppers.size() - 1)) {
                uppers.add(k);
            }
        }
        uppers.add(trials);
        List<Integer> merged = new ArrayList<>();
        double previousCdf = 0;
        for (int k : uppers) {
            double cdf = k == trials ? 1 : exact.cumulativeProbability(k);
            if ((cdf - previousCdf) * DRAWS >= 20 || k == trials) {
                merged.add(k);
                previousCdf = cdf;
            }
        }
        int bins = merged.size();
        long[] observed = new long[bins];
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(trials * 31L + Double.hashCode(probability));
        for (int d = 0; d < DRAWS; d++) {
            long x = BinomialSampler.sample(rng, trials, probability);
            assertThat(x).isBetween(0L, (long) trials);
            int bin = 0;
            while (x > merged.get(bin)) {
                bin++;
            }
            observed[bin]++;
        }
        double chiSquare = 0;
        double lowerCdf = 0;
        for (int b = 0; b < bins; b++) {
            double upperCdf = merged.get(b) == trials ? 1 : exact.cumulativeProbability(merged.get(b));
            double expected = DRAWS * (upperCdf - lowerCdf);
            chiSquare += (observed[b] - expected) * (observed[b] - expected) / expected;
            lowerCdf = upperCdf;
        }
        assertThat(bins).isGreaterThanOrEqualTo(2);
        double pValue = ChiSquaredDistribution.of(bins - 1).survivalProbability(chiSquare);
        assertThat(pValue).as("chi-square %f on %d bins", chiSquare, bins).isGreaterThan(1e-4);
    }

    /**
     * Sample mean and variance against n·p and n·p·(1−p), for n beyond any int (where no exact
     * pmf is at hand): within 5 standard errors (the variance's standard error is
     * σ²·√(2/(N−1)) for a near-normal variate, which these are).
     */
    @ParameterizedTest(name = "n={0}, p={1}")
    @CsvSource({"1000000000000000, 0.37", "1000000000000000, 4e-15", "5000000000000, 0.999", "12, 0.5",
        "30, 0.25"})
    void meanAndVarianceMatch(long trials, double probability) {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(trials ^ Double.hashCode(probability));
        double sum = 0;
        double sumSquares = 0;
        int draws = DRAWS;
        double mean = trials * probability;
        for (int d = 0; d < draws; d++) {
            double centred = BinomialSampler.sample(rng, trials, probability) - mean;
            sum += centred;
            sumSquares += centred * centred;
        }
        double variance = trials * probability * (1 - probability);
        double sampleMeanOffset = sum / draws;
        double sampleVariance = (sumSquares - sum * sum / draws) / (draws - 1);
        assertThat(sampleMeanOffset).isCloseTo(0, within(5 * Math.sqrt(variance / draws)));
        assertThat(sampleVariance).isCloseTo(variance, within(5 * variance * Math.sqrt(2.0 / (draws - 1))));
    }

    @Test
    void edgeCases() {
        UniformRandomProvider rng = RandomSource.XO_SHI_RO_256_PP.create(1L);
        for (int d = 0; d < 1000; d++) {
            assertThat(BinomialSampler.sample(rng, 0, 0.5)).isZero();
            assertThat(BinomialSampler.sample(rng, 17, 0)).isZero();
            assertThat(BinomialSampler.sample(rng, 17, 1)).isEqualTo(17);
            assertThat(BinomialSampler.sample(rng, Long.MAX_VALUE / 2, 1)).isEqualTo(Long.MAX_VALUE / 2);
            assertThat(BinomialSampler.sample(rng, 0, 1)).isZero();
        }
        // Tiny p with huge n: mostly 0, never negative or above n.
        for (int d = 0; d < 1000; d++) {
            assertThat(BinomialSampler.sample(rng, 1L << 40, 1e-15)).isBetween(0L, 10L);
        }
    }

    /** The Stirling series used beyond the table agrees with log Γ(k + 1) (Commons Numbers). */
    @Test
    void logFactorialMatchesLogGamma() {
        for (long k : new long[] {0, 1, 2, 10, 100, 255, 256, 257, 1000, 123_456, 1L << 31, 1L << 50}) {
            double expected = LogGamma.value(k + 1.0);
            assertThat(BinomialSampler.logFactorial(k)).as("log %d!", k)
                    .isCloseTo(expected, within(1e-14 * Math.max(1, expected)));
        }
    }
}
