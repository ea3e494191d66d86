package dev.ordinal.vote;

import static dev.ordinal.vote.KemenySlaterTest.ballot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.app.Registries;
import dev.ordinal.error.InvalidParameterException;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class MaximalLotteryTest {
    private static final MaximalLottery SIGN = new MaximalLottery(false);
    private static final MaximalLottery MARGINS = new MaximalLottery(true);

    @Test
    void condorcetCycleIsUniform() {
        for (MaximalLottery rule : List.of(SIGN, MARGINS)) {
            VoteResult result = rule.apply(KemenySlaterTest.cycle());
            assertThat(result.lottery().orElseThrow()).containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-12));
            assertThat(result.winnerNames()).containsExactly("a", "b", "c");
            assertThat(result.ranking().orElseThrow()).hasSize(1);
        }
    }

    @Test
    void condorcetWinnerGetsProbabilityOne() {
        for (MaximalLottery rule : List.of(SIGN, MARGINS)) {
            VoteResult result = rule.apply(KemenySlaterTest.tennessee());
            assertThat(result.winnerNames()).containsExactly("Nashville");
            int nashville = result.candidates().indexOf("Nashville").orElseThrow();
            double[] lottery = result.lottery().orElseThrow();
            assertThat(lottery[nashville]).isEqualTo(1.0);
            assertThat(lottery).containsOnly(0.0, 1.0);
        }
    }

    /**
     * Wikipedia, "Maximal lotteries", section Example: 2 voters a>b>c, 2 b>c>a, 1 c>a>b have margins
     * a−b = 1, b−c = 3, c−a = 1 and the unique maximal lottery p(a) = 3/5, p(b) = p(c) = 1/5. Over
     * the signs of the margins the same profile is a cyclic tournament, so the C1 lottery is uniform.
     */
    @Test
    void wikipediaExample() {
        Ballots ballots = Ballots.builder().add(ballot("a", "b", "c"), 2).add(ballot("b", "c", "a"), 2)
                .add(ballot("c", "a", "b"), 1).build();
        VoteResult margins = MARGINS.apply(ballots);
        assertThat(margins.lottery().orElseThrow()).containsExactly(new double[] {0.6, 0.2, 0.2}, within(1e-12));
        assertThat(margins.ranking().orElseThrow()).containsExactly(new int[] {0}, new int[] {1, 2});
        assertThat(SIGN.apply(ballots).lottery().orElseThrow())
                .containsExactly(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, within(1e-12));
    }

    @Test
    void nonUniqueLotteriesGiveTheLeximinOne() {
        // a and b tie and both beat c and d: every lottery over {a, b} is maximal; the leximin one is even.
        Ballots ballots = Ballots.builder().add(ballot("a", "b", "c", "d"), 1).add(ballot("b", "a", "d", "c"), 1).build();
        for (MaximalLottery rule : List.of(SIGN, MARGINS)) {
            assertThat(rule.apply(ballots).lottery().orElseThrow()).containsExactly(new double[] {0.5, 0.5, 0, 0}, within(1e-12));
        }
        Ballots.Builder empty = Ballots.builder();
        for (String id : List.of("p", "q", "r", "s")) {
            empty.candidate(id);
        }
        assertThat(SIGN.apply(empty.add(new int[0][], 1).build()).lottery().orElseThrow())
                .containsExactly(new double[] {0.25, 0.25, 0.25, 0.25}, within(1e-12));
    }

    @Test
    void lotteryIsAMaximinStrategyInsideTheSmithSetAndNeutral() {
        SplittableRandom random = new SplittableRandom(17);
        for (int trial = 0; trial < 100; trial++) {
            int m = 2 + random.nextInt(8);
            Ballots ballots = RandomWeakOrders.profile(random, m, 1 + random.nextInt(8));
            int[] relabel = RandomWeakOrders.permutation(random, m);
            Ballots relabelled = ballots.restrictedTo(relabel);
            for (MaximalLottery rule : List.of(SIGN, MARGINS)) {
                double[] p = rule.apply(ballots).lottery().orElseThrow();
                MajorityMatrix majority = ballots.majority();
                assertThat(java.util.Arrays.stream(p).min().orElseThrow()).isGreaterThanOrEqualTo(0);
                assertThat(java.util.Arrays.stream(p).sum()).isCloseTo(1, within(1e-9));
                for (int y = 0; y < m; y++) {
                    double payoff = 0;
                    for (int x = 0; x < m; x++) {
                        double margin = majority.margin(x, y);
                        payoff += p[x] * (rule == MARGINS ? margin : Math.signum(margin));
                    }
                    assertThat(payoff).as("trial %d column %d", trial, y).isGreaterThanOrEqualTo(-1e-9);
                }
                // No probability outside the Smith set: nothing on a candidate every candidate in the support beats.
                for (int y = 0; y < m; y++) {
                    int loser = y;
                    boolean beatenBySupport = java.util.stream.IntStream.range(0, m)
                            .allMatch(x -> p[x] == 0 || majority.beats(x, loser));
                    if (beatenBySupport) {
                        assertThat(p[y]).isZero();
                    }
                }
                double[] q = rule.apply(relabelled).lottery().orElseThrow();
                for (int i = 0; i < m; i++) {
                    assertThat(q[i]).as("trial %d relabelled", trial).isCloseTo(p[relabel[i]], within(1e-9));
                }
            }
        }
    }

    @Test
    void edgeCasesAndOptions() {
        assertThat(SIGN.apply(Ballots.builder().add(ballot("solo"), 1).build()).lottery().orElseThrow()).containsExactly(1.0);
        Ballots tied = Ballots.builder().add(ballot("x", "y"), 2).add(ballot("y", "x"), 2).build();
        assertThat(MARGINS.apply(tied).lottery().orElseThrow()).containsExactly(0.5, 0.5);
        Ballots majority = Ballots.builder().add(ballot("x", "y"), 3).add(ballot("y", "x"), 2).build();
        assertThat(SIGN.apply(majority).winnerNames()).containsExactly("x");
        VotingRule margins = Registries.rules().create("maximal-lottery", Map.of("margins", "margins"));
        Ballots wikipedia = Ballots.builder().add(ballot("a", "b", "c"), 2).add(ballot("b", "c", "a"), 2)
                .add(ballot("c", "a", "b"), 1).build();
        assertThat(margins.apply(wikipedia).lottery().orElseThrow()[0]).isCloseTo(0.6, within(1e-12));
        assertThatThrownBy(() -> Registries.rules().create("maximal-lottery", Map.of("margins", "both")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("margins");
    }
}
