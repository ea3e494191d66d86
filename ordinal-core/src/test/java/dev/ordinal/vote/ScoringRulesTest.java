package dev.ordinal.vote;

import static dev.ordinal.vote.ScoringSequentialFixtures.ballots;
import static dev.ordinal.vote.ScoringSequentialFixtures.rankingNames;
import static dev.ordinal.vote.ScoringSequentialFixtures.scoresByName;
import static dev.ordinal.vote.ScoringSequentialFixtures.tennessee;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.app.Registries;
import dev.ordinal.error.InvalidParameterException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Borda, Dowdall, anti-plurality and positional scoring: reference values, ties, truncation, options. */
class ScoringRulesTest {
    private static final List<String> ABCD = List.of("a", "b", "c", "d");

    private static VoteResult apply(String rule, Ballots ballots) {
        return Registries.rules().create(rule).apply(ballots);
    }

    private static VoteResult apply(String rule, Map<String, String> options, Ballots ballots) {
        return Registries.rules().create(rule, options).apply(ballots);
    }

    @Test
    void tennesseeBordaScoresAreWikipedias() {
        // Wikipedia, "Borda count", Tennessee example with points 3, 2, 1, 0 per 100 voters:
        // Nashville 194, Chattanooga 173, Memphis 126, Knoxville 107.
        VoteResult result = apply("borda", tennessee());
        assertThat(scoresByName(result)).containsExactly(Map.entry("Memphis", 126.0), Map.entry("Nashville", 194.0),
                Map.entry("Chattanooga", 173.0), Map.entry("Knoxville", 107.0));
        assertThat(result.winnerNames()).containsExactly("Nashville");
        assertThat(rankingNames(result)).containsExactly(
                List.of("Nashville"), List.of("Chattanooga"), List.of("Memphis"), List.of("Knoxville"));
        assertThat(result.scoreName()).contains("Borda score");
    }

    @Test
    void tennesseePluralityElectsMemphis() {
        // Wikipedia, "Instant-runoff voting", Tennessee example: Memphis has the most first choices (42).
        assertThat(apply("plurality", tennessee()).winnerNames()).containsExactly("Memphis");
    }

    @Test
    void tennesseeDowdallByHand() {
        // Hand-checked: Memphis 42 + 58/4 = 56.5; Nashville 26 + 42/2 + 32/3 = 173/3;
        // Chattanooga 15 + 43/2 + 42/3 = 50.5; Knoxville 17 + 15/2 + 26/3 + 42/4 = 131/3.
        Map<String, Double> scores = scoresByName(apply("dowdall", tennessee()));
        assertThat(scores.get("Memphis")).isCloseTo(56.5, within(1e-9));
        assertThat(scores.get("Nashville")).isCloseTo(173.0 / 3, within(1e-9));
        assertThat(scores.get("Chattanooga")).isCloseTo(50.5, within(1e-9));
        assertThat(scores.get("Knoxville")).isCloseTo(131.0 / 3, within(1e-9));
        assertThat(apply("dowdall", tennessee()).winnerNames()).containsExactly("Nashville");
    }

    @Test
    void tennesseeAntiPluralityTiesNashvilleAndChattanooga() {
        // Hand-checked: last places are Knoxville 42 and Memphis 58, so Nashville and Chattanooga are
        // never last (100 points each), Knoxville 58, Memphis 42.
        VoteResult result = apply("anti-plurality", tennessee());
        assertThat(scoresByName(result)).containsEntry("Nashville", 100.0).containsEntry("Chattanooga", 100.0)
                .containsEntry("Knoxville", 58.0).containsEntry("Memphis", 42.0);
        assertThat(result.winnerNames()).containsExactly("Nashville", "Chattanooga");
        assertThat(rankingNames(result)).containsExactly(
                List.of("Nashville", "Chattanooga"), List.of("Knoxville"), List.of("Memphis"));
    }

    @Test
    void positionalWithBordaOrPluralityVectorsAgreesWithThoseRules() {
        Ballots ballots = tennessee();
        assertThat(apply("positional", Map.of("scores", "3,2,1,0"), ballots).scores())
                .contains(apply("borda", ballots).scores().orElseThrow());
        assertThat(apply("positional", Map.of("scores", "1, 0, 0, 0"), ballots).scores())
                .contains(apply("plurality", ballots).scores().orElseThrow());
        assertThat(apply("positional", ballots).scores()).contains(apply("borda", ballots).scores().orElseThrow());
        assertThat(apply("positional", ballots).rule()).isEqualTo("positional");
    }

    @Test
    void positionalRejectsAVectorOfTheWrongLengthOrIncreasing() {
        assertThatThrownBy(() -> apply("positional", Map.of("scores", "2,1,0"), tennessee()))
                .isInstanceOf(VoteException.class)
                .hasMessage("scores lists 3 points but there are 4 candidates; set scores to one number per position");
        assertThatThrownBy(() -> Registries.rules().create("positional", Map.of("scores", "3,1,2,0")))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("do not increase").hasMessageContaining("positions 2 and 3");
        assertThatThrownBy(() -> Registries.rules().create("positional", Map.of("scores", "3,x")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("scores must be comma-separated numbers, got '3,x'");
        assertThatThrownBy(() -> Registries.rules().create("borda", Map.of("truncated", "half")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("truncated must be one of average, zero");
    }

    @Test
    void aTiedGroupSharesTheAverageOfItsPositions() {
        // a > b = c > d: b and c occupy positions 2 and 3 (points 2 and 1) and get 1.5 each.
        Ballots ballots = ballots(ABCD, 2, "a>b=c>d");
        assertThat(apply("borda", ballots).scores()).contains(new double[] {6, 3, 3, 0});
        // Dowdall: (1/2 + 1/3) / 2 = 5/12 each.
        double[] dowdall = apply("dowdall", ballots).scores().orElseThrow();
        assertThat(dowdall[1]).isCloseTo(2 * 5.0 / 12, within(1e-12));
        assertThat(dowdall[1]).isEqualTo(dowdall[2]);
        assertThat(rankingNames(apply("borda", ballots))).containsExactly(
                List.of("a"), List.of("b", "c"), List.of("d"));
    }

    @Test
    void truncatedBallotsFollowTheChosenConvention() {
        // a > b, with c and d unranked: they occupy positions 3 and 4 (points 1 and 0).
        Ballots ballots = ballots(ABCD, 1, "a>b");
        assertThat(apply("borda", ballots).scores()).contains(new double[] {3, 2, 0.5, 0.5});
        Map<String, String> zero = Map.of("truncated", "zero");
        assertThat(apply("borda", zero, ballots).scores()).contains(new double[] {3, 2, 0, 0});
        // Dowdall: unranked share (1/3 + 1/4) / 2 = 7/24, or nothing.
        assertThat(apply("dowdall", ballots).scores().orElseThrow()[2]).isCloseTo(7.0 / 24, within(1e-12));
        assertThat(apply("dowdall", zero, ballots).scores().orElseThrow()[2]).isZero();
        // Anti-plurality: c and d share the last place, so each keeps half a point, or gets nothing.
        assertThat(apply("anti-plurality", ballots).scores()).contains(new double[] {1, 1, 0.5, 0.5});
        assertThat(apply("anti-plurality", zero, ballots).scores()).contains(new double[] {1, 1, 0, 0});
        assertThat(apply("borda", ballots).explanation().parts())
                .anyMatch(part -> part instanceof Explanation.Note note && note.text().contains("average of the points of the positions left"));
    }

    @Test
    void anEmptyBallotGivesEveryoneTheAverageOrNothing() {
        Ballots ballots = ballots(ABCD, 1, "a>b>c>d", 2, "");
        assertThat(apply("borda", ballots).scores()).contains(new double[] {6, 5, 4, 3});
        assertThat(apply("borda", Map.of("truncated", "zero"), ballots).scores())
                .contains(new double[] {3, 2, 1, 0});
    }

    @Test
    void weightsMultiplyPoints() {
        Ballots once = ballots(ABCD, 1, "b>a>d>c", 1, "c>a");
        Ballots weighted = ballots(ABCD, 2.5, "b>a>d>c", 2.5, "c>a");
        double[] single = apply("borda", once).scores().orElseThrow();
        double[] scaled = apply("borda", weighted).scores().orElseThrow();
        for (int c = 0; c < 4; c++) {
            assertThat(scaled[c]).isCloseTo(2.5 * single[c], within(1e-12));
        }
    }

    @Test
    void sharesThatDifferOnlyByRoundingTie() {
        // Hand-checked: 1/2 + 1/3 + 1/2 + 2 = 1/3 + 1 + 1 + 1 = 10/3, added in different orders.
        Ballots ballots = ballots(List.of("x", "y", "z"), 2, "z>y>x", 1, "x>z>y", 1, "y>x>z", 1, "y>z>x");
        assertThat(apply("dowdall", ballots).winnerNames()).containsExactly("y", "z");
    }

    @Test
    void oneCandidateAndNoBallots() {
        VoteResult single = apply("borda", ballots(List.of("solo"), 3, "solo"));
        assertThat(single.winnerNames()).containsExactly("solo");
        assertThat(single.scores()).contains(new double[] {0});
        VoteResult none = apply("dowdall", ballots(List.of("p", "q")));
        assertThat(none.winnerNames()).containsExactly("p", "q");
    }

    @Test
    void traitsFollowTheVectorAndTheConvention() {
        Map<String, String> zero = Map.of("truncated", "zero");
        assertThat(Registries.rules().create("borda").traits())
                .contains(Trait.MAJORITY, Trait.CONDORCET_LOSER, Trait.RANKING).doesNotContain(Trait.CONDORCET_WINNER);
        assertThat(Registries.rules().create("borda", zero).traits()).contains(Trait.MAJORITY).doesNotContain(Trait.CONDORCET_LOSER);
        assertThat(Registries.rules().create("dowdall").traits()).contains(Trait.MAJORITY).doesNotContain(Trait.CONDORCET_LOSER);
        assertThat(Registries.rules().create("dowdall", zero).traits()).doesNotContain(Trait.MAJORITY);
        assertThat(Registries.rules().create("anti-plurality", zero).traits()).contains(Trait.MAJORITY);
        assertThat(Registries.rules().create("positional", Map.of("scores", "5,3,1")).traits())
                .contains(Trait.CONDORCET_LOSER).doesNotContain(Trait.MAJORITY);
        assertThat(Registries.rules().create("positional", Map.of("scores", "5,4,1")).traits())
                .doesNotContain(Trait.CONDORCET_LOSER);
        assertThat(Registries.rules().create("positional", Map.of("scores", "1,1")).traits())
                .doesNotContain(Trait.MAJORITY);
    }

    @Test
    void dowdallUnderZeroIsNotMajoritarian() {
        // Why dowdall with truncated=zero does not declare MAJORITY: two voters prefer y to x and one
        // ranks only x, yet x gets 2 × 1/2 + 1 = 2 points and y gets 2.
        Ballots ballots = ballots(List.of("x", "y"), 2, "y>x", 1, "x");
        assertThat(ballots.majority().beats(1, 0)).isTrue();
        assertThat(apply("dowdall", Map.of("truncated", "zero"), ballots).winnerNames())
                .containsExactly("x", "y");
        assertThat(apply("dowdall", ballots).winnerNames()).containsExactly("y");
    }

    @Test
    void explanationListsThePointsByPosition() {
        VoteResult result = apply("anti-plurality", tennessee());
        assertThat(result.explanation().parts()).first()
                .isEqualTo(new Explanation.Note("Points by position, best first: 1, 1, 1, 0."));
        assertThat(ScoringSequentialFixtures.table(result, "Points")).contains(List.of("Memphis", "42"));
    }
}
