package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.InvalidParameterException;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The axiom search against known answers. Plurality's record is the one in Wikipedia's
 * "Comparison of electoral systems" table and in Felsenthal (2012), "Review of paradoxes afflicting
 * procedures for electing a single candidate": it fails the Condorcet winner and loser criteria,
 * independence of clones (vote splitting) and reversal symmetry, and is monotone, Pareto efficient
 * and satisfies participation. The smallest sizes asserted are worked out by hand in each test.
 */
class AxiomSearchTest {
    /** Exhaustive for 3 and 4 candidates up to 6 and 3 voters, no clock, no random profiles: deterministic. */
    private static final SearchLimits SMALL = SearchLimits.defaults().withVoters(6).withSamples(0)
            .withTimeBudget(Duration.ofHours(1)).withExhaustiveProfiles(3_000);

    private static final VotingRule PLURALITY = new Plurality();

    private static CounterExample violation(VotingRule rule, Axiom axiom) {
        Optional<CounterExample> found = AxiomSearch.find(rule, axiom, SMALL);
        assertThat(found).as("%s should break %s", rule.name(), axiom.label()).isPresent();
        assertThat(found.get().axiom()).isEqualTo(axiom);
        assertThat(found.get().rule()).isEqualTo(rule.name());
        return found.get();
    }

    private static Set<String> winners(VotingRule rule, Ballots ballots) {
        return new HashSet<>(rule.apply(ballots).winnerNames());
    }

    /**
     * Three voters a≻b≻c, b≻a≻c, c≻b≻a: b beats a and c 2–1 but plurality ties all three. Two voters
     * cannot do it: a Condorcet winner over two voters is first on both ballots.
     */
    @Test
    void pluralityMissesTheCondorcetWinnerWithThreeVoters() {
        CounterExample example = violation(PLURALITY, Axiom.CONDORCET_WINNER);
        assertThat(example.voters()).isEqualTo(3);
        assertThat(example.candidates()).isEqualTo(3);
        assertThat(example.minimal()).isTrue();
        int condorcet = example.profile().majority().condorcetWinner();
        assertThat(condorcet).isNotNegative();
        assertThat(winners(PLURALITY, example.profile())).isEqualTo(new HashSet<>(example.winners()))
                .isNotEqualTo(Set.of(example.profile().candidates().name(condorcet)));
        assertThat(example.modification()).isEmpty();
        assertThat(example.reason()).contains("is the Condorcet winner");
    }

    /** a≻b≻c, b≻a≻c, c≻a≻b: c loses both majorities 1–2 yet ties for the most first places. */
    @Test
    void pluralityCanElectTheCondorcetLoserWithThreeVoters() {
        CounterExample example = violation(PLURALITY, Axiom.CONDORCET_LOSER);
        assertThat(example.voters()).isEqualTo(3);
        assertThat(example.minimal()).isTrue();
        int loser = example.profile().majority().condorcetLoser();
        assertThat(example.winners()).contains(example.profile().candidates().name(loser));
    }

    /**
     * a≻b≻c, a≻c≻b, b≻c≻a elects a alone; reversed, a, b and c each come first once, so a still
     * shares the win. Two voters cannot do it: a lone winner is first on both ballots, so last on
     * neither reversed ballot, while someone else is.
     */
    @Test
    void pluralityFailsReversalSymmetryWithThreeVoters() {
        CounterExample example = violation(PLURALITY, Axiom.REVERSAL_SYMMETRY);
        assertThat(example.voters()).isEqualTo(3);
        assertThat(example.candidates()).isEqualTo(3);
        assertThat(CounterExample.prefLibLines(example.profile())).containsExactly("1: a,b,c", "1: a,c,b", "1: b,c,a");
        assertThat(example.minimal()).isTrue();
        assertThat(example.winners()).hasSize(1);
        assertThat(example.winnersAfter()).contains(example.winners().get(0));
        assertThat(winners(PLURALITY, example.modified().orElseThrow())).isEqualTo(new HashSet<>(example.winnersAfter()));
        assertThat(example.modification()).contains("reversed every ballot");
    }

    /**
     * Vote splitting: a≻b≻c, a≻c≻b, b≻a≻c elects a; a clone a' above a on one of a's ballots and
     * below it on the other ties a, a' and b. With two voters no clone changes who wins.
     */
    @Test
    void pluralityFailsIndependenceOfClonesWithThreeVoters() {
        CounterExample example = violation(PLURALITY, Axiom.INDEPENDENCE_OF_CLONES);
        assertThat(example.voters()).isEqualTo(3);
        assertThat(example.minimal()).isTrue();
        Ballots cloned = example.modified().orElseThrow();
        assertThat(cloned.candidateCount()).isEqualTo(example.candidates() + 1);
        assertThat(cloned.candidates().name(example.candidates())).endsWith("'");
        assertThat(winners(PLURALITY, cloned)).isEqualTo(new HashSet<>(example.winnersAfter()));
        assertThat(example.modification().orElseThrow()).startsWith("added ").contains("a clone of");
    }

    @Test
    void pluralityIsMonotoneParetoAndKeepsParticipation() {
        AxiomSearch search = new AxiomSearch(SMALL);
        for (Axiom axiom : List.of(Axiom.MONOTONICITY, Axiom.PARETO, Axiom.PARTICIPATION)) {
            AxiomReport report = search.search(PLURALITY, axiom, done -> { });
            assertThat(report.counterExample()).as(axiom.label()).isEmpty();
            assertThat(report.notApplicable()).isEmpty();
            assertThat(report.timedOut()).isFalse();
            // 6 voters over 3 candidates (462 profiles) and 3 voters over 4 (2,600) are under the
            // 3,000-profile limit; 4 voters over 4 candidates (17,550) are not
            assertThat(report.exhaustiveVoters()).containsEntry(3, 6).containsEntry(4, 3);
            assertThat(report.randomProfiles()).isZero();
            assertThat(report.profiles()).isEqualTo(search.plannedProfiles());
        }
    }

    @Test
    void copelandKeepsTheAxiomsItIsKnownToKeep() {
        VotingRule copeland = new Copeland(0.5);
        for (Axiom axiom : List.of(Axiom.CONDORCET_WINNER, Axiom.CONDORCET_LOSER, Axiom.PARETO, Axiom.MONOTONICITY,
                Axiom.REVERSAL_SYMMETRY)) {
            assertThat(AxiomSearch.find(copeland, axiom, SMALL)).as(axiom.label()).isEmpty();
        }
    }

    /**
     * Copeland and clones: a≻b≻c and b≻a≻c tie a and b (a–b tied, both beat c); with a clone a' right
     * below a on both ballots, a beats a' and c and ties b (2.5 points with ties worth ½), while b
     * ties a and a' and beats c (2 points), so b no longer wins. One voter
     * cannot do it: Copeland elects the top of a lone ballot, or its clone.
     */
    @Test
    void copelandFailsIndependenceOfClonesWithTwoVoters() {
        VotingRule copeland = new Copeland(0.5);
        CounterExample example = violation(copeland, Axiom.INDEPENDENCE_OF_CLONES);
        assertThat(example.voters()).isEqualTo(2);
        assertThat(example.minimal()).isTrue();
        assertThat(winners(copeland, example.modified().orElseThrow())).isEqualTo(new HashSet<>(example.winnersAfter()));
    }

    /** One voter a≻b≻c elects b and c; raising b above a gives b a first place, and b loses. */
    @Test
    void aRuleThatPunishesFirstPlacesIsNotMonotone() {
        VotingRule rule = AxiomTestRules.fewestFirstPlaces();
        CounterExample example = violation(rule, Axiom.MONOTONICITY);
        assertThat(example.voters()).isEqualTo(1);
        assertThat(example.candidates()).isEqualTo(3);
        assertThat(example.minimal()).isTrue();
        assertThat(CounterExample.prefLibLines(example.profile())).containsExactly("1: a,b,c");
        assertThat(example.winners()).containsExactly("b", "c");
        assertThat(example.modification()).contains("raised b on one ballot a,b,c, making it b,a,c");
        assertThat(example.winnersAfter()).containsExactly("a", "c");
        CounterExample pareto = violation(rule, Axiom.PARETO);
        assertThat(pareto.voters()).isEqualTo(1);
        assertThat(pareto.reason()).isEqualTo("every voter ranks a above b, yet b is among the winners b, c");
    }

    /** One voter a≻b≻c elects a; a second identical ballot makes the count even, electing b and c. */
    @Test
    void participationFailsWhenOneMoreBallotTurnsTheResultOver() {
        CounterExample example = violation(AxiomTestRules.parityFlip(), Axiom.PARTICIPATION);
        assertThat(example.voters()).isEqualTo(1);
        assertThat(example.minimal()).isTrue();
        assertThat(example.modification()).contains("added one ballot a,b,c");
        assertThat(example.winners()).containsExactly("a");
        assertThat(example.winnersAfter()).containsExactly("b", "c");
        assertThat(CounterExample.prefLibLines(example.modified().orElseThrow())).containsExactly("2: a,b,c");
    }

    /** Ties are read as sets: plurality tying a and b is not a participation failure for any newcomer. */
    @Test
    void participationNeedsEveryOldWinnerAboveEveryNewOne() {
        assertThat(AxiomSearch.find(AxiomTestRules.fewestFirstPlaces(), Axiom.PARTICIPATION,
                SMALL.withCandidates(3, 3).withVoters(4))).isEmpty();
    }

    @Test
    void randomSearchIsSeededAndShrinks() {
        SearchLimits randomOnly = SearchLimits.defaults().withVoters(9).withExhaustiveProfiles(0).withSamples(300)
                .withTimeBudget(Duration.ofHours(1)).withSeed(7);
        CounterExample first = AxiomSearch.find(PLURALITY, Axiom.CONDORCET_WINNER, randomOnly).orElseThrow();
        CounterExample again = AxiomSearch.find(PLURALITY, Axiom.CONDORCET_WINNER, randomOnly).orElseThrow();
        assertThat(CounterExample.prefLibLines(again.profile())).isEqualTo(CounterExample.prefLibLines(first.profile()));
        // nothing was checked exhaustively, so no claim of minimality; shrinking removes voters while
        // the failure stays, so no single voter can be taken away from what is reported
        assertThat(first.minimal()).isFalse();
        assertThat(first.voters()).isLessThanOrEqualTo(5);
        assertThat(first.profile().majority().condorcetWinner()).isNotNegative();
        AxiomReport report = new AxiomSearch(randomOnly).search(PLURALITY, Axiom.CONDORCET_WINNER, done -> { });
        assertThat(report.exhaustiveVoters()).containsEntry(3, 0).containsEntry(4, 0);
        assertThat(report.randomProfiles()).isPositive();
    }

    /**
     * With at most 100 profiles a size checked exhaustively, 2 voters over 4 candidates (300
     * profiles) go unchecked, so the 3-voter example over 3 candidates is not proven smallest.
     */
    @Test
    void anUncheckedSmallerSizeLeavesMinimalityOpen() {
        CounterExample example = AxiomSearch.find(PLURALITY, Axiom.CONDORCET_WINNER, SMALL.withExhaustiveProfiles(100))
                .orElseThrow();
        assertThat(example.voters()).isEqualTo(3);
        assertThat(example.minimal()).isFalse();
    }

    @Test
    void rulesThatCannotTakeRankingsAreNotApplicable() {
        AxiomReport scores = new AxiomSearch(SMALL).search(AxiomTestRules.needsScores(), Axiom.PARETO, done -> { });
        assertThat(scores.notApplicable()).hasValueSatisfying(reason -> assertThat(reason).contains("needs cardinal scores"));
        assertThat(scores.counterExample()).isEmpty();
        AxiomReport committee = new AxiomSearch(SMALL).search(AxiomTestRules.twoSeats(), Axiom.PARETO, done -> { });
        assertThat(committee.notApplicable()).hasValueSatisfying(reason -> assertThat(reason).contains("seats=1"));
    }

    @Test
    void axiomsByLabel() {
        for (Axiom axiom : Axiom.values()) {
            assertThat(Axiom.byLabel(axiom.label())).isEqualTo(axiom);
        }
        assertThatThrownBy(() -> Axiom.byLabel("clone"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("axioms"))
                .hasMessageContaining("independence-of-clones");
    }

    @Test
    void limitsAreValidated() {
        assertThatThrownBy(() -> SearchLimits.defaults().withCandidates(4, 3))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("candidates"))
                .hasMessage("candidates must be a range within 2..6 (min <= max), got '4..3'");
        assertThatThrownBy(() -> SearchLimits.defaults().withVoters(0)).isInstanceOf(InvalidParameterException.class)
                .hasMessage("voters must be a whole number of at least 1, got '0'");
        assertThatThrownBy(() -> SearchLimits.defaults().withTimeBudget(Duration.ZERO))
                .isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void compositionsEnumerateEveryAnonymousProfileOnce() {
        // C(n + k − 1, k − 1): 6,188 profiles of 12 voters over the 6 rankings of 3 candidates,
        // 17,550 of 4 voters over the 24 rankings of 4 candidates
        assertThat(AxiomSearch.multisets(12, 6, Long.MAX_VALUE)).isEqualTo(6188);
        assertThat(AxiomSearch.multisets(4, 24, Long.MAX_VALUE)).isEqualTo(17550);
        assertThat(AxiomSearch.multisets(100, 720, 1_000)).isEqualTo(1_000);
        int[] counts = {5, 0, 0, 0};
        Set<String> seen = new HashSet<>();
        do {
            assertThat(Arrays.stream(counts).sum()).isEqualTo(5);
            seen.add(Arrays.toString(counts));
        } while (AxiomSearch.nextComposition(counts));
        assertThat(seen).hasSize((int) AxiomSearch.multisets(5, 4, Long.MAX_VALUE)).hasSize(56);
    }

    @Test
    void rankingsAreNumberedLexicographically() {
        Rankings rankings = new Rankings(3);
        assertThat(rankings.size()).isEqualTo(6);
        assertThat(rankings.text(0)).isEqualTo("a,b,c");
        assertThat(rankings.text(3)).isEqualTo("b,c,a");
        assertThat(rankings.text(5)).isEqualTo("c,b,a");
        Rankings four = new Rankings(4);
        for (int t = 0; t < four.size(); t++) {
            assertThat(four.indexOf(four.order(t))).isEqualTo(t);
        }
        assertThat(rankings.reversed(0)).isEqualTo(5);
        assertThat(rankings.text(rankings.raised(5, 0, 2))).isEqualTo("a,c,b");
        assertThat(rankings.text(rankings.raised(5, 0, 1))).isEqualTo("c,a,b");
    }

    @Test
    void prefLibLinesPutTheCommonestBallotFirst() {
        Ballots ballots = Ballots.builder().add(List.of(List.of("a"), List.of("b", "c")), 1)
                .add(List.of(List.of("c"), List.of("b"), List.of("a")), 2).build();
        assertThat(CounterExample.prefLibLines(ballots)).containsExactly("2: c,b,a", "1: a,{b,c}");
    }
}
