package dev.ordinal.leaderboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.app.Registries;
import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.PairwiseJudgment;
import dev.ordinal.testing.Simulation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Refits warm-started from the previous fit, and fresh leaderboards shown with lagged bootstrap intervals. */
class WarmStartTest {
    private static final int ITEMS = 30;
    private static final StrengthModel BT = new BradleyTerry(TieModel.HALF);

    private static LeaderboardRequest request(StrengthModel model) {
        return LeaderboardRequest.defaults(model).withMethod(UncertaintyMethod.NONE).withScale(Scale.logit());
    }

    private static List<PairwiseJudgment> battles(int count, Simulation.OutcomeLaw law, long seed) {
        return Simulation.battles(Simulation.strengths(ITEMS, 1.0, 5), count, law, seed);
    }

    /** {@code base} plus {@code extra}, with items registered in index order. */
    private static ComparisonTable table(List<PairwiseJudgment> base, List<PairwiseJudgment> extra) {
        List<PairwiseJudgment> all = new ArrayList<>(base);
        all.addAll(extra);
        return Simulation.table(ITEMS, all);
    }

    private static List<PairwiseJudgment> without(List<PairwiseJudgment> judgments, String item) {
        return judgments.stream().filter(j -> !j.a().equals(item) && !j.b().equals(item)).toList();
    }

    private static Map<String, Leaderboard.Entry> byName(Leaderboard board) {
        Map<String, Leaderboard.Entry> result = new HashMap<>();
        board.items().forEach(entry -> result.put(entry.name(), entry));
        return result;
    }

    /** Same items, same order, ratings within {@code tolerance}. */
    private static void assertSameRatings(Leaderboard actual, Leaderboard expected, double tolerance) {
        assertThat(actual.items()).hasSameSizeAs(expected.items());
        Map<String, Leaderboard.Entry> expectedEntries = byName(expected);
        for (Leaderboard.Entry entry : actual.items()) {
            assertThat(entry.rating()).as(entry.name())
                    .isCloseTo(expectedEntries.get(entry.name()).rating(), within(tolerance));
        }
    }

    @Test
    void fitSummaryCarriesTheCentredLogStrengthsByName() {
        Leaderboard board = Leaderboards.rank(table(battles(3000, Simulation.bradleyTerry(), 1), List.of()),
                request(BT).withScale(Scale.elo(BT)));
        Map<String, Double> strengths = board.fit().strengths();
        assertThat(strengths).hasSize(ITEMS);
        assertThat(strengths.values().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(0, within(1e-9));
        for (Leaderboard.Entry entry : board.items()) {
            assertThat(entry.rating()).isCloseTo(1000 + BT.eloPointsPerUnit() * strengths.get(entry.name()),
                    within(1e-9));
        }
    }

    /** Ten judgments added to 3,000 over 30 items: the same estimate, in strictly fewer Newton iterations. */
    @Test
    void warmStartAfterAFewJudgmentsMatchesTheColdFitInFewerIterations() {
        List<PairwiseJudgment> base = battles(3000, Simulation.bradleyTerry(), 1);
        Leaderboard previous = Leaderboards.rank(table(base, List.of()), request(BT));
        ComparisonTable changed = table(base, battles(10, Simulation.bradleyTerry(), 2));

        Leaderboard cold = Leaderboards.rank(changed, request(BT));
        Leaderboard warm = Leaderboards.rank(changed, request(BT).withStart(previous.fit()));

        assertThat(warm.fit().converged()).isTrue();
        assertSameRatings(warm, cold, 1e-8);
        assertThat(warm.fit().logLikelihood()).isCloseTo(cold.fit().logLikelihood(), within(1e-8));
        assertThat(warm.fit().iterations()).isLessThan(cold.fit().iterations());
    }

    /** A newcomer starts where a cold fit would; the others start at their previous estimates. */
    @Test
    void warmStartWithANewItem() {
        String newcomer = Simulation.id(ITEMS - 1);
        List<PairwiseJudgment> all = battles(3000, Simulation.bradleyTerry(), 3);
        Leaderboard previous = Leaderboards.rank(ComparisonTable.of(without(all, newcomer)), request(BT));
        assertThat(previous.fit().strengths()).doesNotContainKey(newcomer);
        ComparisonTable changed = ComparisonTable.of(all);

        Leaderboard warm = Leaderboards.rank(changed, request(BT).withStart(previous.fit()));

        assertThat(warm.fit().strengths()).containsKey(newcomer);
        assertThat(warm.fit().converged()).isTrue();
        assertSameRatings(warm, Leaderboards.rank(changed, request(BT)), 1e-8);
    }

    /** An item of the previous fit that is no longer judged is ignored, and centring absorbs its absence. */
    @Test
    void warmStartWithAnItemMissing() {
        String leaver = Simulation.id(0);
        List<PairwiseJudgment> all = battles(3000, Simulation.bradleyTerry(), 4);
        Leaderboard previous = Leaderboards.rank(ComparisonTable.of(all), request(BT));
        ComparisonTable changed = ComparisonTable.of(without(all, leaver));

        Leaderboard warm = Leaderboards.rank(changed, request(BT).withStart(previous.fit()));

        assertThat(warm.fit().strengths()).doesNotContainKey(leaver).hasSize(ITEMS - 1);
        assertThat(warm.fit().converged()).isTrue();
        assertSameRatings(warm, Leaderboards.rank(changed, request(BT)), 1e-8);
    }

    /**
     * Davidson's tie parameter (Davidson 1970) is carried over by name with the strengths:
     * restarted from its own estimate on the same data, the fit stops after one iteration, which
     * it could not if log ν restarted from the tie-share guess.
     */
    @Test
    void warmStartCarriesTheExtraParameters() {
        StrengthModel davidson = Registries.models().create("bt", Map.of("ties", "davidson"));
        List<PairwiseJudgment> base = battles(3000, Simulation.davidson(0.6), 6);
        Leaderboard previous = Leaderboards.rank(table(base, List.of()), request(davidson));
        assertThat(previous.fit().extras()).containsOnlyKeys("log_nu");
        assertThat(Leaderboards.rank(table(base, List.of()), request(davidson).withStart(previous.fit())).fit()
                .iterations()).isEqualTo(1);
        ComparisonTable changed = table(base, battles(10, Simulation.davidson(0.6), 7));

        Leaderboard cold = Leaderboards.rank(changed, request(davidson));
        Leaderboard warm = Leaderboards.rank(changed, request(davidson).withStart(previous.fit()));

        assertThat(warm.fit().converged()).isTrue();
        assertSameRatings(warm, cold, 1e-8);
        assertThat(warm.fit().extras().get("log_nu")).isCloseTo(cold.fit().extras().get("log_nu"), within(1e-8));
        assertThat(warm.fit().iterations()).isLessThan(cold.fit().iterations());
    }

    /** A finite starting point does not make a finite estimate: the existence check runs first. */
    @Test
    void warmStartStillReportsAMissingEstimate() {
        List<PairwiseJudgment> judgments = new ArrayList<>(battles(3000, Simulation.bradleyTerry(), 8));
        Leaderboard previous = Leaderboards.rank(table(judgments, List.of()), request(BT));
        String champion = Simulation.id(0);
        List<PairwiseJudgment> unbeaten = judgments.stream()
                .filter(j -> !(j.a().equals(champion) && j.outcome() != Outcome.A)
                        && !(j.b().equals(champion) && j.outcome() != Outcome.B))
                .toList();

        assertThatThrownBy(() -> Leaderboards.rank(table(unbeaten, List.of()), request(BT).withStart(previous.fit())))
                .isInstanceOf(NoFiniteEstimateException.class).hasMessageContaining("'" + champion + "' never lost");
    }

    private static Leaderboard.Entry entry(String name, double rating, Optional<Interval> ci) {
        return new Leaderboard.Entry(name, rating, ci, 1, new RankRange(1, 1),
                Optional.of(new RankRange(1, 2)), 0, 0, 0);
    }

    private static Leaderboard board(String scale, long judgments, UncertaintyMethod method,
                                     List<Leaderboard.Entry> entries, String warning) {
        int n = entries.size();
        double[][] expected = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                expected[a][b] = a == b ? 0.5 : a < b ? 0.7 : 0.3;
            }
        }
        return new Leaderboard("bradley-terry", "half", scale, judgments, entries,
                new Leaderboard.FitSummary(true, 5, -judgments, Map.of(), Map.of()),
                new Leaderboard.UncertaintySummary(method, 0.95, method == UncertaintyMethod.BOOTSTRAP ? 1000 : 0, 1, 0),
                List.of(warning), expected);
    }

    /**
     * By hand: before, A [1050, 1150] and B [950, 1050] touch (ranks 1–2 both) and C [780, 820]
     * is clear below. Now A rose 20 and B fell 10, so A [1070, 1170] and B [940, 1040] are
     * disjoint; C rose 130 to [910, 950] and overlaps B; the newcomer D has no interval and counts
     * as the point 1200, above all. Ranks: D 1..1, A 2..2, B 3..4, C 3..4.
     */
    @Test
    void laggedIntervalsKeepTheirOffsetsAndRanksFollowThem() {
        Leaderboard earlier = board("elo", 100, UncertaintyMethod.BOOTSTRAP, List.of(
                entry("A", 1100, Optional.of(new Interval(1050, 1150))),
                entry("B", 1000, Optional.of(new Interval(950, 1050))),
                entry("C", 800, Optional.of(new Interval(780, 820)))), "earlier warning");
        Leaderboard fresh = board("elo", 120, UncertaintyMethod.NONE, List.of(entry("D", 1200, Optional.empty()),
                entry("A", 1120, Optional.empty()), entry("B", 990, Optional.empty()),
                entry("C", 930, Optional.empty())), "fresh warning");

        Leaderboard lagged = Leaderboards.withLaggedIntervals(fresh, earlier);

        assertThat(Leaderboards.arenaRankRanges(new Interval[] {new Interval(1050, 1150), new Interval(950, 1050),
                new Interval(780, 820)})).containsExactly(new RankRange(1, 2), new RankRange(1, 2),
                new RankRange(3, 3));
        assertThat(lagged.items()).extracting(Leaderboard.Entry::name).containsExactly("D", "A", "B", "C");
        assertThat(lagged.items()).extracting(Leaderboard.Entry::rating).containsExactly(1200.0, 1120.0, 990.0, 930.0);
        assertThat(lagged.items()).extracting(Leaderboard.Entry::ci).containsExactly(Optional.empty(),
                Optional.of(new Interval(1070, 1170)), Optional.of(new Interval(940, 1040)),
                Optional.of(new Interval(910, 950)));
        assertThat(lagged.items()).extracting(Leaderboard.Entry::rankRange).containsExactly(new RankRange(1, 1),
                new RankRange(2, 2), new RankRange(3, 4), new RankRange(3, 4));
        assertThat(lagged.items()).extracting(Leaderboard.Entry::rank).containsExactly(1, 2, 3, 3);
        assertThat(lagged.items()).extracting(Leaderboard.Entry::rankQuantiles).containsExactly(Optional.empty(),
                Optional.of(new RankRange(1, 2)), Optional.of(new RankRange(1, 2)), Optional.of(new RankRange(1, 2)));
        assertThat(lagged.judgments()).isEqualTo(120);
        assertThat(lagged.fit()).isEqualTo(fresh.fit());
        assertThat(lagged.uncertainty()).isEqualTo(earlier.uncertainty());
        assertThat(lagged.expectedScores()).isDeepEqualTo(fresh.expectedScores());
        assertThat(lagged.warnings()).hasSize(3).startsWith("fresh warning", "earlier warning");
        assertThat(lagged.warnings().get(2)).contains("bootstrap", "100 judgments", "120", "background");
    }

    /** On real fits: every offset from the rating survives the refit; a newcomer has no interval. */
    @Test
    void laggedBootstrapIntervalsOnRealFits() {
        String newcomer = Simulation.id(ITEMS - 1);
        List<PairwiseJudgment> all = battles(3000, Simulation.bradleyTerry(), 9);
        LeaderboardRequest bootstrap = LeaderboardRequest.defaults(BT).withBootstrap(100, 3, 2);
        Leaderboard earlier = Leaderboards.rank(ComparisonTable.of(without(all, newcomer)), bootstrap);
        Leaderboard fresh = Leaderboards.rank(ComparisonTable.of(all), bootstrap.withMethod(UncertaintyMethod.NONE)
                .withStart(earlier.fit()));

        Leaderboard lagged = Leaderboards.withLaggedIntervals(fresh, earlier);

        Map<String, Leaderboard.Entry> before = byName(earlier);
        assertThat(lagged.items()).extracting(Leaderboard.Entry::name)
                .isEqualTo(fresh.items().stream().map(Leaderboard.Entry::name).toList());
        for (Leaderboard.Entry entry : lagged.items()) {
            Leaderboard.Entry old = before.get(entry.name());
            if (entry.name().equals(newcomer)) {
                assertThat(old).isNull();
                assertThat(entry.ci()).isEmpty();
                assertThat(entry.rankQuantiles()).isEmpty();
                continue;
            }
            Interval ci = entry.ci().orElseThrow();
            Interval oldCi = old.ci().orElseThrow();
            assertThat(ci.lower() - entry.rating()).as(entry.name())
                    .isCloseTo(oldCi.lower() - old.rating(), within(1e-9));
            assertThat(ci.upper() - entry.rating()).as(entry.name())
                    .isCloseTo(oldCi.upper() - old.rating(), within(1e-9));
            assertThat(entry.rankQuantiles()).isEqualTo(old.rankQuantiles());
        }
        Leaderboard withoutIntervals = Leaderboards.withLaggedIntervals(fresh, fresh);
        assertThat(withoutIntervals.items()).allSatisfy(entry -> assertThat(entry.ci()).isEmpty());
        assertThat(withoutIntervals.items()).extracting(Leaderboard.Entry::rankRange)
                .isEqualTo(fresh.items().stream().map(Leaderboard.Entry::rankRange).toList());
    }

    @Test
    void laggedIntervalsNeedTheSameScale() {
        Leaderboard elo = board("elo", 100, UncertaintyMethod.BOOTSTRAP,
                List.of(entry("A", 1000, Optional.of(new Interval(990, 1010)))), "");
        Leaderboard logit = board("logit", 120, UncertaintyMethod.NONE, List.of(entry("A", 0, Optional.empty())), "");
        assertThatThrownBy(() -> Leaderboards.withLaggedIntervals(logit, elo))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'logit'")
                .hasMessageContaining("'elo'");
    }

    /** The fitter's warm-start overload refuses a start of the wrong size or with extras outside their domain. */
    @Test
    void maximumLikelihoodRefusesABadStart() {
        ComparisonTable table = table(battles(500, Simulation.davidson(0.6), 10), List.of());
        Likelihood bradleyTerry = BT.likelihood(table);
        assertThatThrownBy(() -> MaximumLikelihood.fit(bradleyTerry, table.items(), FitOptions.defaults(),
                new double[ITEMS + 1])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(ITEMS + " parameters");
        Likelihood raoKupper = new BradleyTerry(TieModel.RAO_KUPPER).likelihood(table);
        assertThatThrownBy(() -> MaximumLikelihood.fit(raoKupper, table.items(), FitOptions.defaults(),
                new double[ITEMS + 1])).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("[log_theta]").hasMessageContaining("outside");
    }
}
