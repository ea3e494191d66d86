package dev.ordinal.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.ThurstoneMosteller;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.PairwiseJudgment;
import dev.ordinal.testing.Simulation;
import dev.ordinal.uncertainty.CovarianceMatrix;
import dev.ordinal.uncertainty.Covariances;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Assembling leaderboards: rank ranges, anchoring, the Elo scale, order, counts and what is reported. */
class LeaderboardsTest {

    private static RankRange[] ranges(double[][] bounds) {
        Interval[] intervals = new Interval[bounds.length];
        for (int i = 0; i < bounds.length; i++) {
            intervals[i] = new Interval(bounds[i][0], bounds[i][1]);
        }
        return Leaderboards.arenaRankRanges(intervals);
    }

    /**
     * The Chatbot Arena rule (Chiang et al., "Chatbot Arena", ICML 2024, section 5, and LMSYS's
     * leaderboard notebook): rank = 1 + #items whose lower bound exceeds this item's upper bound;
     * worst rank = n − #items whose upper bound is below this item's lower bound. Worked by hand:
     * A [10,20] has D and E above and C below: ranks 3..4; B [15,25] has D above, C below: 2..4;
     * C [0,5] has A, B, D, E above: 5..5; D [30,40] has all four below: 1..1; E [21,22] has D
     * above and A, C below: 2..3.
     */
    @Test
    void arenaRankRangesOnHandMadeIntervals() {
        RankRange[] ranges = ranges(new double[][] {{10, 20}, {15, 25}, {0, 5}, {30, 40}, {21, 22}});
        assertThat(ranges).containsExactly(new RankRange(3, 4), new RankRange(2, 4), new RankRange(5, 5),
                new RankRange(1, 1), new RankRange(2, 3));
    }

    /** Touching intervals overlap (strict comparisons); identical ones share the whole range. */
    @Test
    void touchingIntervalsOverlap() {
        assertThat(ranges(new double[][] {{0, 1}, {1, 2}})).containsExactly(new RankRange(1, 2), new RankRange(1, 2));
        assertThat(ranges(new double[][] {{5, 5}, {5, 5}, {4, 4}}))
                .containsExactly(new RankRange(1, 2), new RankRange(1, 2), new RankRange(3, 3));
        assertThat(ranges(new double[][] {{0, 1}, {1.5, 2}})).containsExactly(new RankRange(2, 2), new RankRange(1, 1));
    }

    private static ComparisonTable syntheticTable() {
        double[] theta = Simulation.strengths(6, 1.0, 21);
        List<PairwiseJudgment> judgments = new ArrayList<>(Simulation.battles(theta, 1200, Simulation.davidson(0.5), 22));
        judgments.add(PairwiseJudgment.of(Simulation.id(0), Simulation.id(1), Outcome.BOTH_BAD));
        judgments.add(PairwiseJudgment.of(Simulation.id(2), Simulation.id(0), Outcome.BOTH_BAD));
        return Simulation.table(6, judgments);
    }

    private static Map<String, Leaderboard.Entry> byName(Leaderboard board) {
        Map<String, Leaderboard.Entry> result = new HashMap<>();
        board.items().forEach(entry -> result.put(entry.name(), entry));
        return result;
    }

    private static LeaderboardRequest request(StrengthModel model, UncertaintyMethod method) {
        return LeaderboardRequest.defaults(model).withMethod(method).withBootstrap(200, 3, 2);
    }

    @Test
    void anchoredItemGetsExactlyItsRatingAndAZeroWidthInterval() {
        ComparisonTable table = syntheticTable();
        BradleyTerry model = new BradleyTerry(TieModel.HALF);
        String anchor = Simulation.id(3);
        for (UncertaintyMethod method : List.of(UncertaintyMethod.FISHER, UncertaintyMethod.SANDWICH,
                UncertaintyMethod.BOOTSTRAP, UncertaintyMethod.NONE)) {
            Scale scale = Scale.elo(model).anchoredAt(anchor, 1500);
            Leaderboard free = Leaderboards.rank(table, request(model, method));
            Leaderboard anchored = Leaderboards.rank(table, request(model, method).withScale(scale));
            Leaderboard shifted = Leaderboards.rank(table, request(model, method)
                    .withScale(Scale.elo(model).anchoredAt(anchor, 1600)));
            Leaderboard.Entry pinned = byName(anchored).get(anchor);
            assertThat(pinned.rating()).as(method.label()).isEqualTo(1500);
            if (method != UncertaintyMethod.NONE) {
                assertThat(pinned.ci().orElseThrow()).as(method.label()).isEqualTo(new Interval(1500, 1500));
            }
            Map<String, Leaderboard.Entry> freeEntries = byName(free);
            Map<String, Leaderboard.Entry> shiftedEntries = byName(shifted);
            double offset = 1500 - freeEntries.get(anchor).rating();
            for (Leaderboard.Entry entry : anchored.items()) {
                // Anchoring moves every rating by the same amount, and moving the anchor moves them all.
                assertThat(entry.rating()).isCloseTo(freeEntries.get(entry.name()).rating() + offset, within(1e-9));
                assertThat(shiftedEntries.get(entry.name()).rating()).isCloseTo(entry.rating() + 100, within(1e-9));
            }
            assertThat(anchored.items().stream().map(Leaderboard.Entry::name).toList())
                    .isEqualTo(free.items().stream().map(Leaderboard.Entry::name).toList());
        }
    }

    /** Anchored Fisher intervals are for θᵢ − θ_anchor: half-width z·(points per unit)·√Var(θᵢ − θ_anchor). */
    @Test
    void anchoredFisherIntervalsUseTheDifferenceVariance() {
        ComparisonTable table = syntheticTable();
        BradleyTerry model = new BradleyTerry(TieModel.HALF);
        int anchor = 3;
        Scale scale = Scale.logit().anchoredAt(Simulation.id(anchor), 0);
        Leaderboard board = Leaderboards.rank(table, request(model, UncertaintyMethod.FISHER).withScale(scale));
        Fit fit = MaximumLikelihood.fit(model.likelihood(table), table.items(), FitOptions.defaults());
        CovarianceMatrix covariance = Covariances.fisher(fit);
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);
        Map<String, Leaderboard.Entry> entries = byName(board);
        for (int i = 0; i < 6; i++) {
            Interval ci = entries.get(Simulation.id(i)).ci().orElseThrow();
            double half = z * Math.sqrt(covariance.differenceVariance(i, anchor));
            assertThat(ci.upper() - ci.lower()).isCloseTo(2 * half, within(1e-9));
            assertThat(entries.get(Simulation.id(i)).rating())
                    .isCloseTo(fit.strengths()[i] - fit.strengths()[anchor], within(1e-9));
        }
    }

    @Test
    void unknownAnchorIsRefused() {
        BradleyTerry model = new BradleyTerry(TieModel.HALF);
        assertThatThrownBy(() -> Leaderboards.rank(syntheticTable(), request(model, UncertaintyMethod.NONE)
                .withScale(Scale.elo(model).anchoredAt("nobody", 1000))))
                .isInstanceOf(DataException.class).hasMessageContaining("'nobody'");
    }

    @Test
    void badOptionsNameTheirParameter() {
        BradleyTerry model = new BradleyTerry(TieModel.HALF);
        assertThat(catchThrowableOfType(InvalidParameterException.class,
                () -> LeaderboardRequest.defaults(model).withLevel(1.5)).parameter()).isEqualTo("level");
        assertThat(catchThrowableOfType(InvalidParameterException.class,
                () -> LeaderboardRequest.defaults(model).withBootstrap(0, 1, 1)).parameter()).isEqualTo("bootstrap");
        assertThat(catchThrowableOfType(InvalidParameterException.class,
                () -> UncertaintyMethod.fromLabel("magic"))).hasMessage("ci must be one of bootstrap, sandwich, "
                        + "fisher, none, got 'magic'");
        assertThat(catchThrowableOfType(InvalidParameterException.class, () -> Scale.byName("kelvin", model))
                .parameter()).isEqualTo("scale");
        assertThat(catchThrowableOfType(InvalidParameterException.class,
                () -> Scale.elo(model).anchoredAt("a", Double.NaN)).parameter()).isEqualTo("anchor");
    }

    /**
     * Elo's scale: a 400-point gap is odds of 10:1 (A. Elo, The Rating of Chessplayers, 1978;
     * the logistic form used by Chatbot Arena). Two items, "strong" beating "weak" 10 times and
     * losing once, have the saturated MLE P(strong wins) = 10/11, i.e. θ_s − θ_w = ln 10: the
     * ratings must be 1000 ± 200 and the expected score 10/11. For Thurstone, Elo's own normal
     * model with performance s.d. 200 (difference s.d. 200√2): the gap is 200√2·Φ⁻¹(10/11).
     */
    @Test
    void eloScaleFourHundredPointsIsTenToOne() {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (int k = 0; k < 10; k++) {
            builder.add("strong", "weak", Outcome.A, 1);
        }
        builder.add("strong", "weak", Outcome.B, 1);
        ComparisonTable table = builder.build();

        Leaderboard bt = Leaderboards.rank(table, request(new BradleyTerry(TieModel.HALF), UncertaintyMethod.FISHER));
        assertThat(bt.scale()).isEqualTo("elo");
        assertThat(bt.items().get(0).name()).isEqualTo("strong");
        assertThat(bt.items().get(0).rating()).isCloseTo(1200, within(1e-7));
        assertThat(bt.items().get(1).rating()).isCloseTo(800, within(1e-7));
        double[][] expected = bt.expectedScores();
        assertThat(expected[0][1]).isCloseTo(10.0 / 11, within(1e-12));
        assertThat(expected[1][0]).isCloseTo(1.0 / 11, within(1e-12));
        assertThat(expected[0][0]).isEqualTo(0.5);

        Leaderboard probit = Leaderboards.rank(table, request(new ThurstoneMosteller(TieModel.HALF),
                UncertaintyMethod.FISHER));
        double gap = 200 * Math.sqrt(2) * NormalDistribution.of(0, 1).inverseCumulativeProbability(10.0 / 11);
        assertThat(probit.items().get(0).rating() - probit.items().get(1).rating()).isCloseTo(gap, within(1e-6));
        assertThat(probit.expectedScores()[0][1]).isCloseTo(10.0 / 11, within(1e-9));
    }

    /** Expected scores are in entry order, and P(i over j) + P(j over i) + P(tie) = 1 makes the matrix sum to one across the diagonal. */
    @Test
    void expectedScoresFollowTheEntriesAndAreComplementary() {
        ComparisonTable table = syntheticTable();
        for (StrengthModel model : Simulation.allModels()) {
            Leaderboard board = Leaderboards.rank(table, request(model, UncertaintyMethod.NONE));
            double[][] expected = board.expectedScores();
            int n = board.items().size();
            for (int a = 0; a < n; a++) {
                for (int b = 0; b < n; b++) {
                    assertThat(expected[a][b] + expected[b][a]).as(Simulation.label(model)).isCloseTo(1, within(1e-12));
                    if (a < b && board.items().get(a).rating() > board.items().get(b).rating()) {
                        assertThat(expected[a][b]).as(Simulation.label(model)).isGreaterThan(0.5);
                    }
                }
            }
        }
    }

    @Test
    void entriesAreSortedByRatingWithCountsFromTheTable() {
        double[] theta = Simulation.strengths(6, 1.0, 21);
        List<PairwiseJudgment> judgments = new ArrayList<>(Simulation.battles(theta, 1200, Simulation.davidson(0.5), 22));
        judgments.add(PairwiseJudgment.of(Simulation.id(0), Simulation.id(1), Outcome.BOTH_BAD));
        ComparisonTable table = Simulation.table(6, judgments);
        // Count by hand from the raw judgments.
        Map<String, long[]> record = new HashMap<>();
        for (PairwiseJudgment j : judgments) {
            long[] a = record.computeIfAbsent(j.a(), k -> new long[3]);
            long[] b = record.computeIfAbsent(j.b(), k -> new long[3]);
            switch (j.outcome()) {
                case A -> {
                    a[0]++;
                    b[1]++;
                }
                case B -> {
                    b[0]++;
                    a[1]++;
                }
                default -> {
                    a[2]++;
                    b[2]++;
                }
            }
        }
        for (StrengthModel model : Simulation.allModels()) {
            Leaderboard board = Leaderboards.rank(table, request(model, UncertaintyMethod.NONE));
            assertThat(board.judgments()).isEqualTo(judgments.size());
            assertThat(board.model()).isEqualTo(model.name());
            assertThat(board.ties()).isEqualTo(model.tiesLabel());
            List<Leaderboard.Entry> entries = board.items();
            assertThat(entries).hasSize(6);
            for (int k = 1; k < entries.size(); k++) {
                assertThat(entries.get(k).rating()).isLessThanOrEqualTo(entries.get(k - 1).rating());
            }
            for (Leaderboard.Entry entry : entries) {
                long[] expected = record.get(entry.name());
                assertThat(new long[] {entry.wins(), entry.losses(), entry.ties()}).as(entry.name())
                        .containsExactly(expected);
            }
            // Without intervals the rank is the position (the ratings are distinct).
            for (int k = 0; k < entries.size(); k++) {
                assertThat(entries.get(k).rank()).isEqualTo(k + 1);
                assertThat(entries.get(k).rankRange()).isEqualTo(new RankRange(k + 1, k + 1));
            }
        }
    }

    @Test
    void rankQuantilesOnlyWithTheBootstrap() {
        ComparisonTable table = syntheticTable();
        BradleyTerry model = new BradleyTerry(TieModel.DAVIDSON);
        for (UncertaintyMethod method : UncertaintyMethod.values()) {
            Leaderboard board = Leaderboards.rank(table, request(model, method));
            assertThat(board.uncertainty().method()).isEqualTo(method);
            assertThat(board.fit().converged()).isTrue();
            assertThat(board.fit().extras()).containsOnlyKeys("log_nu");
            for (Leaderboard.Entry entry : board.items()) {
                assertThat(entry.rankQuantiles().isPresent()).as(method.label())
                        .isEqualTo(method == UncertaintyMethod.BOOTSTRAP);
                assertThat(entry.ci().isPresent()).as(method.label()).isEqualTo(method != UncertaintyMethod.NONE);
                entry.ci().ifPresent(ci -> assertThat(ci.lower()).isLessThanOrEqualTo(entry.rating()));
                entry.ci().ifPresent(ci -> assertThat(ci.upper()).isGreaterThanOrEqualTo(entry.rating()));
                entry.rankQuantiles().ifPresent(q -> {
                    assertThat(q.best()).isLessThanOrEqualTo(q.worst());
                    assertThat(q.worst()).isLessThanOrEqualTo(board.items().size());
                });
            }
            assertThat(board.uncertainty().rounds()).isEqualTo(method == UncertaintyMethod.BOOTSTRAP ? 200 : 0);
        }
    }
}
