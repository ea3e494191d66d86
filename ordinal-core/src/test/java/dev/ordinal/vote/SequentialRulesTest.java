package dev.ordinal.vote;

import static dev.ordinal.vote.ScoringSequentialFixtures.ballots;
import static dev.ordinal.vote.ScoringSequentialFixtures.rankingNames;
import static dev.ordinal.vote.ScoringSequentialFixtures.table;
import static dev.ordinal.vote.ScoringSequentialFixtures.tennessee;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.app.Registries;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The sequential rules: the Tennessee example, where the rules disagree, and hand-checked small
 * profiles with simultaneous eliminations, ties inside ballots, truncated and empty ballots.
 */
class SequentialRulesTest {
    private static final List<String> ABCD = List.of("a", "b", "c", "d");

    private static VoteResult apply(String rule, Ballots ballots) {
        return Registries.rules().create(rule).apply(ballots);
    }

    private static List<String> row(String... cells) {
        return List.of(cells);
    }

    @Test
    void tennesseeInstantRunoffElectsKnoxville() {
        // Wikipedia, "Instant-runoff voting", Tennessee example: Chattanooga (15) then Nashville (26)
        // are eliminated; Knoxville beats Memphis 58 to 42.
        VoteResult result = apply("irv", tennessee());
        assertThat(result.winnerNames()).containsExactly("Knoxville");
        assertThat(rankingNames(result)).containsExactly(
                List.of("Knoxville"), List.of("Memphis"), List.of("Nashville"), List.of("Chattanooga"));
        assertThat(table(result, "Rounds")).containsExactly(
                row("1", "first choices", "42", "26", "15", "17", "eliminated: Chattanooga (fewest first choices)"),
                row("2", "first choices", "42", "26", "—", "32", "eliminated: Nashville (fewest first choices)"),
                row("3", "first choices", "42", "—", "—", "58",
                        "elected: Knoxville (majority of the 100 votes still counting)"));
    }

    @Test
    void tennesseeCoombsElectsNashville() {
        // Wikipedia, "Coombs' method", Tennessee example: Memphis is ranked last by 58% and is
        // eliminated; Nashville then has 68% of the first choices.
        VoteResult result = apply("coombs", tennessee());
        assertThat(result.winnerNames()).containsExactly("Nashville");
        assertThat(rankingNames(result)).containsExactly(
                List.of("Nashville"), List.of("Chattanooga", "Knoxville"), List.of("Memphis"));
        assertThat(table(result, "Rounds")).containsExactly(
                row("1", "first choices", "42", "26", "15", "17", ""),
                row("1", "last places", "58", "0", "0", "42", "eliminated: Memphis (most last places)"),
                row("2", "first choices", "—", "68", "15", "17", "elected: Nashville (majority of the 100 first choices)"));
    }

    @Test
    void tennesseeBaldwinRecountsBordaEachRound() {
        // Borda 126/194/173/107 (Wikipedia, "Borda count"); without Knoxville, hand-checked:
        // Memphis 42·2 = 84, Nashville 42 + 26·2 + 32 = 126, Chattanooga 26 + 32·2 = 90; then Nashville
        // beats Chattanooga 68 to 32. Nashville, the Condorcet winner, wins.
        VoteResult result = apply("baldwin", tennessee());
        assertThat(result.winnerNames()).containsExactly("Nashville");
        assertThat(rankingNames(result)).containsExactly(
                List.of("Nashville"), List.of("Chattanooga"), List.of("Memphis"), List.of("Knoxville"));
        assertThat(table(result, "Rounds")).containsExactly(
                row("1", "Borda score", "126", "194", "173", "107", "eliminated: Knoxville (lowest Borda score)"),
                row("2", "Borda score", "84", "126", "90", "—", "eliminated: Memphis (lowest Borda score)"),
                row("3", "Borda score", "—", "68", "32", "—", "eliminated: Chattanooga (lowest Borda score)"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"nanson-strict", "nanson-weak"})
    void tennesseeNansonEliminatesBelowTheMean(String rule) {
        // Mean Borda score 600/4 = 150: Memphis (126) and Knoxville (107) go; then 68 against 32.
        VoteResult result = apply(rule, tennessee());
        assertThat(result.winnerNames()).containsExactly("Nashville");
        assertThat(rankingNames(result)).containsExactly(
                List.of("Nashville"), List.of("Chattanooga"), List.of("Memphis", "Knoxville"));
        String below = rule.equals("nanson-strict") ? "below the mean " : "at or below the mean ";
        assertThat(table(result, "Rounds")).containsExactly(
                row("1", "Borda score", "126", "194", "173", "107", "eliminated: Memphis, Knoxville (" + below + "150)"),
                row("2", "Borda score", "—", "68", "32", "—", "eliminated: Chattanooga (" + below + "50)"));
    }

    @Test
    void tennesseeBucklinElectsNashvilleAtTheSecondRank() {
        // Wikipedia, "Bucklin voting", Tennessee example: no majority of first choices; with second
        // choices Nashville has 68 and Chattanooga 58, and Nashville has the most.
        VoteResult result = apply("bucklin", tennessee());
        assertThat(result.winnerNames()).containsExactly("Nashville");
        assertThat(table(result, "Votes by ranks counted")).containsExactly(
                row("1", "42", "26", "15", "17", "no majority"),
                row("2", "42", "68", "58", "32", "majority (over 50): most votes win: Nashville"));
        assertThat(result.scores()).contains(new double[] {42, 68, 58, 32});
        assertThat(rankingNames(result)).containsExactly(
                List.of("Nashville"), List.of("Chattanooga"), List.of("Memphis"), List.of("Knoxville"));
    }

    @Test
    void tennesseePluralityRunoffElectsNashville() {
        // Wikipedia, "Two-round system", Tennessee example: Memphis (42) and Nashville (26) go to the
        // runoff, which Nashville wins 58 to 42.
        VoteResult result = apply("plurality-runoff", tennessee());
        assertThat(result.winnerNames()).containsExactly("Nashville");
        assertThat(rankingNames(result)).containsExactly(
                List.of("Nashville"), List.of("Memphis"), List.of("Chattanooga", "Knoxville"));
        assertThat(table(result, "Rounds")).containsExactly(
                row("1", "first choices", "42", "26", "15", "17",
                        "eliminated: Chattanooga, Knoxville (not among the two with most first choices)"),
                row("2", "runoff", "42", "58", "—", "—", "elected: Nashville (most votes in the runoff)"));
    }

    @Test
    void instantRunoffEliminatesAllTiedForFewestTogether() {
        // Round 1: a 4, b 3, c 1, d 1 of 9: c and d go together; round 2: b 3 + 2 = 5 of 9.
        VoteResult result = apply("irv", ballots(ABCD, 4, "a>b>c>d", 3, "b>a>c>d", 1, "c>b>a>d", 1, "d>b>a>c"));
        assertThat(rankingNames(result)).containsExactly(List.of("b"), List.of("a"), List.of("c", "d"));
        assertThat(table(result, "Rounds").get(0).get(6)).isEqualTo("eliminated: c, d (fewest first choices)");
    }

    @Test
    void instantRunoffDropsExhaustedBallotsFromTheMajority() {
        // 4 "a", 3 "b", 2 "c" (ranks c only), 2 "d > b": round 1 eliminates c and d; the c ballots are
        // exhausted, so b's 5 votes are a majority of the 9 still counting (not of 11).
        VoteResult result = apply("irv", ballots(ABCD, 4, "a", 3, "b", 2, "c", 2, "d>b"));
        assertThat(result.winnerNames()).containsExactly("b");
        assertThat(table(result, "Rounds")).element(1).isEqualTo(
                row("2", "first choices", "4", "5", "—", "—", "elected: b (majority of the 9 votes still counting)"));
    }

    @Test
    void aTiedTopGroupSplitsItsFirstChoiceVote() {
        // 2 × "a = b > c", 2 × "c", 1 × "a > c": first choices a 1 + 1 = 2, b 1, c 2 of 5; b goes; then
        // the tied ballots count for a alone: a 3, c 2.
        VoteResult result = apply("irv", ballots(List.of("a", "b", "c"), 2, "a=b>c", 2, "c", 1, "a>c"));
        assertThat(table(result, "Rounds")).containsExactly(
                row("1", "first choices", "2", "1", "2", "eliminated: b (fewest first choices)"),
                row("2", "first choices", "3", "—", "2", "elected: a (majority of the 5 votes still counting)"));
        assertThat(result.explanation().parts()).first().isEqualTo(new Explanation.Note(Tallies.FIRST_CHOICES_NOTE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"irv", "coombs", "baldwin", "nanson-strict", "nanson-weak", "bucklin", "plurality-runoff"})
    void aCondorcetCycleTiesEveryone(String rule) {
        // a > b > c, b > c > a, c > a > b once each: every count is symmetric.
        VoteResult result = apply(rule, ballots(List.of("a", "b", "c"), 1, "a>b>c", 1, "b>c>a", 1, "c>a>b"));
        assertThat(result.winnerNames()).containsExactly("a", "b", "c");
        assertThat(rankingNames(result)).containsExactly(List.of("a", "b", "c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"irv", "coombs", "baldwin", "nanson-strict", "nanson-weak", "bucklin", "plurality-runoff"})
    void oneCandidateTwoCandidatesAndEmptyBallots(String rule) {
        assertThat(apply(rule, ballots(List.of("solo"), 2, "solo")).winnerNames()).containsExactly("solo");
        assertThat(apply(rule, ballots(List.of("x", "y"), 2, "y>x", 1, "x", 5, "")).winnerNames()).containsExactly("y");
        assertThat(apply(rule, ballots(List.of("x", "y"), 3, "")).winnerNames()).containsExactly("x", "y");
        assertThat(apply(rule, ballots(List.of("x", "y"), 1, "x=y")).winnerNames()).containsExactly("x", "y");
    }

    @Test
    void coombsCountsUnrankedCandidatesAsSharingTheLastPlace() {
        // 3 "a > b > c > d", 2 "d > c" (a and b share its last place), 2 "c > a > b > d" of 7: no
        // majority (a 3, c 2, d 2); last places d 3 + 2 = 5, a 1, b 1: d goes. Then a 3, c 4: c wins.
        VoteResult result = apply("coombs", ballots(ABCD, 3, "a>b>c>d", 2, "d>c", 2, "c>a>b>d"));
        assertThat(table(result, "Rounds")).containsExactly(
                row("1", "first choices", "3", "0", "2", "2", ""),
                row("1", "last places", "1", "1", "0", "5", "eliminated: d (most last places)"),
                row("2", "first choices", "3", "0", "4", "—", "elected: c (majority of the 7 first choices)"));
    }

    @Test
    void baldwinScoresEqualBordaScoresWithTiesAndTruncation() {
        Ballots ballots = ballots(ABCD, 3, "a>b=c", 2, "d", 1, "c>d>a>b", 1.5, "b=d>a", 1, "");
        double[] borda = apply("borda", ballots).scores().orElseThrow();
        List<String> firstRound = table(apply("baldwin", ballots), "Rounds").get(0);
        for (int c = 0; c < 4; c++) {
            assertThat(firstRound.get(2 + c)).isEqualTo(Explanation.number(borda[c]));
        }
    }

    @Test
    void strictAndWeakNansonDifferOnAScoreEqualToTheMean() {
        // One ballot a > b > c: Borda 2, 1, 0 with mean 1. Strict removes c only, weak removes b too.
        Ballots ballots = ballots(List.of("a", "b", "c"), 1, "a>b>c");
        assertThat(rankingNames(apply("nanson-strict", ballots))).containsExactly(List.of("a"), List.of("b"), List.of("c"));
        assertThat(rankingNames(apply("nanson-weak", ballots))).containsExactly(List.of("a"), List.of("b", "c"));
    }

    @Test
    void bucklinGivesATiedGroupFractionsAsTheCountReachesIt() {
        // 2 × "a > b = c", 2 × "b > c > a", 1 × "c > a > b" of 5 (majority over 2.5). Depth 1: a 2,
        // b 2, c 1. Depth 2: the tied group (positions 2-3) gives b and c half a vote each:
        // a 2 + 1 = 3, b 1 + 2 = 3, c 1 + 2 + 1 = 4: c has the most.
        VoteResult result = apply("bucklin", ballots(List.of("a", "b", "c"), 2, "a>b=c", 2, "b>c>a", 1, "c>a>b"));
        assertThat(table(result, "Votes by ranks counted")).containsExactly(
                row("1", "2", "2", "1", "no majority"),
                row("2", "3", "3", "4", "majority (over 2.5): most votes win: c"));
    }

    @Test
    void bucklinWithoutAMajorityElectsTheMostVotesOnceEveryRankIsCounted() {
        VoteResult result = apply("bucklin", ballots(List.of("a", "b", "c"), 2, "a", 2, "b", 1, "c"));
        assertThat(result.winnerNames()).containsExactly("a", "b");
        assertThat(table(result, "Votes by ranks counted")).containsExactly(
                row("1", "2", "2", "1", "no majority at any depth; most votes win: a, b"));
    }

    @Test
    void pluralityRunoffSendsEveryoneTiedForSecondToTheRunoff() {
        // First choices a 4, b 3, c 3, d 1: b and c tie for second, so a, b and c go through; d's
        // ballot goes to b: the runoff is a 4, b 4, c 3, and a and b tie.
        VoteResult result = apply("plurality-runoff",
                ballots(ABCD, 4, "a>b>c>d", 3, "b>c>a>d", 3, "c>b>a>d", 1, "d>b>c>a"));
        assertThat(result.winnerNames()).containsExactly("a", "b");
        assertThat(rankingNames(result)).containsExactly(List.of("a", "b"), List.of("c"), List.of("d"));
        assertThat(table(result, "Rounds").get(1))
                .isEqualTo(row("2", "runoff", "4", "4", "3", "—", "elected: a, b (most votes in the runoff)"));
    }

    @Test
    void pluralityRunoffWithEveryoneInTheRunoffCountsOnce() {
        VoteResult result = apply("plurality-runoff", ballots(List.of("a", "b", "c"), 2, "a>b>c", 1, "b>a>c", 1, "c>b>a"));
        // Three candidates: a 2, b 1, c 1; b and c tie for second, so the first count is the runoff.
        assertThat(table(result, "Rounds")).containsExactly(
                row("1", "first choices", "2", "1", "1", "elected: a (every candidate is in the runoff; most votes)"));
    }

    @Test
    void weightsCountAsVoters() {
        Ballots weighted = ballots(List.of("a", "b", "c"), 0.5, "a>b>c", 0.3, "b>c>a", 0.25, "c>b>a");
        Ballots counted = ballots(List.of("a", "b", "c"), 50, "a>b>c", 30, "b>c>a", 25, "c>b>a");
        for (String rule : List.of("irv", "coombs", "baldwin", "nanson-strict", "nanson-weak", "bucklin", "plurality-runoff")) {
            assertThat(rankingNames(apply(rule, weighted))).as(rule).isEqualTo(rankingNames(apply(rule, counted)));
        }
        // IRV: a 50, b 30, c 25 of 105; c goes, b 55: b wins.
        assertThat(apply("irv", counted).winnerNames()).containsExactly("b");
    }
}
