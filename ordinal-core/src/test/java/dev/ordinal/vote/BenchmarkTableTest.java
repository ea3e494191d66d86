package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.vote.BenchmarkTable.Direction;
import dev.ordinal.vote.BenchmarkTable.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkTableTest {
    private static final double NA = Double.NaN;

    static BenchmarkTable table(List<String> systems, List<String> tasks, double[][] scores) {
        return new BenchmarkTable(systems, tasks.stream().map(Task::of).toList(), scores);
    }

    @Test
    void normalisedScoresMapEachTaskOntoZeroToOneWithOneForTheBest() {
        BenchmarkTable table = table(List.of("a", "b", "c"), List.of("accuracy", "perplexity"),
                new double[][] {{80, 12}, {60, 10}, {70, NA}}).withLowerIsBetter(List.of("perplexity"));
        assertThat(table.task(1).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
        assertThat(table.normalised(0)).containsExactly(new double[] {1, 0, 0.5}, within(1e-12));
        double[] perplexity = table.normalised(1);
        assertThat(perplexity[0]).isZero();
        assertThat(perplexity[1]).isEqualTo(1);
        assertThat(perplexity[2]).isNaN();
    }

    @Test
    void aTaskWhoseScoredSystemsAllTieGivesEachOneAndSeparatesNothing() {
        BenchmarkTable table = table(List.of("a", "b", "c"), List.of("same", "alone", "real"),
                new double[][] {{5, 3, 1}, {5, NA, 2}, {NA, NA, 2}});
        assertThat(table.normalised(0)[0]).isEqualTo(1);
        assertThat(table.normalised(0)[1]).isEqualTo(1);
        assertThat(table.normalised(1)[0]).isEqualTo(1);
        assertThat(table.separates(0)).isFalse();
        assertThat(table.separates(1)).isFalse();
        assertThat(table.separates(2)).isTrue();
    }

    @Test
    void eachTaskIsABallotBetterFirstEqualTiedMissingUnranked() {
        BenchmarkTable table = table(List.of("a", "b", "c", "d"), List.of("t1", "t2"),
                new double[][] {{0.9, 3}, {0.7, 1}, {0.9, NA}, {0.1, 2}}).withLowerIsBetter(List.of("t2"));
        Ballots ballots = table.toBallots();
        assertThat(ballots.candidates().ids()).containsExactly("a", "b", "c", "d");
        assertThat(ballots.size()).isEqualTo(2);
        assertThat(ballots.groups(0)).isDeepEqualTo(new int[][] {{0, 2}, {1}, {3}});
        // t2, lower is better: b (1) before d (2) before a (3); c is unranked.
        assertThat(ballots.groups(1)).isDeepEqualTo(new int[][] {{1}, {3}, {0}});
        assertThat(ballots.ranks(1, 2)).isFalse();
        assertThat(ballots.hasScores()).isTrue();
        assertThat(ballots.score(1, 1)).isEqualTo(1);
    }

    @Test
    void taskWeightsAreBallotWeights() {
        BenchmarkTable table = new BenchmarkTable(List.of("a", "b"),
                List.of(new Task("t1", Direction.HIGHER_IS_BETTER, 2), Task.of("t2")),
                new double[][] {{1, 0}, {0, 1}});
        Ballots ballots = table.toBallots();
        assertThat(ballots.totalWeight()).isEqualTo(3);
        VoteResult plurality = new Plurality().apply(ballots);
        assertThat(plurality.winnerNames()).containsExactly("a");
        assertThat(plurality.scores().orElseThrow()).containsExactly(2, 1);
    }

    @Test
    void tasksThatOrderTheSystemsAlikeMergeIntoOneBallot() {
        BenchmarkTable table = table(List.of("a", "b"), List.of("t1", "t2", "t3"),
                new double[][] {{1, 50, 0}, {0, 10, 1}});
        Ballots ballots = table.toBallots();
        assertThat(ballots.size()).isEqualTo(2);
        assertThat(ballots.totalWeight()).isEqualTo(3);
    }

    @Test
    void invalidTablesAreRejectedWithTheReason() {
        assertThatThrownBy(() -> table(List.of("a", "a"), List.of("t"), new double[][] {{1}, {2}}))
                .hasMessageContaining("duplicate item id 'a'");
        assertThatThrownBy(() -> table(List.of("a"), List.of("t", "t"), new double[][] {{1, 2}}))
                .isInstanceOf(DataException.class).hasMessageContaining("task 't' appears twice");
        assertThatThrownBy(() -> table(List.of("a"), List.of("t", "u"), new double[][] {{1}}))
                .hasMessageContaining("has 1 scores for 2 tasks");
        assertThatThrownBy(() -> table(List.of("a"), List.of("t"), new double[][] {{Double.POSITIVE_INFINITY}}))
                .hasMessageContaining("must be finite");
        assertThatThrownBy(() -> new Task("t", Direction.HIGHER_IS_BETTER, 0))
                .isInstanceOf(InvalidParameterException.class).hasMessage("weight must be a finite number above 0, got '0'");
        BenchmarkTable table = table(List.of("a"), List.of("t"), new double[][] {{1}});
        assertThatThrownBy(() -> table.withLowerIsBetter(List.of("ppl")))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("lower-is-better"))
                .hasMessage("lower-is-better must be names of the table's tasks: t, got 'ppl'");
    }
}
