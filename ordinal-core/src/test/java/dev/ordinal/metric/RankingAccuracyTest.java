package dev.ordinal.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RankingAccuracyTest {

    @Test
    void tauIsOneForTheSameOrderAndMinusOneForTheReverse() {
        double[] truth = {0.3, -1, 2, 0};
        assertThat(RankingAccuracy.kendallTau(new double[] {3, -10, 20, 0}, truth)).isEqualTo(1);
        assertThat(RankingAccuracy.kendallTau(new double[] {-3, 10, -20, 0}, truth)).isEqualTo(-1);
    }

    /** By hand: (1,2,3,4) against (1,3,2,4) has 5 concordant and 1 discordant pair of 6: τ = 4/6. */
    @Test
    void tauCountsConcordantAndDiscordantPairs() {
        assertThat(RankingAccuracy.kendallTau(new double[] {1, 2, 3, 4}, new double[] {1, 3, 2, 4}))
                .isCloseTo(4.0 / 6, within(1e-12));
    }

    /**
     * τ-b with a tie: (1,1,2) against (1,2,3): 2 concordant, 0 discordant, one tie in x, so
     * 2/√(2·3) = 0.8164965809 (scipy.stats.kendalltau gives the same).
     */
    @Test
    void tauBCorrectsForTies() {
        assertThat(RankingAccuracy.kendallTau(new double[] {1, 1, 2}, new double[] {1, 2, 3}))
                .isCloseTo(0.8164965809, within(1e-9));
        assertThat(RankingAccuracy.kendallTau(new double[] {5, 5, 5}, new double[] {1, 2, 3})).isZero();
    }

    @Test
    void topOverlapCountsTheTrueTopFound() {
        double[] truth = {5, 4, 3, 2, 1};
        double[] estimate = {5, 3, 4, 1, 2};
        assertThat(RankingAccuracy.topOverlap(estimate, truth, 1)).isEqualTo(1);
        assertThat(RankingAccuracy.topOverlap(estimate, truth, 2)).isEqualTo(0.5);
        assertThat(RankingAccuracy.topOverlap(estimate, truth, 3)).isEqualTo(1);
        assertThat(RankingAccuracy.topOverlap(new double[] {1, 2, 3, 4, 5}, truth, 2)).isZero();
        assertThat(RankingAccuracy.topOverlap(estimate, truth, 5)).isEqualTo(1);
    }

    @Test
    void tiesInTheEstimateGoToTheLowerIndex() {
        assertThat(RankingAccuracy.top(new double[] {0, 0, 0}, 1)).containsExactly(true, false, false);
        assertThat(RankingAccuracy.topOverlap(new double[] {0, 0, 0}, new double[] {0, 1, 2}, 1)).isZero();
    }

    @Test
    void badInputIsRejected() {
        assertThatThrownBy(() -> RankingAccuracy.kendallTau(new double[] {1, 2}, new double[] {1, 2, 3}))
                .hasMessageContaining("2 scores but truth has 3");
        assertThatThrownBy(() -> RankingAccuracy.topOverlap(new double[] {1, 2}, new double[] {1, 2}, 3))
                .hasMessageContaining("top size must be in [1, 2]");
    }
}
