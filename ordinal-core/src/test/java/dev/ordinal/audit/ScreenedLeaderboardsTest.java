package dev.ordinal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.audit.SequentialVoterTest.Alternative;
import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.Items;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.UncertaintyMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Leaderboards with flagged voters removed or down-weighted. */
class ScreenedLeaderboardsTest {

    private static double spread(Leaderboard board) {
        return board.items().get(0).rating() - board.items().get(board.items().size() - 1).rating();
    }

    /**
     * Twelve honest voters and eight adversaries: from all labels the ratings nearly cancel; with the
     * flagged voters removed, or weighted by skill, the spread comes back and the order is the true one.
     */
    @Test
    void removingOrDownWeightingAdversariesRestoresTheRanking() {
        double[] strengths = WorkerModelTest.STRENGTHS;
        double[] skills = new double[20];
        for (int w = 0; w < 20; w++) {
            skills[w] = w < 12 ? 1 : -1;
        }
        List<Label> labels = WorkerModelTest.simulate(strengths, skills, new double[20], 300, 0, 5);
        WorkerFit fit = WorkerModel.defaults().fit(labels);
        Items items = Items.of(IntStream.range(0, strengths.length).mapToObj(i -> "item" + i).toList());
        var verdicts = new SequentialVoterTest(0.05, 0.1, Alternative.ADVERSARIAL).testAll(labels, items, strengths);
        LeaderboardRequest request = LeaderboardRequest.defaults(new BradleyTerry(TieModel.HALF))
                .withMethod(UncertaintyMethod.NONE);
        ScreenedLeaderboards.Comparison comparison = ScreenedLeaderboards.sideBySide(labels, verdicts, fit, request);
        assertThat(comparison.removedVoters()).isEqualTo(8);
        assertThat(spread(comparison.withoutFlagged())).isGreaterThan(3 * spread(comparison.all()));
        assertThat(spread(comparison.weighted())).isGreaterThan(3 * spread(comparison.all()));
        List<String> trueOrder = IntStream.iterate(9, i -> i >= 0, i -> i - 1).mapToObj(i -> "item" + i).toList();
        assertThat(comparison.withoutFlagged().items()).extracting(Leaderboard.Entry::name).isEqualTo(trueOrder);
        assertThat(comparison.weighted().items()).extracting(Leaderboard.Entry::name).isEqualTo(trueOrder);
    }

    @Test
    void weightsMultiplyTheCounts() {
        List<Label> labels = new ArrayList<>(List.of(
                new Label("crowd", "a", "u1", "", "x", "y", Outcome.A),
                new Label("crowd", "b", "u1", "", "x", "y", Outcome.B)));
        var table = ScreenedLeaderboards.table(labels, label -> label.judge().equals("a") ? 0.25 : 2);
        assertThat(table.weight(0, Outcome.A)).isEqualTo(0.25);
        assertThat(table.weight(0, Outcome.B)).isEqualTo(2);
        assertThatThrownBy(() -> ScreenedLeaderboards.table(labels, label -> 0)).hasMessageContaining("no label is left");
    }
}
