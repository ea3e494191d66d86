package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.app.Registries;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Axiom checks of registered rules against textbook facts (Felsenthal, "Review of paradoxes
 * afflicting procedures for electing a single candidate", 2012; Wikipedia, "Comparison of
 * electoral systems"): the search must find the violations the literature reports and none where
 * a theorem rules them out. Deterministic limits: exhaustive search only, no clock.
 */
class RegisteredRuleAxiomsTest {
    private static final SearchLimits EXHAUSTIVE = SearchLimits.defaults().withVoters(9).withSamples(0)
            .withTimeBudget(Duration.ofHours(1)).withExhaustiveProfiles(20_000);

    private static Optional<CounterExample> search(String rule, Axiom axiom) {
        return AxiomSearch.find(Registries.rules().create(rule), axiom, EXHAUSTIVE);
    }

    @Test
    void instantRunoffAndTheTwoRoundSystemAreNotMonotone() {
        assertThat(search("irv", Axiom.MONOTONICITY)).isPresent();
        assertThat(search("plurality-runoff", Axiom.MONOTONICITY)).isPresent();
    }

    @Test
    void bordaCanMissTheCondorcetWinnerAndMinimaxCanElectTheCondorcetLoser() {
        assertThat(search("borda", Axiom.CONDORCET_WINNER)).isPresent();
        assertThat(search("minimax", Axiom.CONDORCET_LOSER)).isPresent();
    }

    @Test
    void copelandDependsOnClones() {
        assertThat(search("copeland", Axiom.INDEPENDENCE_OF_CLONES)).isPresent();
    }

    @Test
    void condorcetMethodsNeverMissTheCondorcetWinnerAndAreMonotone() {
        for (String rule : new String[] {"schulze", "ranked-pairs", "kemeny", "copeland", "maximal-lottery"}) {
            assertThat(search(rule, Axiom.CONDORCET_WINNER)).as(rule).isEmpty();
            assertThat(search(rule, Axiom.PARETO)).as(rule).isEmpty();
        }
        assertThat(search("schulze", Axiom.MONOTONICITY)).isEmpty();
        assertThat(search("borda", Axiom.MONOTONICITY)).isEmpty();
    }
}
