package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ordinal.app.Registries;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.vote.BenchmarkTable.Direction;
import dev.ordinal.vote.BenchmarkTable.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableAggregationTest {
    private static final double NA = Double.NaN;

    /**
     * The failure of the mean that Vote'n'Rank (Rofin et al. 2023, section 2) points out: X is
     * second on every task and first on none, yet has the highest mean; Z is first on two of three
     * tasks and beats both others on two tasks of three, so it is the Condorcet winner.
     */
    static BenchmarkTable paradox() {
        return BenchmarkTableTest.table(List.of("X", "Y", "Z"), List.of("t1", "t2", "t3"),
                new double[][] {{90, 90, 90}, {100, 60, 60}, {60, 100, 100}});
    }

    private static AggregationResult aggregate(BenchmarkTable table, String... methods) {
        return new TableAggregation(List.of(methods), TableAggregation.DEFAULT_PRIOR_SIGMA).apply(table);
    }

    @Test
    void theMeanCrownsASystemThatNoTaskPrefers() {
        AggregationResult result = aggregate(paradox(), "mean", "median", "plurality", "bradley-terry");
        VoteResult mean = result.results().get(0);
        // Normalised: X 0.75 on every task; Y 1, 0, 0; Z 0, 1, 1.
        assertThat(mean.scores().orElseThrow()).containsExactly(new double[] {0.75, 1.0 / 3, 2.0 / 3}, within(1e-9));
        assertThat(mean.winnerNames()).containsExactly("X");
        VoteResult median = result.results().get(1);
        assertThat(median.scores().orElseThrow()).containsExactly(0.75, 0, 1);
        assertThat(median.winnerNames()).containsExactly("Z");
        VoteResult plurality = result.results().get(2);
        assertThat(plurality.scores().orElseThrow()[0]).isZero();
        assertThat(plurality.winnerNames()).containsExactly("Z");
        assertThat(paradox().toBallots().majority().condorcetWinner()).isEqualTo(2);
        // Task-wise wins: Z 4, X 3, Y 2; with every pair compared on every task BT orders by wins.
        VoteResult bradleyTerry = result.results().get(3);
        assertThat(AggregationResult.ranks(bradleyTerry)).containsExactly(2, 3, 1);
        assertThat(AggregationResult.ranks(mean)).containsExactly(1, 3, 2);
    }

    /** Borda on the same table: Z 4 points, X 3, Y 2 (2 points for a first place, 1 for a second). */
    @Test
    void bordaDisagreesWithTheMeanOnTheParadox() {
        assumeTrue(Registries.rules().names().contains("borda"), "borda is registered by another branch");
        AggregationResult result = aggregate(paradox(), "mean", "borda");
        assertThat(result.results().get(0).winnerNames()).containsExactly("X");
        VoteResult borda = result.results().get(1);
        assertThat(borda.winnerNames()).containsExactly("Z");
        assertThat(AggregationResult.ranks(borda)).containsExactly(2, 3, 1);
    }

    @Test
    void directionsAndUnitsDoNotChangeAnyResult() {
        // t2 as an error rate in percent (lower is better) instead of an accuracy in [0, 1].
        BenchmarkTable flipped = new BenchmarkTable(List.of("X", "Y", "Z"),
                List.of(Task.of("t1"), new Task("t2", Direction.LOWER_IS_BETTER, 1), Task.of("t3")),
                new double[][] {{90, 10, 90}, {100, 40, 60}, {60, 0, 100}});
        String[] methods = {"mean", "median", "plurality", "bradley-terry"};
        AggregationResult original = aggregate(paradox(), methods);
        AggregationResult changed = aggregate(flipped, methods);
        for (int m = 0; m < methods.length; m++) {
            assertThat(changed.results().get(m).scores().orElseThrow())
                    .as(methods[m]).containsExactly(original.results().get(m).scores().orElseThrow(), within(1e-9));
        }
    }

    @Test
    void missingCellsAreLeftOutOfMeansAndComparisons() {
        // c has no score on t2; only a is scored on t3, which separates nothing; d has no score at all.
        BenchmarkTable table = BenchmarkTableTest.table(List.of("a", "b", "c", "d"), List.of("t1", "t2", "t3"),
                new double[][] {{10, 0, 7}, {0, 10, NA}, {5, NA, NA}, {NA, NA, NA}});
        AggregationResult result = aggregate(table, "mean", "median", "bradley-terry");
        double[] mean = result.results().get(0).scores().orElseThrow();
        assertThat(mean[0]).isEqualTo(0.5);
        assertThat(mean[1]).isEqualTo(0.5);
        assertThat(mean[2]).isEqualTo(0.5);
        assertThat(mean[3]).isNaN();
        assertThat(AggregationResult.ranks(result.results().get(0))).containsExactly(1, 1, 1, 0);
        assertThat(result.results().get(1).scores().orElseThrow()[2]).isEqualTo(0.5);
        VoteResult bradleyTerry = result.results().get(2);
        // Comparisons: t1 gives a>b, a>c, c>b; t2 gives b>a. a: 2 wins 1 loss; b: 1-2; c: 1-1; d: none.
        Explanation.Table record = (Explanation.Table) bradleyTerry.explanation().parts().get(1);
        assertThat(record.rows().get(0).subList(0, 4)).containsExactly("a", "2", "1", "0");
        assertThat(record.rows().get(2).subList(0, 4)).containsExactly("c", "1", "1", "0");
        assertThat(record.rows().get(3).subList(0, 4)).containsExactly("d", "0", "0", "0");
        double[] strengths = bradleyTerry.scores().orElseThrow();
        assertThat(strengths[0]).isGreaterThan(strengths[2]).isGreaterThan(strengths[1]);
        assertThat(strengths[3]).isCloseTo(0, within(0.3));
        assertThat(result.explanation().parts().get(0)).isEqualTo(new Explanation.Note(
                "Tasks that do not separate the systems they score, left out of mean and median: t3."));
    }

    @Test
    void aSystemThatWinsEveryComparisonStillGetsAFiniteStrength() {
        BenchmarkTable table = BenchmarkTableTest.table(List.of("best", "mid", "low"), List.of("t1", "t2"),
                new double[][] {{3, 3}, {2, 1}, {1, 2}});
        VoteResult bradleyTerry = aggregate(table, "bradley-terry").results().get(0);
        double[] strengths = bradleyTerry.scores().orElseThrow();
        assertThat(java.util.Arrays.stream(strengths).allMatch(Double::isFinite)).isTrue();
        assertThat(bradleyTerry.winnerNames()).containsExactly("best");
        // mid and low each win one task against the other: they tie.
        assertThat(AggregationResult.ranks(bradleyTerry)).containsExactly(1, 2, 2);
        assertThat(strengths[0] + strengths[1] + strengths[2]).isCloseTo(0, within(1e-9));
    }

    @Test
    void weightedMeanAndMedian() {
        assertThat(TableAggregation.weightedMedian(new double[] {0, 1}, new double[] {1, 1}, 2)).isEqualTo(0.5);
        assertThat(TableAggregation.weightedMedian(new double[] {2, 0, 1}, new double[] {1, 1, 1}, 3)).isEqualTo(1);
        assertThat(TableAggregation.weightedMedian(new double[] {0, 1}, new double[] {3, 1}, 2)).isZero();
        assertThat(TableAggregation.weightedMedian(new double[] {3, 1, 2, 0}, new double[] {1, 1, 1, 1}, 4))
                .isEqualTo(1.5);
        assertThat(TableAggregation.weightedMedian(new double[] {5}, new double[] {2}, 1)).isEqualTo(5);
        assertThat(TableAggregation.weightedMean(new double[] {0, 1, 9}, new double[] {3, 1, 7}, 2)).isEqualTo(0.25);
    }

    @Test
    void taskWeightsCountInTheMean() {
        BenchmarkTable table = new BenchmarkTable(List.of("a", "b"),
                List.of(new Task("t1", Direction.HIGHER_IS_BETTER, 3), Task.of("t2")),
                new double[][] {{1, 0}, {0, 1}});
        VoteResult mean = aggregate(table, "mean").results().get(0);
        assertThat(mean.scores().orElseThrow()).containsExactly(0.75, 0.25);
    }

    @Test
    void badMethodListsAreRejected() {
        assertThatThrownBy(() -> new TableAggregation(List.of(), 2))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("rules"))
                .hasMessageContaining("at least one method");
        assertThatThrownBy(() -> new TableAggregation(List.of("mean", "mean"), 2))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("named twice");
        assertThatThrownBy(() -> new TableAggregation(List.of("mean", "no-such-rule"), 2))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("rule must be one of");
        assertThatThrownBy(() -> new TableAggregation(List.of("bradley-terry"), 0))
                .hasMessageContaining("prior must be a finite number above 0");
    }

    @Test
    void aSingleSystemIsFirstEverywhere() {
        BenchmarkTable table = BenchmarkTableTest.table(List.of("only"), List.of("t1"), new double[][] {{0.3}});
        AggregationResult result = aggregate(table, "mean", "plurality", "bradley-terry");
        assertThat(result.results().get(0).winners()).isEmpty();
        assertThat(result.results().get(1).winnerNames()).containsExactly("only");
        assertThat(result.results().get(2).winnerNames()).containsExactly("only");
    }
}
