package dev.ordinal.vote;

import static dev.ordinal.vote.CondorcetProfiles.profile;
import static dev.ordinal.vote.CondorcetProfiles.withMargins;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.InvalidParameterException;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Condorcet-family rules against published examples and hand-checked cases. */
class CondorcetFamilyTest {
    static final String[] RULES = {"condorcet", "copeland", "llull", "minimax", "schulze", "ranked-pairs",
        "split-cycle", "black", "smith", "schwartz", "uncovered", "top-cycle"};

    /** Wikipedia, "Schulze method", the example with 45 voters; also Schulze (2011), example 1. */
    static final Ballots SCHULZE_45 = profile("A B C D E", "5 A>C>B>E>D", "5 A>D>E>C>B", "8 B>E>D>A>C",
            "3 C>A>B>E>D", "7 C>A>E>B>D", "2 C>B>A>D>E", "7 D>C>E>B>A", "8 E>B>A>D>C");

    /**
     * Wikipedia, "Ranked pairs" and "Copeland's method": the Tennessee capital election, Memphis,
     * Nashville, Chattanooga, Knoxville.
     */
    static final Ballots TENNESSEE = profile("M N C K", "42 M>N>C>K", "26 N>C>K>M", "15 C>K>N>M", "17 K>C>N>M");

    /** A Condorcet cycle a > b > c > a, one voter each. */
    static final Ballots CYCLE = profile("a b c", "1 a>b>c", "1 b>c>a", "1 c>a>b");

    static VoteResult apply(String rule, Ballots ballots) {
        return VotingRules.create(rule).apply(ballots);
    }

    static List<String> winners(String rule, Ballots ballots) {
        return apply(rule, ballots).winnerNames();
    }

    static List<List<String>> ranking(VoteResult result) {
        return result.ranking().orElseThrow().stream()
                .map(group -> Arrays.stream(group).mapToObj(result.candidates()::name).toList()).toList();
    }

    @Test
    void schulzeWikipediaExampleGivesTheOrderEACBD() {
        VoteResult result = apply("schulze", SCHULZE_45);
        assertThat(ranking(result)).containsExactly(List.of("E"), List.of("A"), List.of("C"), List.of("B"), List.of("D"));
        assertThat(result.winnerNames()).containsExactly("E");
    }

    @Test
    void schulzeStrongestPathsAreThePublishedOnes() {
        // p[X, Y] from the Wikipedia example (rows A..E, columns A..E; the diagonal is unused).
        double[][] published = {
            {0, 28, 28, 30, 24},
            {25, 0, 28, 33, 24},
            {25, 29, 0, 29, 24},
            {25, 28, 28, 0, 24},
            {25, 28, 28, 31, 0}};
        double[] paths = Schulze.strongestPaths(SCHULZE_45.majority(), DefeatStrength.WINNING_VOTES);
        for (int x = 0; x < 5; x++) {
            for (int y = 0; y < 5; y++) {
                assertThat(paths[x * 5 + y]).as("p[%d][%d]", x, y).isEqualTo(published[x][y]);
            }
        }
        Explanation.Table table = table(apply("schulze", SCHULZE_45), "Strongest paths (row to column)");
        assertThat(table.rows().get(4)).containsExactly("E", "25", "28", "28", "31", "—");
    }

    @Test
    void schulzeWithMarginsAgreesOnCompleteStrictBallots() {
        VoteResult result = new Schulze(DefeatStrength.MARGINS).apply(SCHULZE_45);
        assertThat(ranking(result)).containsExactly(List.of("E"), List.of("A"), List.of("C"), List.of("B"), List.of("D"));
    }

    @Test
    void tennesseeRankedPairsLocksEveryPairInTheOrderNCKM() {
        VoteResult result = apply("ranked-pairs", TENNESSEE);
        assertThat(ranking(result)).containsExactly(List.of("N"), List.of("C"), List.of("K"), List.of("M"));
        Explanation.Table pairs = table(result, "Pairs by decreasing margin");
        // Margins: C>K 66, N>C 36, N>K 36, N>M 16, C>M 16, K>M 16 (Wikipedia, "Ranked pairs").
        assertThat(pairs.rows()).extracting(row -> row.get(1)).containsExactly("66", "36", "36", "16", "16", "16");
        assertThat(pairs.rows()).extracting(row -> row.get(2)).containsOnly("locked");
        assertThat(pairs.rows().get(0).get(0)).isEqualTo("C → K");
    }

    @Test
    void tennesseeElectsNashvilleTheCondorcetWinner() {
        for (String rule : RULES) {
            assertThat(winners(rule, TENNESSEE)).as(rule).containsExactly("N");
        }
        VoteResult copeland = apply("copeland", TENNESSEE);
        assertThat(copeland.scores().orElseThrow()).containsExactly(0, 3, 2, 1);
        // Minimax: Nashville loses no contest; Memphis's worst defeat is 58 − 42.
        VoteResult minimax = apply("minimax", TENNESSEE);
        assertThat(minimax.scores().orElseThrow()).containsExactly(16, 0, 36, 66);
        assertThat(ranking(minimax)).containsExactly(List.of("N"), List.of("M"), List.of("C"), List.of("K"));
    }

    @Test
    void aThreeCycleTiesEveryRuleAndEverySet() {
        for (String rule : RULES) {
            assertThat(winners(rule, CYCLE)).as(rule).containsExactly("a", "b", "c");
        }
        Explanation.Table pairs = table(apply("ranked-pairs", CYCLE), "Pairs by decreasing margin");
        assertThat(pairs.rows()).extracting(row -> row.get(2)).containsOnly("skipped: on a cycle of pairs of this margin");
    }

    @Test
    void smithAndSchwartzDifferWhenPairsTie() {
        // a beats b; b–c and a–c tie. {a, b, c} is the smallest set beating everyone outside it
        // (a does not beat c), but no one beats a or c, so {a} and {c} are the minimal undominated sets.
        Ballots ballots = withMargins("a b c", "a>b 2");
        assertThat(winners("smith", ballots)).containsExactly("a", "b", "c");
        assertThat(winners("top-cycle", ballots)).containsExactly("a", "b", "c");
        assertThat(winners("schwartz", ballots)).containsExactly("a", "c");
        assertThat(winners("condorcet", ballots)).containsExactly("a", "b", "c");
    }

    @Test
    void uncoveredSetIsStrictlyInsideTheSmithSet() {
        // The cycle a > b > c > a with d beaten by a and b but beating c: every set containing c must
        // contain d, so the Smith set is everyone; b beats d and the only candidate beating b (a)
        // also beats d, so b covers d (Gillies).
        Ballots ballots = withMargins("a b c d", "a>b 2", "b>c 2", "c>a 2", "a>d 2", "b>d 2", "d>c 2");
        assertThat(winners("smith", ballots)).containsExactly("a", "b", "c", "d");
        assertThat(winners("schwartz", ballots)).containsExactly("a", "b", "c", "d");
        assertThat(winners("uncovered", ballots)).containsExactly("a", "b", "c");
        assertThat(table(apply("uncovered", ballots), "Covered candidates").rows()).containsExactly(List.of("d", "b"));
    }

    @Test
    void splitCycleKeepsAWinnerSchulzeRanksBelow() {
        // Found by a search over 4-candidate margin graphs (Holliday and Pacuit 2023 show Beat Path
        // winners are always Split Cycle winners, not conversely). Margins: a>b 4, c>a 6, a>d 10,
        // b>c 10, d>b 8, c>d 10. Split Cycle: a's defeat by c (6) is on the cycle a→d→b→c→a whose
        // weakest link is 6, and b's defeats by a (4) and d (8) are on b→c→a→b (weakest 4) and
        // b→c→d→b (weakest 8), so neither a nor b is defeated. Schulze: p[a][b] = 8 (a→d→b) beats
        // p[b][a] = 6 (b→c→a), so only a wins. Ranked Pairs locks a>d, b>c, c>d (10), skips d>b (8:
        // b→c→d), locks c>a (6), skips a>b (4: b→c→a), so b, which nothing locked beats, wins.
        Ballots ballots = withMargins("a b c d", "a>b 4", "c>a 6", "a>d 10", "b>c 10", "d>b 8", "c>d 10");
        assertThat(winners("split-cycle", ballots)).containsExactly("a", "b");
        assertThat(winners("schulze", ballots)).containsExactly("a");
        assertThat(winners("ranked-pairs", ballots)).containsExactly("b");
    }

    @Test
    void winningVotesAndMarginsDifferOnTruncatedBallots() {
        // Supports: b over a 11–9, a over c 15–5, c over b 9–6: defeats b→a (margin 2, 11 votes),
        // a→c (10, 15), c→b (3, 9). By margins a's worst defeat is weakest (2); by winning votes b's
        // (9). Schulze: by margins p[a][b] = 3 > p[b][a] = 2; by winning votes p[b][a] = 11 > p[a][b] = 9.
        Ballots ballots = profile("a b c", "5 a", "4 a>c>b", "5 c>b>a", "6 b>a>c");
        assertThat(new Minimax(DefeatStrength.MARGINS).apply(ballots).winnerNames()).containsExactly("a");
        assertThat(new Minimax(DefeatStrength.WINNING_VOTES).apply(ballots).winnerNames()).containsExactly("b");
        assertThat(new Schulze(DefeatStrength.MARGINS).apply(ballots).winnerNames()).containsExactly("a");
        assertThat(new Schulze(DefeatStrength.WINNING_VOTES).apply(ballots).winnerNames()).containsExactly("b");
        assertThat(VotingRules.create("schulze", RuleOptions.defaults().with("strength", "margins")).apply(ballots)
                .winnerNames()).containsExactly("a");
        assertThat(VotingRules.create("minimax", RuleOptions.defaults().with("strength", "winning-votes"))
                .apply(ballots).winnerNames()).containsExactly("b");
    }

    @Test
    void copelandTieScoreSeparatesCopelandFromLlull() {
        // a beats b; a–c and b–c tie. Copeland (tie ½): a 1.5, c 1, b 0.5. Llull: a 2, c 2, b 1.
        Ballots ballots = withMargins("a b c", "a>b 2");
        assertThat(apply("copeland", ballots).scores().orElseThrow()).containsExactly(1.5, 0.5, 1.0);
        assertThat(winners("copeland", ballots)).containsExactly("a");
        assertThat(apply("llull", ballots).scores().orElseThrow()).containsExactly(2, 1, 2);
        assertThat(winners("llull", ballots)).containsExactly("a", "c");
        VoteResult winsOnly = VotingRules.create("copeland", RuleOptions.defaults().with("tie", "0")).apply(ballots);
        assertThat(winsOnly.scores().orElseThrow()).containsExactly(1, 0, 0);
        assertThatThrownBy(() -> VotingRules.create("copeland", RuleOptions.defaults().with("tie", "2")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("tie"))
                .hasMessage("tie must be a number in [0, 1], got '2'");
    }

    @Test
    void blackFallsBackOnBordaScoresFromTheMajorityMatrix() {
        // 4 a>b>c, 3 b>c>a, 2 c>a>b has no Condorcet winner (a>b 6–3, b>c 7–2, c>a 5–4). Borda: a 2·4 + 0·3 + 1·2 = 10, b 4 + 6 + 0 = 10, c 0 + 3 + 4 = 7.
        Ballots ballots = profile("a b c", "4 a>b>c", "3 b>c>a", "2 c>a>b");
        VoteResult result = apply("black", ballots);
        assertThat(result.scores().orElseThrow()).containsExactly(10, 10, 7);
        assertThat(result.winnerNames()).containsExactly("a", "b");
        // Truncated ballots: averaged Borda, the unranked sharing the bottom places. "a" alone gives
        // a 2 and b, c ½ each; "b>c" ranks a last: b 2, c 1, a 0.
        Ballots truncated = profile("a b c", "3 a", "2 b>c");
        assertThat(apply("black", truncated).scores().orElseThrow()).containsExactly(6, 5.5, 3.5);
        assertThat(apply("black", truncated).winnerNames()).containsExactly("a");
    }

    @Test
    void rankedPairsSkipsOnlyTheWeakestPairOfACycle() {
        // Margins a>b 6, b>c 4, c>a 2: lock a>b and b>c, skip c>a, giving a > b > c.
        VoteResult result = apply("ranked-pairs", withMargins("a b c", "a>b 6", "b>c 4", "c>a 2"));
        assertThat(ranking(result)).containsExactly(List.of("a"), List.of("b"), List.of("c"));
        assertThat(table(result, "Pairs by decreasing margin").rows()).containsExactly(
                List.of("a → b", "6", "locked"), List.of("b → c", "4", "locked"),
                List.of("c → a", "2", "skipped: the locked pairs already lead the other way"));
    }

    @Test
    void rankedPairsLocksEqualMarginPairsOutsideTheirCycle() {
        // a>b, b>c, c>a all 4 form a cycle of equal margins and are skipped; d>a 4 lies on no cycle
        // and is locked; a>e 2 comes later and is locked. Winners: d, b and c (nothing locked beats them).
        Ballots ballots = withMargins("a b c d e", "a>b 4", "b>c 4", "c>a 4", "d>a 4", "a>e 2");
        VoteResult result = apply("ranked-pairs", ballots);
        assertThat(ranking(result)).containsExactly(List.of("b", "c", "d"), List.of("a"), List.of("e"));
    }

    @Test
    void schulzeReportsTiedGroupsWhereItsRelationDoesNotDecide() {
        // a and b tie pairwise and both beat c: no path decides between a and b.
        Ballots ballots = withMargins("a b c", "a>c 2", "b>c 2");
        assertThat(ranking(apply("schulze", ballots))).containsExactly(List.of("a", "b"), List.of("c"));
        assertThat(ranking(apply("ranked-pairs", ballots))).containsExactly(List.of("a", "b"), List.of("c"));
        assertThat(ranking(apply("copeland", ballots))).containsExactly(List.of("a", "b"), List.of("c"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"condorcet", "copeland", "llull", "minimax", "schulze", "ranked-pairs", "split-cycle",
        "black", "smith", "schwartz", "uncovered", "top-cycle"})
    void edgeCases(String rule) {
        assertThat(winners(rule, profile("solo", "3 solo"))).containsExactly("solo");
        assertThat(winners(rule, profile("x y", "3 x>y", "2 y>x"))).containsExactly("x");
        assertThat(winners(rule, profile("x y", "2 x>y", "2 y>x"))).containsExactly("x", "y");
        // Empty ballots and no ballots at all: every pair ties.
        assertThat(winners(rule, profile("x y z", "4"))).containsExactly("x", "y", "z");
        assertThat(winners(rule, profile("x y z"))).containsExactly("x", "y", "z");
        // A weight counts as that many identical ballots.
        Ballots weighted = profile("p q r", "3 p>q>r", "2 q>r>p", "2 r>q>p");
        Ballots repeated = profile("p q r", "1 p>q>r", "1 p>q>r", "1 p>q>r", "1 q>r>p", "1 q>r>p", "1 r>q>p",
                "1 r>q>p");
        assertThat(winners(rule, weighted)).isEqualTo(winners(rule, repeated));
        assertThat(apply(rule, weighted).rule()).isEqualTo(rule);
    }

    @Test
    void parametersAreChecked() {
        assertThatThrownBy(() -> VotingRules.create("schulze", RuleOptions.defaults().with("strength", "votes")))
                .isInstanceOf(VoteException.class).hasMessageContaining("winning-votes");
        assertThatThrownBy(() -> VotingRules.create("llull", RuleOptions.defaults().with("tie", "1")))
                .isInstanceOf(VoteException.class);
        assertThat(((Schulze) VotingRules.create("schulze")).strength()).isEqualTo(DefeatStrength.WINNING_VOTES);
        assertThat(((Minimax) VotingRules.create("minimax")).strength()).isEqualTo(DefeatStrength.MARGINS);
    }

    @Test
    void largeElectionsLeaveTheMatricesOutOfTheExplanation() {
        Ballots ballots = CondorcetProfiles.random(PairwiseTables.MAX_CANDIDATES + 1, 30, false, false, 5);
        for (String rule : RULES) {
            assertThat(apply(rule, ballots).explanation().parts()).as(rule)
                    .noneMatch(part -> part instanceof Explanation.Table table
                            && (table.columns().size() > 5 || table.rows().size() > ballots.candidateCount()));
        }
    }

    static Explanation.Table table(VoteResult result, String title) {
        return result.explanation().parts().stream()
                .filter(part -> part instanceof Explanation.Table table && table.title().equals(title))
                .map(Explanation.Table.class::cast).findFirst().orElseThrow();
    }
}
