package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How {@link Ballots.Builder} collapses ballots: identical ones merge, different ones never do. */
class BallotsBuilderTest {

    @Test
    void identicalBallotsMergeWhateverTheOrderWithinATiedGroup() {
        Ballots.Builder builder = Ballots.builder();
        builder.add(List.of(List.of("a"), List.of("b", "c")), 2);
        builder.add(List.of(List.of("a"), List.of("c", "b")), 1.5);
        builder.add(new int[][] {{0}, {2, 1}}, 1);
        Ballots ballots = builder.build();
        assertThat(ballots.size()).isEqualTo(1);
        assertThat(ballots.weight(0)).isEqualTo(4.5);
        assertThat(ballots.groupCount(0)).isEqualTo(2);
        assertThat(ballots.level(0, 2)).isEqualTo(1);
    }

    @Test
    void ballotsThatDifferOnlyInGroupingOrTruncationStayApart() {
        Ballots.Builder builder = Ballots.builder();
        builder.add(List.of(List.of("a", "b")), 1);
        builder.add(List.of(List.of("a"), List.of("b")), 1);
        builder.add(List.of(List.of("a")), 1);
        builder.add(List.of(List.of("b"), List.of("a")), 1);
        builder.add(List.of(), 1);
        Ballots ballots = builder.build();
        assertThat(ballots.size()).isEqualTo(5);
        assertThat(ballots.groupCount(4)).isZero();
        assertThat(ballots.ranks(2, 1)).isFalse();
        assertThat(ballots.level(2, 1)).isEqualTo(1);
    }

    @Test
    void scoreBallotsMergeOnEqualScoresAndTrailingGapsDoNotMatter() {
        Ballots.Builder builder = Ballots.builder();
        builder.candidate("a");
        builder.candidate("b");
        builder.candidate("c");
        builder.addScores(new double[] {3, 1}, 1);
        builder.addScores(new double[] {3, 1, Double.NaN}, 2);
        builder.addScores(Map.of("a", 3.0, "c", 1.0), 1);
        Ballots ballots = builder.build();
        assertThat(ballots.size()).isEqualTo(2);
        assertThat(ballots.weight(0)).isEqualTo(3);
        assertThat(ballots.score(0, 2)).isNaN();
        assertThat(ballots.prefers(1, 0, 2)).isTrue();
        assertThat(ballots.ranks(1, 1)).isFalse();
    }

    @Test
    void aCandidateTwiceOnABallotIsRefused() {
        Ballots.Builder builder = Ballots.builder();
        builder.add(List.of(List.of("a"), List.of("b", "a")), 1);
        assertThatThrownBy(builder::build).hasMessage("candidate 'a' appears twice on a ballot");
    }
}
