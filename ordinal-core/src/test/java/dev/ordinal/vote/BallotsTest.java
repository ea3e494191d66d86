package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.InvalidParameterException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BallotsTest {
    private static Ballots ballots() {
        return Ballots.builder()
                .add(List.of(List.of("a"), List.of("b", "c")), 2)
                .add(List.of(List.of("c")), 1)
                .add(List.of(List.of("a"), List.of("c", "b")), 1)
                .build();
    }

    @Test
    void identicalBallotsMergeAndTruncatedBallotsRankTheirCandidatesAboveTheRest() {
        Ballots ballots = ballots();
        assertThat(ballots.size()).isEqualTo(2);
        assertThat(ballots.weight(0)).isEqualTo(3);
        assertThat(ballots.totalWeight()).isEqualTo(4);
        int a = 0;
        int b = 1;
        int c = 2;
        assertThat(ballots.level(1, c)).isZero();
        assertThat(ballots.level(1, a)).isEqualTo(1);
        assertThat(ballots.ranks(1, a)).isFalse();
        assertThat(ballots.prefers(1, c, a)).isTrue();
        assertThat(ballots.prefers(1, a, b)).isFalse();
        assertThat(ballots.groups(0)).isDeepEqualTo(new int[][] {{a}, {b, c}});
        assertThat(ballots.strictAndComplete()).isFalse();
    }

    @Test
    void majorityMatrixCountsStrictPreferencesOnly() {
        MajorityMatrix majority = ballots().majority();
        assertThat(majority.support(0, 1)).isEqualTo(3);
        assertThat(majority.support(2, 0)).isEqualTo(1);
        assertThat(majority.support(1, 2)).isZero();
        assertThat(majority.support(2, 1)).isEqualTo(1);
        assertThat(majority.margin(0, 2)).isEqualTo(2);
        assertThat(majority.condorcetWinner()).isZero();
        assertThat(majority.condorcetLoser()).isEqualTo(1);
    }

    @Test
    void approvalsAreTheFirstGroupOfDichotomousBallots() {
        Ballots ballots = ballots();
        assertThat(ballots.dichotomous()).isTrue();
        assertThat(ballots.approves(0, 0)).isTrue();
        assertThat(ballots.approves(0, 1)).isFalse();
        Ballots ranked = Ballots.builder().add(List.of(List.of("a"), List.of("b"), List.of("c")), 1).build();
        assertThat(ranked.dichotomous()).isFalse();
        Ballots topTwo = ranked.approvingTop(2);
        assertThat(topTwo.dichotomous()).isTrue();
        assertThat(topTwo.approves(0, 1)).isTrue();
        assertThat(topTwo.approves(0, 2)).isFalse();
    }

    @Test
    void scoreBallotsAreOrderedByScoreWithMissingScoresUnranked() {
        Ballots ballots = Ballots.builder().addScores(Map.of("a", 3.0, "b", 5.0, "c", 3.0), 1)
                .addScores(Map.of("b", 1.0), 1).build();
        assertThat(ballots.hasScores()).isTrue();
        int b = ballots.candidates().indexOf("b").getAsInt();
        int a = ballots.candidates().indexOf("a").getAsInt();
        assertThat(ballots.level(0, b)).isZero();
        assertThat(ballots.level(0, a)).isEqualTo(1);
        assertThat(Double.isNaN(ballots.score(1, a))).isTrue();
        assertThat(ballots.ranks(1, a)).isFalse();
        assertThatThrownBy(() -> Ballots.builder().addScores(Map.of("a", 1.0), 1).add(List.of(List.of("a")), 1))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void restrictingDropsCandidatesAndClosesEmptyGroups() {
        Ballots restricted = ballots().restrictedTo(new int[] {2, 0});
        assertThat(restricted.candidates().ids()).containsExactly("c", "a");
        assertThat(restricted.groups(1)).isDeepEqualTo(new int[][] {{0}});
        assertThat(restricted.majority().margin(1, 0)).isEqualTo(2);
    }

    @Test
    void aBallotCannotNameACandidateTwice() {
        assertThatThrownBy(() -> Ballots.builder().add(List.of(List.of("a"), List.of("a")), 1).build())
                .hasMessageContaining("'a' appears twice");
    }

    @Test
    void tiesAreBrokenOnlyWhenAsked() {
        Ballots ballots = Ballots.builder().add(List.of(List.of("a")), 1).add(List.of(List.of("b")), 1).build();
        VoteResult tied = new Plurality().apply(ballots);
        assertThat(tied.winnerNames()).containsExactly("a", "b");
        VoteResult broken = tied.breakTies(TieBreak.FIRST_LISTED);
        assertThat(broken.winnerNames()).containsExactly("a");
        assertThat(broken.ranking().orElseThrow()).hasSize(2);
        VoteResult random = tied.breakTies(TieBreak.parse("random:5"));
        assertThat(random.winners()).hasSize(1);
        assertThat(tied.breakTies(TieBreak.parse("random:5")).winnerNames()).isEqualTo(random.winnerNames());
        assertThatThrownBy(() -> TieBreak.parse("coin"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("tie-break"))
                .hasMessage("tie-break must be first or random:SEED, got 'coin'");
    }
}
