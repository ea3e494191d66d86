package dev.ordinal.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.TieModel;
import dev.ordinal.leaderboard.Interval;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import dev.ordinal.leaderboard.UncertaintyMethod;
import dev.ordinal.testing.Simulation;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The share of item pairs whose intervals do not overlap. */
class SeparabilityTest {

    /**
     * The intervals of LeaderboardsTest's rank-range example: A [10,20], B [15,25], C [0,5],
     * D [30,40], E [21,22]. Separated pairs by hand: A–C, A–D, A–E, B–C, B–D, C–D, C–E, D–E
     * (A–B overlap, B–E overlap): 8 of 10.
     */
    @Test
    void handCountedPairs() {
        Separability separability = Separability.of(List.of(new Interval(10, 20), new Interval(15, 25),
                new Interval(0, 5), new Interval(30, 40), new Interval(21, 22)));
        assertThat(separability.separatedPairs()).isEqualTo(8);
        assertThat(separability.pairs()).isEqualTo(10);
        assertThat(separability.share()).isEqualTo(0.8);
    }

    @Test
    void touchingIntervalsOverlap() {
        assertThat(Separability.of(List.of(new Interval(0, 1), new Interval(1, 2))).separatedPairs()).isZero();
        assertThat(Separability.of(List.of(new Interval(0, 1), new Interval(1.5, 2))).separatedPairs()).isOne();
    }

    @Test
    void moreDataSeparatesMore() {
        double[] theta = Simulation.strengths(8, 1.0, 3);
        LeaderboardRequest request = LeaderboardRequest.defaults(new BradleyTerry(TieModel.HALF))
                .withMethod(UncertaintyMethod.FISHER);
        double few = Separability.of(Leaderboards.rank(Simulation.table(8, Simulation.battles(theta, 200,
                Simulation.bradleyTerry(), 4)), request)).share();
        double many = Separability.of(Leaderboards.rank(Simulation.table(8, Simulation.battles(theta, 20000,
                Simulation.bradleyTerry(), 4)), request)).share();
        assertThat(many).isGreaterThan(few);
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> Separability.of(List.of(new Interval(0, 1))))
                .hasMessageContaining("at least 2 items with intervals, got 1");
        var board = Leaderboards.rank(Simulation.table(3, Simulation.battles(Simulation.strengths(3, 1, 1), 100,
                Simulation.bradleyTerry(), 2)), LeaderboardRequest.defaults(new BradleyTerry(TieModel.HALF))
                .withMethod(UncertaintyMethod.NONE));
        assertThatThrownBy(() -> Separability.of(board)).hasMessageContaining("has no interval (uncertainty method NONE)");
    }
}
