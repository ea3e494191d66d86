package dev.ordinal.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.app.Registries;
import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import dev.ordinal.leaderboard.Scale;
import dev.ordinal.leaderboard.UncertaintyMethod;
import dev.ordinal.testing.Simulation;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/** Data on which a fit has no finite answer, or only a trivial one, and inputs that are not allowed. */
class EdgeCasesTest {

    /** Builds a table from (a, b, outcome) triples, each one judgment. */
    private static ComparisonTable table(Object[][] judgments) {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (Object[] j : judgments) {
            builder.add((String) j[0], (String) j[1], (Outcome) j[2], 1);
        }
        return builder.build();
    }

    private static Set<Set<String>> asSets(List<List<String>> groups) {
        return groups.stream().map(HashSet::new).collect(Collectors.toSet());
    }

    private static NoFiniteEstimateException failure(StrengthModel model, ComparisonTable table) {
        return catchThrowableOfType(NoFiniteEstimateException.class,
                () -> MaximumLikelihood.fit(model.likelihood(table), table.items(), FitOptions.defaults()));
    }

    /** Two groups, {a, b} and {c, d}, with decisive results both ways and a tie inside each, nothing between. */
    private static final Object[][] DISCONNECTED = {
        {"a", "b", Outcome.A}, {"a", "b", Outcome.B}, {"a", "b", Outcome.TIE},
        {"c", "d", Outcome.A}, {"d", "c", Outcome.A}, {"c", "d", Outcome.TIE}};

    /** "top" beats a, b and c; a, b, c beat each other in a cycle, with some ties. */
    private static final Object[][] NEVER_LOSES = {
        {"top", "a", Outcome.A}, {"b", "top", Outcome.B}, {"top", "c", Outcome.A},
        {"a", "b", Outcome.A}, {"b", "c", Outcome.A}, {"c", "a", Outcome.A}, {"a", "b", Outcome.TIE}};

    /** "bottom" loses to a, b and c; a, b, c beat each other in a cycle, with some ties. */
    private static final Object[][] NEVER_WINS = {
        {"bottom", "a", Outcome.B}, {"b", "bottom", Outcome.A}, {"c", "bottom", Outcome.A},
        {"a", "b", Outcome.A}, {"b", "c", Outcome.A}, {"c", "a", Outcome.A}, {"a", "b", Outcome.TIE}};

    @Test
    void disconnectedComparisonGraphNamesTheComponents() {
        ComparisonTable table = table(DISCONNECTED);
        for (StrengthModel model : Simulation.allModels()) {
            NoFiniteEstimateException e = failure(model, table);
            assertThat(e).as(Simulation.label(model)).isNotNull();
            assertThat(asSets(e.disconnectedComponents())).as(Simulation.label(model))
                    .isEqualTo(Set.of(Set.of("a", "b"), Set.of("c", "d")));
            assertThat(e.getMessage()).contains("2 groups", "'a'", "'b'", "'c'", "'d'", "prior=2").doesNotContain("--");
            assertThat(e).isInstanceOf(DataException.class);
            assertThat(e.remedy()).contains("set prior to get a finite MAP estimate (e.g. prior=2)");
        }
    }

    @Test
    void anItemThatNeverLosesIsNamed() {
        ComparisonTable table = table(NEVER_LOSES);
        for (StrengthModel model : Simulation.allModels()) {
            NoFiniteEstimateException e = failure(model, table);
            assertThat(e).as(Simulation.label(model)).isNotNull();
            assertThat(e.disconnectedComponents()).isEmpty();
            assertThat(e.unbeatenGroups()).as(Simulation.label(model)).containsExactly(List.of("top"));
            assertThat(asSets(e.winlessGroups())).as(Simulation.label(model)).containsExactly(Set.of("a", "b", "c"));
            assertThat(e.getMessage()).contains("'top' never lost");
        }
    }

    @Test
    void anItemThatNeverWinsIsNamed() {
        ComparisonTable table = table(NEVER_WINS);
        for (StrengthModel model : Simulation.allModels()) {
            NoFiniteEstimateException e = failure(model, table);
            assertThat(e).as(Simulation.label(model)).isNotNull();
            assertThat(e.winlessGroups()).as(Simulation.label(model)).containsExactly(List.of("bottom"));
            assertThat(asSets(e.unbeatenGroups())).as(Simulation.label(model)).containsExactly(Set.of("a", "b", "c"));
            assertThat(e.getMessage()).contains("'bottom' never won");
        }
    }

    /**
     * Ties read as half a win do bound strengths: a single tie against the field keeps an item
     * that never lost finite under half ties, but not when ties are dropped.
     */
    @Test
    void halfTiesCountAsEvidenceButDroppedTiesDoNot() {
        ComparisonTable table = table(new Object[][] {
            {"x", "a", Outcome.A}, {"x", "a", Outcome.TIE}, {"a", "b", Outcome.A}, {"b", "a", Outcome.A},
            {"b", "x", Outcome.B}});
        assertThat(failure(new BradleyTerry(TieModel.HALF), table)).isNull();
        assertThat(failure(new BradleyTerry(TieModel.DROP), table).unbeatenGroups()).containsExactly(List.of("x"));
    }

    @Test
    void aPriorGivesAFiniteMeanZeroAnswerInEveryCase() {
        for (Object[][] data : List.of(DISCONNECTED, NEVER_LOSES, NEVER_WINS)) {
            ComparisonTable table = table(data);
            for (StrengthModel model : Simulation.allModels()) {
                FitOptions options = FitOptions.defaults().withPrior(1.5);
                Fit fit = MaximumLikelihood.fit(model.likelihood(table), table.items(), options);
                String label = Simulation.label(model);
                assertThat(fit.converged()).as(label).isTrue();
                assertThat(Arrays.stream(fit.parameters()).allMatch(Double::isFinite)).as(label).isTrue();
                assertThat(Arrays.stream(fit.strengths()).sum()).as(label).isCloseTo(0, within(1e-12));
                double[] gradient = new double[fit.likelihood().parameterCount()];
                new Objective(fit.likelihood(), options).evaluate(fit.parameters(), gradient, null);
                assertThat(Arrays.stream(gradient).map(Math::abs).max().orElseThrow()).as(label).isLessThan(1e-8);
                int top = table.items().indexOf("top").orElse(-1);
                int bottom = table.items().indexOf("bottom").orElse(-1);
                double[] strengths = fit.strengths();
                for (int i = 0; i < strengths.length; i++) {
                    if (top >= 0 && i != top) {
                        assertThat(strengths[top]).as(label).isGreaterThan(strengths[i]);
                    }
                    if (bottom >= 0 && i != bottom) {
                        assertThat(strengths[bottom]).as(label).isLessThan(strengths[i]);
                    }
                }
            }
        }
    }

    @Test
    void oneItemGetsTheCentreAndRankOne() {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        builder.item("solo");
        ComparisonTable table = builder.build();
        for (UncertaintyMethod method : UncertaintyMethod.values()) {
            BradleyTerry model = new BradleyTerry(TieModel.HALF);
            Leaderboard board = Leaderboards.rank(table, LeaderboardRequest.defaults(model).withMethod(method)
                    .withBootstrap(20, 1, 1));
            assertThat(board.items()).hasSize(1);
            Leaderboard.Entry entry = board.items().get(0);
            assertThat(entry.name()).isEqualTo("solo");
            assertThat(entry.rating()).isEqualTo(1000);
            assertThat(entry.rank()).isEqualTo(1);
            assertThat(entry.rankRange().worst()).isEqualTo(1);
            assertThat(entry.comparisons()).isZero();
            entry.ci().ifPresent(ci -> assertThat(ci.upper() - ci.lower()).isCloseTo(0, within(1e-9)));
            assertThat(board.expectedScores()).isEqualTo(new double[][] {{0.5}});
        }
    }

    /**
     * Two items: every model is saturated, so the MLE reproduces the observed shares and has a
     * closed form. With w wins, l losses and t ties: BT with half ties gives θ₁ − θ₂ =
     * ln((w + t/2)/(l + t/2)), dropped ties ln(w/l); Thurstone Φ⁻¹ of the same share; Davidson
     * (1970) fits P(win) = w/n, P(tie) = t/n, so x = ln(w/l) and ν = t/√(wl); Rao–Kupper (1967)
     * fits 1/(1 + e^{η∓x}) = w/n and l/n.
     */
    @Test
    void twoItemsHaveClosedFormEstimates() {
        int w = 5;
        int l = 2;
        int t = 3;
        int n = w + l + t;
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (int k = 0; k < w; k++) {
            builder.add("p", "q", Outcome.A, 1);
        }
        for (int k = 0; k < l; k++) {
            builder.add("q", "p", Outcome.A, 1);
        }
        for (int k = 0; k < t; k++) {
            builder.add(k % 2 == 0 ? "p" : "q", k % 2 == 0 ? "q" : "p", k == 0 ? Outcome.BOTH_BAD : Outcome.TIE, 1);
        }
        ComparisonTable table = builder.build();
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double rkUpper = Math.log((double) (n - w) / w);   // η − x
        double rkLower = Math.log((double) (n - l) / l);   // η + x
        record Expected(StrengthModel model, double difference, double[] extras) { }
        List<Expected> cases = List.of(
                new Expected(new BradleyTerry(TieModel.HALF), Math.log((w + t / 2.0) / (l + t / 2.0)), new double[0]),
                new Expected(new BradleyTerry(TieModel.DROP), Math.log((double) w / l), new double[0]),
                new Expected(new BradleyTerry(TieModel.DAVIDSON), Math.log((double) w / l),
                        new double[] {Math.log(t / Math.sqrt(w * l))}),
                new Expected(new BradleyTerry(TieModel.RAO_KUPPER), (rkLower - rkUpper) / 2,
                        new double[] {(rkLower + rkUpper) / 2}),
                new Expected(new ThurstoneMosteller(TieModel.HALF), normal.inverseCumulativeProbability(
                        (w + t / 2.0) / n), new double[0]),
                new Expected(new ThurstoneMosteller(TieModel.DROP), normal.inverseCumulativeProbability(
                        (double) w / (w + l)), new double[0]),
                new Expected(new PlackettLuce(), Math.log((double) w / l), new double[0]));
        for (Expected expected : cases) {
            Fit fit = MaximumLikelihood.fit(expected.model().likelihood(table), table.items(), FitOptions.defaults());
            String label = Simulation.label(expected.model());
            double[] parameters = fit.parameters();
            assertThat(parameters[0]).as(label).isCloseTo(expected.difference() / 2, within(1e-9));
            assertThat(parameters[1]).as(label).isCloseTo(-expected.difference() / 2, within(1e-9));
            for (int k = 0; k < expected.extras().length; k++) {
                assertThat(parameters[2 + k]).as(label).isCloseTo(expected.extras()[k], within(1e-9));
            }
        }
    }

    @Test
    void anEmptyTableCannotBeRanked() {
        ComparisonTable empty = ComparisonTable.builder().build();
        assertThat(empty.itemCount()).isZero();
        for (StrengthModel model : List.of(new BradleyTerry(TieModel.HALF), new ThurstoneMosteller(TieModel.DROP),
                new PlackettLuce())) {
            assertThatThrownBy(() -> Leaderboards.rank(empty, LeaderboardRequest.defaults(model)
                    .withScale(Scale.logit())))
                    .as(Simulation.label(model)).isInstanceOf(DataException.class)
                    .hasMessageContaining("no judgments");
        }
    }

    @Test
    void tieModelsNeedTiesAndDecisiveResults() {
        ComparisonTable noTies = table(new Object[][] {{"a", "b", Outcome.A}, {"b", "a", Outcome.A}});
        ComparisonTable onlyTies = table(new Object[][] {{"a", "b", Outcome.TIE}, {"b", "a", Outcome.BOTH_BAD}});
        for (TieModel ties : List.of(TieModel.DAVIDSON, TieModel.RAO_KUPPER)) {
            BradleyTerry model = new BradleyTerry(ties);
            assertThatThrownBy(() -> model.likelihood(noTies)).isInstanceOf(DataException.class)
                    .hasMessageContaining("ties " + ties.label())
                    .hasMessageContaining("no ties")
                    .hasMessageContaining("ties half")
                    .hasMessageNotContaining("--");
            assertThat(catchThrowableOfType(DataException.class, () -> model.likelihood(noTies)).remedy())
                    .contains("use ties half or ties drop");
            assertThatThrownBy(() -> model.likelihood(onlyTies)).isInstanceOf(DataException.class)
                    .hasMessageContaining("decisive");
            assertThatThrownBy(() -> Leaderboards.rank(noTies, LeaderboardRequest.defaults(model)))
                    .isInstanceOf(DataException.class).hasMessageContaining("no ties");
        }
        // The plain readings accept both.
        assertThat(new BradleyTerry(TieModel.HALF).likelihood(onlyTies).itemCount()).isEqualTo(2);
    }

    @Test
    void thurstoneRefusesDavidsonAndRaoKupperTies() {
        for (TieModel ties : List.of(TieModel.DAVIDSON, TieModel.RAO_KUPPER)) {
            assertThatThrownBy(() -> new ThurstoneMosteller(ties)).isInstanceOf(InvalidParameterException.class)
                    .hasMessageContaining("ties must be half or drop");
            assertThatThrownBy(() -> Registries.models().create("thurstone", Map.of("ties", ties.label())))
                    .isInstanceOf(InvalidParameterException.class).hasMessageContaining("ties must be one of half, drop");
        }
        assertThat(((ThurstoneMosteller) Registries.models().create("thurstone")).ties()).isEqualTo(TieModel.HALF);
    }
}
