package dev.ordinal.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.leaderboard.Interval;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import dev.ordinal.leaderboard.UncertaintyMethod;
import dev.ordinal.testing.Simulation;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Kendall's τ-b, Spearman's ρ and the top-k overlap of two leaderboards. */
class RankingAgreementTest {

    /**
     * Wikipedia, "Spearman's rank correlation coefficient", example: IQ and hours of television
     * per week of ten people; Σd² = 194, ρ = 1 − 6·194/(10·99) = −29/165 = −0.1758. Kendall's τ by
     * counting the 45 pairs: 20 concordant, 25 discordant, τ = −5/45 = −1/9 (scipy agrees).
     */
    @Test
    void textbookExampleWithoutTies() {
        double[] iq = {106, 100, 86, 101, 99, 103, 97, 113, 112, 110};
        double[] television = {7, 27, 2, 50, 28, 29, 20, 12, 6, 17};
        RankingAgreementReport report = RankingAgreement.of(iq, television, 3);
        assertThat(report.spearmanRho().get()).isCloseTo(-29.0 / 165, within(1e-12));
        assertThat(report.kendallTau().get()).isCloseTo(-1.0 / 9, within(1e-12));
        // Top 3 by IQ: 113, 112, 110 (people 8, 9, 10); by television: 50, 29, 28 (4, 6, 5): none shared.
        assertThat(report.topKOverlap().get()).isZero();
        assertThat(report.items()).hasSize(10);
    }

    /**
     * Ties by hand. x = (1, 2, 2, 3, 4), y = (1, 3, 2, 2, 5). Of the 10 pairs, (2, 3) is tied in x
     * and (3, 4) in y; of the rest, only (2, 4) is discordant: C = 7, D = 1, n₀ = 10, n₁ = n₂ = 1,
     * τ-b = 6/√(9·9) = 2/3. Mid-ranks x (1, 2.5, 2.5, 4, 5), y (1, 4, 2.5, 2.5, 5): deviations from
     * 3 give Σxy = 7.25 and Σx² = Σy² = 9.5, ρ = 7.25/9.5.
     */
    @Test
    void tiesAreHandledByTauBAndMidRanks() {
        double[] x = {1, 2, 2, 3, 4};
        double[] y = {1, 3, 2, 2, 5};
        RankingAgreementReport report = RankingAgreement.of(x, y, 2);
        assertThat(report.kendallTau().get()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(report.spearmanRho().get()).isCloseTo(7.25 / 9.5, within(1e-12));
        // Top 2: x → items 4, 3; y → items 4, 1: one shared.
        assertThat(report.topKOverlap().get()).isEqualTo(0.5);
        assertThat(RankingAgreement.midRanks(x)).containsExactly(1, 2.5, 2.5, 4, 5);
    }

    @Test
    void identicalAndReversedOrders() {
        double[] x = {0.3, -1, 2, 5, 4};
        double[] monotone = {3, 1, 4, 9, 8};
        double[] reversed = {-3, -1, -4, -9, -8};
        RankingAgreementReport same = RankingAgreement.of(x, monotone, 2);
        assertThat(same.kendallTau().get()).isEqualTo(1.0);
        assertThat(same.spearmanRho().get()).isCloseTo(1.0, within(1e-12));
        assertThat(same.topKOverlap().get()).isEqualTo(1.0);
        RankingAgreementReport opposite = RankingAgreement.of(x, reversed, 2);
        assertThat(opposite.kendallTau().get()).isEqualTo(-1.0);
        assertThat(opposite.spearmanRho().get()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void swappingTheTwoLeaderboardsChangesNothing() {
        Random random = new Random(4);
        double[] x = random.doubles(30).map(v -> Math.round(v * 10)).toArray();
        double[] y = random.doubles(30).map(v -> Math.round(v * 10) + x[0]).toArray();
        RankingAgreementReport forward = RankingAgreement.of(x, y, 5);
        RankingAgreementReport backward = RankingAgreement.of(y, x, 5);
        assertThat(backward.kendallTau().get()).isCloseTo(forward.kendallTau().get(), within(1e-12));
        assertThat(backward.spearmanRho().get()).isCloseTo(forward.spearmanRho().get(), within(1e-12));
        assertThat(backward.topKOverlap().get()).isEqualTo(forward.topKOverlap().get());
    }

    @Test
    void aConstantLeaderboardLeavesTheCorrelationsUndefined() {
        RankingAgreementReport report = RankingAgreement.of(new double[] {1, 2, 3}, new double[] {7, 7, 7}, 1);
        assertThat(report.kendallTau().undefinedBecause().orElseThrow())
                .contains("the second leaderboard gives every item the same score");
        assertThat(report.spearmanRho().defined()).isFalse();
        assertThat(report.topKOverlap().get()).isEqualTo(0.0);
    }

    @Test
    void intervalsComeFromPairedRoundsReflectedAboutTheEstimate() {
        double[] x = {1, 2, 3, 4};
        double[] y = {2, 1, 4, 3};
        double[][] xRounds = {{1, 2, 3, 4}, {1, 2, 3, 4}, {1, 2, 3, 4}, {1, 2, 3, 4}};
        // Round by round: τ = 1, 2/3, 1/3, 2/3 (0, 1, 2 and 1 discordant pairs of 6); a fifth round is unpaired.
        double[][] yRounds = {{1, 2, 3, 4}, {1, 2, 4, 3}, {2, 1, 4, 3}, {2, 1, 3, 4}, {4, 3, 2, 1}};
        RankingAgreementReport report = RankingAgreement.of(x, y, 2, xRounds, yRounds, 0.5);
        assertThat(report.kendallTau().get()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(report.kendallTau().rounds()).isEqualTo(4);
        // Sorted 1/3, 2/3, 2/3, 1: type-7 quantiles at 0.25 and 0.75 are 7/12 and 3/4; reflected
        // about τ̂ = 1/3: [2/3 − 3/4, 2/3 − 7/12] = [−1/12, 1/12].
        assertThat(report.kendallTau().interval().orElseThrow().lower()).isCloseTo(-1.0 / 12, within(1e-12));
        assertThat(report.kendallTau().interval().orElseThrow().upper()).isCloseTo(1.0 / 12, within(1e-12));
        assertThat(report.warnings()).singleElement().asString().contains("4 and 5 rounds");
        // Reflected bounds stay in the figure's range: τ̂ = 1 with rounds below it gives [1, 1].
        RankingAgreementReport perfect = RankingAgreement.of(x, x, 2, xRounds, yRounds, 0.5);
        assertThat(perfect.kendallTau().interval().orElseThrow()).isEqualTo(new Interval(1, 1));
    }

    /** Two leaderboards fitted to independent samples from one truth rank alike, with intervals. */
    @Test
    void tablesAreFittedBootstrappedAndMatchedByItem() {
        double[] theta = Simulation.strengths(10, 1.5, 5);
        ComparisonTable first = Simulation.table(10, Simulation.battles(theta, 3000, Simulation.bradleyTerry(), 6));
        ComparisonTable second = Simulation.table(10, Simulation.battles(theta, 3000, Simulation.bradleyTerry(), 7));
        RankingAgreementReport report = RankingAgreement.between(first, second, new BradleyTerry(TieModel.HALF),
                FitOptions.defaults(), 3, new BootstrapOptions(100, 2, 0.95));
        assertThat(report.kendallTau().get()).isGreaterThan(0.7);
        Interval interval = report.kendallTau().interval().orElseThrow();
        assertThat(interval.lower()).isLessThan(report.kendallTau().get());
        assertThat(interval.upper()).isGreaterThan(report.kendallTau().get()).isLessThanOrEqualTo(1);
        assertThat(report.kendallTau().rounds()).isEqualTo(100);
        assertThat(report.items()).hasSize(10).contains(Simulation.id(0));
        assertThat(report.warnings()).isEmpty();
    }

    @Test
    void leaderboardsAreMatchedByName() {
        double[] theta = Simulation.strengths(6, 1.0, 9);
        ComparisonTable table = Simulation.table(6, Simulation.battles(theta, 2000, Simulation.bradleyTerry(), 10));
        LeaderboardRequest request = LeaderboardRequest.defaults(new BradleyTerry(TieModel.HALF))
                .withMethod(UncertaintyMethod.NONE);
        var board = Leaderboards.rank(table, request);
        RankingAgreementReport report = RankingAgreement.between(board, board, 2);
        assertThat(report.kendallTau().get()).isEqualTo(1.0);
        assertThat(report.items()).hasSize(6);
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> RankingAgreement.of(new double[] {1, 2}, new double[] {1}, 1))
                .hasMessageContaining("differ in length: 2 and 1");
        assertThatThrownBy(() -> RankingAgreement.of(new double[] {1}, new double[] {1}, 1))
                .isInstanceOf(DataException.class).hasMessageContaining("at least 2 items");
        assertThatThrownBy(() -> RankingAgreement.of(new double[] {1, 2}, new double[] {1, 2}, 3))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("k"))
                .hasMessage("k must be a whole number from 1 to the number of items (2), got '3'");
        assertThatThrownBy(() -> RankingAgreement.of(new double[] {1, Double.NaN}, new double[] {1, 2}, 1))
                .hasMessageContaining("item 1 has NaN");
        assertThatThrownBy(() -> RankingAgreement.of(new double[] {1, 2}, new double[] {1, 2}, 1,
                new double[][] {{1}}, new double[][] {{1, 2}}, 0.9)).hasMessageContaining("round 0 has 1 and 2 scores");
        ComparisonTable first = ComparisonTable.builder().add("a", "b", dev.ordinal.judgment.Outcome.A, 1)
                .add("b", "a", dev.ordinal.judgment.Outcome.A, 1).build();
        ComparisonTable second = ComparisonTable.builder().add("a", "c", dev.ordinal.judgment.Outcome.A, 1)
                .add("c", "a", dev.ordinal.judgment.Outcome.A, 1).build();
        assertThatThrownBy(() -> RankingAgreement.between(first, second, new BradleyTerry(TieModel.HALF),
                FitOptions.defaults(), 1, BootstrapOptions.none())).hasMessageContaining("share 1 item [a]");
    }
}
