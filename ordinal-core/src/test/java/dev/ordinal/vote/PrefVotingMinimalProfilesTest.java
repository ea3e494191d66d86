package dev.ordinal.vote;

import static dev.ordinal.vote.ScoringSequentialFixtures.soc;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.app.Registries;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pref_voting example profiles (voting-tools/pref_voting, pref_voting/data/examples/
 * condorcet_winner/, version 1.18.1; MIT licence, Copyright (c) 2024 Wes Holliday and Eric Pacuit,
 * see src/test/resources/vote/LICENSE-MIT.txt). Each {@code minimal_<Method>.soc} is a smallest
 * profile with a Condorcet winner that {@code <Method>} does not elect as its only winner; in
 * {@code minimal_resolute_<Method>.soc} the method elects one other candidate. The expected
 * winners below were counted by hand (in comments) and agree with that description; candidates
 * are numbered as in the files.
 */
class PrefVotingMinimalProfilesTest {
    static Stream<Arguments> profiles() {
        return Stream.of(
                // 2 × 2>1>0: 0 is last on both ballots, 1 and 2 on none.
                Arguments.of("minimal_Anti-Plurality.soc", "anti-plurality", 2, new int[] {1, 2}),
                // 2 × 1>2>0, 1 × 2>0>1: points 1: 2, 2: 3, 0: 1.
                Arguments.of("minimal_resolute_Anti-Plurality.soc", "anti-plurality", 1, new int[] {2}),
                // 2 × 1>2>0, 1 × 2>0>1: Borda 1: 4, 2: 2 + 2 = 4, 0: 1.
                Arguments.of("minimal_Borda.soc", "borda", 1, new int[] {1, 2}),
                // 3 × 1>2>0, 2 × 2>0>1: Borda 1: 6, 2: 3 + 4 = 7, 0: 2.
                Arguments.of("minimal_resolute_Borda.soc", "borda", 1, new int[] {2}),
                // 2 × 2>1>0, 0>2>1, 1>0>2, 1>2>0: Dowdall 2: 2 + 1/2 + 1/3 + 1/2 = 10/3,
                // 1: 1 + 1/3 + 1 + 1 = 10/3, 0: 2/3 + 1 + 1/2 + 1/3 = 5/2.
                Arguments.of("minimal_Dowdall.soc", "dowdall", 2, new int[] {1, 2}),
                // 2 × 1>0>2, 2 × 2>0>1, 0>2>1: Dowdall 1: 2 + 2/3, 2: 2 + 2/3 + 1/2, 0: 1 + 1 + 1.
                Arguments.of("minimal_resolute_Dowdall.soc", "dowdall", 0, new int[] {2}),
                // 0>2>1, 1>2>0, 2>1>0: one first choice each, so all three tie at once.
                Arguments.of("minimal_Instant_Runoff.soc", "irv", 2, new int[] {0, 1, 2}),
                // 2 × 1>0>2, 2 × 2>0>1, 0>2>1: 0 (1 vote) goes, then 2 has 3 of 5.
                Arguments.of("minimal_resolute_Instant_Runoff.soc", "irv", 0, new int[] {2}),
                // 3 × 1>0>2, 2 × 2>0>1, 2 × 2>1>0, 0>2>1, 1>2>0: no majority (1: 4, 2: 4, 0: 1 of
                // 9); last places 2: 3, 1: 3, 0: 3 tie, so all three win.
                Arguments.of("minimal_Coombs.soc", "coombs", 2, new int[] {0, 1, 2}),
                // 2 × 2>1>0>3, 2 × 3>2>0>1, 1>3>2>0, 2>3>1>0, 3>1>0>2: no majority (2: 3, 3: 3 of 7);
                // last places 3, 1 and 0 have 2 each, 2 has 1: three go at once and 2 is left.
                Arguments.of("minimal_resolute_Coombs.soc", "coombs", 3, new int[] {2}),
                // 2 × 2>1>0, 0>2>1, 1>0>2, 1>2>0 of 5: first ranks 2: 2, 1: 2, 0: 1; with second
                // ranks 2: 4, 1: 4, 0: 2: 1 and 2 tie.
                Arguments.of("minimal_Bucklin.soc", "bucklin", 2, new int[] {1, 2}),
                // 3 × 2>1>0, 2 × 1>0>2, 0>2>1, 1>2>0 of 7: first ranks 2: 3, 1: 3; with second ranks
                // 1: 6, 2: 5, 0: 3.
                Arguments.of("minimal_resolute_Bucklin.soc", "bucklin", 2, new int[] {1}),
                // 0>2>1, 1>2>0, 2>1>0: all tie for first, so all go to the runoff, where they still
                // tie (pref_voting's parallel-universe variant elects 1 and 2 here instead).
                Arguments.of("minimal_PluralityWRunoff_PUT.soc", "plurality-runoff", 2, new int[] {0, 1, 2}),
                // 2 × 1>0>2, 2 × 2>0>1, 0>2>1: 1 and 2 go through; 2 wins the runoff 3 to 2.
                Arguments.of("minimal_resolute_PluralityWRunoff_PUT.soc", "plurality-runoff", 0, new int[] {2}));
    }

    @ParameterizedTest(name = "{1} on {0}")
    @MethodSource("profiles")
    void theRuleMissesTheCondorcetWinnerAsExpected(String file, String rule, int condorcetWinner, int[] winners) {
        Ballots ballots = soc(file);
        assertThat(ballots.majority().condorcetWinner()).isEqualTo(condorcetWinner);
        assertThat(Registries.rules().create(rule).apply(ballots).winners()).containsExactly(winners);
    }

    @ParameterizedTest
    @ValueSource(strings = {"baldwin", "nanson-strict", "nanson-weak"})
    void condorcetConsistentRulesElectTheCondorcetWinnerOnEveryExample(String rule) {
        for (String file : profiles().map(arguments -> (String) arguments.get()[0]).toList()) {
            Ballots ballots = soc(file);
            assertThat(Registries.rules().create(rule).apply(ballots).winners()).as(file)
                    .containsExactly(ballots.majority().condorcetWinner());
        }
    }
}
