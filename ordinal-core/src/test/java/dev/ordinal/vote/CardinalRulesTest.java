package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.app.Registries;
import dev.ordinal.error.InvalidParameterException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CardinalRulesTest {
    private static final double N = Double.NaN;

    /** Score ballots over the given candidates: each row is a weight followed by one score per candidate. */
    static Ballots scores(List<String> candidates, double[]... rows) {
        Ballots.Builder builder = Ballots.builder();
        candidates.forEach(builder::candidate);
        for (double[] row : rows) {
            builder.addScores(java.util.Arrays.copyOfRange(row, 1, row.length), row[0]);
        }
        return builder.build();
    }

    /**
     * The Tennessee capital example's electorate (Wikipedia's running example: 42% near Memphis, 26%
     * Nashville, 15% Chattanooga, 17% Knoxville) with 0–5 scores by distance, as in Wikipedia's STAR
     * voting article; the totals below are computed by hand.
     */
    private static final List<String> CITIES = List.of("Memphis", "Nashville", "Chattanooga", "Knoxville");

    @Test
    void starOnTheTennesseeExample() {
        Ballots ballots = scores(CITIES,
                new double[] {42, 5, 2, 1, 0},
                new double[] {26, 0, 5, 4, 3},
                new double[] {15, 0, 3, 5, 4},
                new double[] {17, 0, 2, 4, 5});
        VoteResult result = new Star().apply(ballots);
        // totals: Memphis 210, Nashville 84+130+45+34 = 293, Chattanooga 42+104+75+68 = 289, Knoxville 78+60+85 = 223;
        // runoff Nashville–Chattanooga: 42 + 26 = 68 ballots score Nashville higher, 15 + 17 = 32 Chattanooga.
        assertThat(result.scores().orElseThrow()).containsExactly(210, 293, 289, 223);
        assertThat(result.winnerNames()).containsExactly("Nashville");
        assertThat(result.explanation().parts().toString()).contains("[Nashville, Chattanooga, 68, 32, 0, Nashville preferred");
        assertThat(result.ranking().orElseThrow()).containsExactly(new int[] {1}, new int[] {2}, new int[] {3}, new int[] {0});
        // range voting elects the same city by total alone
        assertThat(new RangeVoting(false).apply(ballots).winnerNames()).containsExactly("Nashville");
    }

    @Test
    void starRunoffCanOverturnTheScoringRound() {
        // A: 2 ballots give 5 to A and 4 to B; 1 ballot gives A 0 and B 5. B has the higher total
        // (13 against 10) but two of three ballots score A above B, so A wins the runoff.
        Ballots ballots = scores(List.of("A", "B", "C"), new double[] {2, 5, 4, 0}, new double[] {1, 0, 5, 1});
        VoteResult star = new Star().apply(ballots);
        assertThat(star.winnerNames()).containsExactly("A");
        assertThat(new RangeVoting(false).apply(ballots).winnerNames()).containsExactly("B");
        // a runoff tie (1 ballot each way) goes to the higher total (official STAR rule): A 6 against B 5;
        // equal totals too tie
        Ballots even = scores(List.of("A", "B"), new double[] {1, 5, 0}, new double[] {1, 1, 5});
        assertThat(new Star().apply(even).winnerNames()).containsExactly("A");
        Ballots mirror = scores(List.of("A", "B"), new double[] {1, 5, 0}, new double[] {1, 0, 5});
        assertThat(new Star().apply(mirror).winnerNames()).containsExactly("A", "B");
    }

    @Test
    void starWithATieForSecondPlaysARoundRobin() {
        // totals A 10, B 6, C 6: B and C tie for the second finalist place; A beats both head to head
        Ballots ballots = scores(List.of("A", "B", "C"), new double[] {2, 5, 3, 0}, new double[] {1, 0, 0, 6});
        VoteResult result = new Star().apply(ballots);
        assertThat(result.winnerNames()).containsExactly("A");
        assertThat(result.explanation().parts().toString()).contains("3 finalists", "[A, B, 2, 0, 1, A preferred",
                "[A, C, 2, 1, 0, A preferred", "[B, C, 2, 1, 0, B preferred");
        assertThat(result.ranking().orElseThrow()).containsExactly(new int[] {0}, new int[] {1}, new int[] {2});
    }

    @Test
    void rangeVotingMissingScores() {
        // b is scored 5 by one ballot only: 5 in total (less than a's 3 + 3), but the best average
        Ballots ballots = scores(List.of("a", "b"), new double[] {1, 3, 5}, new double[] {1, 3, N});
        assertThat(new RangeVoting(false).apply(ballots).winnerNames()).containsExactly("a");
        assertThat(new RangeVoting(true).apply(ballots).winnerNames()).containsExactly("b");
        VotingRule viaRegistry = Registries.rules().create("score", Map.of("missing", "ignore"));
        assertThat(viaRegistry.apply(ballots).winnerNames()).containsExactly("b");
        assertThatThrownBy(() -> Registries.rules().create("score", Map.of("missing", "drop")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("zero, ignore");
    }

    @Test
    void majorityJudgmentOnATennesseeProfile() {
        // Grades 0 (poor) .. 4 (excellent), our own by distance, on the same 42/26/15/17 electorate.
        // Lower medians (the grade where cumulative weight from below first reaches 50):
        // Memphis 0×32, 1×26, 4×42 → 1, p = .42 > q = .32 → 1+;
        // Nashville 2×42, 3×32, 4×26 → 3, p = .26 < q = .42 → 3−;
        // Chattanooga 1×42, 2×17, 3×26, 4×15 → 2, p = .41 < q = .42 → 2−;
        // Knoxville 0×42, 2×26, 3×15, 4×17 → 2, p = .32 < q = .42 → 2−: Chattanooga and Knoxville tie.
        Ballots ballots = scores(CITIES,
                new double[] {42, 4, 2, 1, 0},
                new double[] {26, 1, 4, 3, 2},
                new double[] {15, 0, 3, 4, 3},
                new double[] {17, 0, 3, 2, 4});
        VoteResult result = new MajorityJudgment().apply(ballots);
        assertThat(result.winnerNames()).containsExactly("Nashville");
        assertThat(result.scores().orElseThrow()).containsExactly(1, 3, 2, 2);
        assertThat(result.ranking().orElseThrow()).containsExactly(new int[] {1}, new int[] {2, 3}, new int[] {0});
        assertThat(result.explanation().parts().toString()).contains("[Nashville, 3, 0.26, 0.42, 3−]",
                "[Memphis, 1, 0.42, 0.32, 1+]");
    }

    @Test
    void majorityGaugeOrdersEqualMedians() {
        // four voters, all medians 2: C (2,2,3,3: p = .5) is 2+ above A (2,2,2,3: p = .25), and B
        // (1,2,2,2: q = .25) is 2−; a missing grade counts as the lowest grade given (1).
        Ballots ballots = scores(List.of("A", "B", "C", "D"),
                new double[] {1, 2, 1, 2, 1},
                new double[] {1, 2, 2, 2, N},
                new double[] {1, 2, 2, 3, 3},
                new double[] {1, 3, 2, 3, 3});
        VoteResult result = new MajorityJudgment().apply(ballots);
        // D: 1, 1, 3, 3 → lower median 1, p = .5 → 1+
        assertThat(result.ranking().orElseThrow()).containsExactly(new int[] {2}, new int[] {0}, new int[] {1}, new int[] {3});
    }

    @Test
    void cardinalRulesRejectRankedBallots() {
        Ballots ranked = SingleTransferableVoteTest.stvBallots(1, "a>b");
        for (VotingRule rule : List.of(new RangeVoting(false), new Star(), new MajorityJudgment())) {
            assertThatThrownBy(() -> rule.apply(ranked)).isInstanceOf(VoteException.class)
                    .hasMessageContaining("needs score ballots");
        }
    }

    @Test
    void singleCandidateAndWeights() {
        Ballots one = scores(List.of("x"), new double[] {3, 1});
        for (VotingRule rule : List.of(new RangeVoting(false), new Star(), new MajorityJudgment())) {
            assertThat(rule.apply(one).winnerNames()).as(rule.name()).containsExactly("x");
        }
        // weight 2 on one ballot equals the ballot twice
        Ballots weighted = scores(List.of("a", "b"), new double[] {2, 1, 0}, new double[] {3, 0, 1});
        Ballots repeated = scores(List.of("a", "b"), new double[] {1, 1, 0}, new double[] {1, 1, 0},
                new double[] {3, 0, 1});
        for (VotingRule rule : List.of(new RangeVoting(false), new Star(), new MajorityJudgment())) {
            assertThat(rule.apply(weighted).winnerNames()).as(rule.name()).isEqualTo(rule.apply(repeated).winnerNames())
                    .containsExactly("b");
        }
    }
}
