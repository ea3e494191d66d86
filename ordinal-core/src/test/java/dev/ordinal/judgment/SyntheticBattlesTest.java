package dev.ordinal.judgment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/**
 * The synthetic data generator must deliver what its javadoc promises, since recovery tests and
 * benchmarks trust it: strengths i.i.d. N(0, spread²) for every item and seed, independent from
 * one seed to the next, and ties between equals at the stated rate.
 */
class SyntheticBattlesTest {

    /**
     * Over 2000 seeds, each of the first items' strengths (spread 1) must have mean ≈ 0 and
     * variance ≈ 1: the standard errors are 0.022 and 0.032, so ±0.1 and ±0.15 are 4.5σ. Nearby
     * seeds must not give related strengths: the lag-one correlation across seeds has standard
     * error 0.022, so |r| &lt; 0.1.
     */
    @Test
    void strengthsAreStandardNormalAndIndependentAcrossSeeds() {
        int seeds = 2000;
        for (int item = 0; item < 4; item++) {
            double[] values = new double[seeds];
            for (int seed = 0; seed < seeds; seed++) {
                values[seed] = new SyntheticBattles(8, 0, 0, 1, seed).strengths()[item];
            }
            double mean = 0;
            for (double v : values) {
                mean += v / seeds;
            }
            double variance = 0;
            double lagProduct = 0;
            for (int s = 0; s < seeds; s++) {
                variance += (values[s] - mean) * (values[s] - mean) / (seeds - 1);
                if (s > 0) {
                    lagProduct += (values[s] - mean) * (values[s - 1] - mean) / (seeds - 1);
                }
            }
            assertThat(mean).as("mean of item %d", item).isCloseTo(0, within(0.1));
            assertThat(variance).as("variance of item %d", item).isCloseTo(1, within(0.15));
            assertThat(lagProduct / variance).as("lag-one correlation of item %d", item).isCloseTo(0, within(0.1));
        }
    }

    @Test
    void strengthsScaleWithTheSpread() {
        double[] unit = new SyntheticBattles(6, 0, 0, 1, 42).strengths();
        double[] triple = new SyntheticBattles(6, 0, 0, 3, 42).strengths();
        for (int i = 0; i < 6; i++) {
            assertThat(triple[i]).isCloseTo(3 * unit[i], within(1e-12));
        }
    }

    /** With equal strengths (spread 0), Davidson's model with ν = 2τ/(1 − τ) ties with probability τ. */
    @Test
    void equalItemsTieAtTheStatedRate() {
        double tieRate = 0.3;
        int battles = 100_000;
        long[] outcomes = new long[Outcome.values().length];
        int[] shownAsA = new int[5];
        new SyntheticBattles(5, battles, tieRate, 0, 9).generate((a, b, outcome) -> {
            assertThat(a).isNotEqualTo(b);
            outcomes[outcome.ordinal()]++;
            shownAsA[a]++;
        });
        // Binomial standard deviations: √(n·0.3·0.7) ≈ 145 and √(n·0.35·0.65) ≈ 151; allow 5σ.
        assertThat(outcomes[Outcome.TIE.ordinal()]).isCloseTo(30_000, within(750L));
        assertThat(outcomes[Outcome.A.ordinal()]).isCloseTo(35_000, within(760L));
        assertThat(outcomes[Outcome.BOTH_BAD.ordinal()]).isZero();
        for (int count : shownAsA) {
            // Each item is side A in 1/5 of battles: standard deviation ≈ 126.
            assertThat(count).isCloseTo(20_000, within(650));
        }
    }

    @Test
    void sameSeedSameBattles() {
        ComparisonTable first = new SyntheticBattles(6, 500, 0.1, 1, 5).table();
        ComparisonTable second = new SyntheticBattles(6, 500, 0.1, 1, 5).table();
        ComparisonTable other = new SyntheticBattles(6, 500, 0.1, 1, 6).table();
        assertThat(first.pairwiseCounts().cells()).containsExactly(second.pairwiseCounts().cells());
        assertThat(first.judgments()).isEqualTo(500);
        assertThat(other.pairwiseCounts().cells()).isNotEqualTo(first.pairwiseCounts().cells());
    }
}
