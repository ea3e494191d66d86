package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class SingleTransferableVoteTest {

    @Test
    void dublinWest2002ElectsHigginsLenihanAndBurton() throws IOException {
        // PrefLib 00001-00000002 (2002 Dublin West, 3 seats, 29,988 ballots); the declared result of
        // that election: Joe Higgins (S.P.), Brian Lenihan (F.F.), Joan Burton (Lab).
        Ballots ballots = ScoringSequentialFixtures.prefLib(
                Files.newInputStream(Path.of("../examples/preflib/irish/00001-00000002.soi")));
        assertThat(ballots.totalWeight()).isEqualTo(29988);
        VoteResult result = new SingleTransferableVote(3).apply(ballots);
        assertThat(result.winnerNames()).containsExactlyInAnyOrder("Joe Higgins S.P.", "Brian Lenihan F.F.", "Joan Burton Lab");
        assertThat(result.explanation().parts().get(0)).hasToString(
                "Note[text=Droop quota floor(29988 / 4) + 1 = 7498; surpluses by the weighted inclusive Gregory method.]");
        List<List<String>> stages = stages(result);
        // Stage 1 holds the first preferences; Lenihan's 8086 exceeds the quota and his surplus moves first.
        assertThat(stages.get(0).subList(1, 11)).containsExactly("748", "3810", "2300", "6442", "8086", "2404", "2370",
                "134", "3694", "0");
        assertThat(stages).hasSize(9);
        assertThat(stages.get(8).get(2)).isEqualTo("10401.2236");
        assertThat(stages.get(7).get(9)).isEqualTo("5713.6072");
        assertThat(stages.get(8).get(10)).isEqualTo("4590.7764");
        assertThat(result.ranking().orElseThrow()).containsExactly(new int[] {4}, new int[] {3}, new int[] {1},
                new int[] {8}, new int[] {2}, new int[] {6}, new int[] {5}, new int[] {0}, new int[] {7});
    }

    static List<List<String>> stages(VoteResult result) {
        return result.explanation().parts().stream().filter(part -> part instanceof Explanation.Table)
                .map(part -> ((Explanation.Table) part).rows()).findFirst().orElseThrow();
    }

    static Ballots stvBallots(Object... weightAndRankings) {
        return ballots(weightAndRankings);
    }

    private static Ballots ballots(Object... weightAndRankings) {
        Ballots.Builder builder = Ballots.builder();
        for (int i = 0; i < weightAndRankings.length; i += 2) {
            List<List<String>> groups = Arrays.stream(((String) weightAndRankings[i + 1]).split(">"))
                    .map(group -> List.of(group.split("="))).toList();
            builder.add(groups, ((Number) weightAndRankings[i]).doubleValue());
        }
        return builder.build();
    }

    @Test
    void wikipediaFoodElection() {
        // Wikipedia, "Single transferable vote", example: 20 voters, 3 seats, Droop quota 6.
        // Chocolate's surplus of 6 moves at 6/12 = 0.5: 4 to Strawberries, 2 to Bonbons; Pears is
        // excluded and Oranges reaches 6; Bonbons is excluded and Strawberries fills the last seat.
        Ballots ballots = ballots(4, "Oranges", 2, "Pears>Oranges", 8, "Chocolate>Strawberries",
                4, "Chocolate>Bonbons", 1, "Strawberries", 1, "Bonbons");
        VoteResult result = new SingleTransferableVote(3).apply(ballots);
        assertThat(result.winnerNames()).containsExactlyInAnyOrder("Chocolate", "Oranges", "Strawberries");
        List<List<String>> stages = stages(result);
        // columns: stage, Oranges, Pears, Chocolate, Strawberries, Bonbons, exhausted, action
        assertThat(stages.get(0).subList(1, 7)).containsExactly("4", "2", "12", "1", "1", "0");
        assertThat(stages.get(0).get(7)).contains("Chocolate elected with 12", "surplus 6", "at 0.5");
        assertThat(stages.get(1).subList(1, 7)).containsExactly("4", "2", "6", "5", "3", "0");
        assertThat(stages.get(1).get(7)).isEqualTo("Pears excluded, papers transferred");
        assertThat(stages.get(2).subList(1, 7)).containsExactly("6", "—", "6", "5", "3", "0");
        assertThat(stages.get(2).get(7)).contains("Oranges elected with 6", "Bonbons excluded");
        assertThat(stages.get(3).subList(1, 7)).containsExactly("6", "—", "6", "5", "—", "3");
        assertThat(stages).hasSize(4);
        Ballots named = ballots;
        assertThat(result.ranking().orElseThrow().stream().map(group -> named.candidates().name(group[0])).toList())
                .containsExactly("Chocolate", "Oranges", "Strawberries", "Bonbons", "Pears");
    }

    @Test
    void oneSeatIsInstantRunoffAndFollowsTheMajorityOfTwo() {
        VoteResult result = new SingleTransferableVote(1).apply(ballots(3, "a>b", 3, "b>a", 1, "b"));
        assertThat(result.winnerNames()).containsExactly("b");
        // 3 against 3: a tie, reported as two winners
        result = new SingleTransferableVote(1).apply(ballots(3, "a>b", 2, "b>a", 1, "b"));
        assertThat(result.winnerNames()).containsExactly("a", "b");
        assertThat(new SingleTransferableVote(1).traits()).contains(Trait.MAJORITY, Trait.CONDORCET_LOSER);
        assertThat(new SingleTransferableVote(2).traits()).doesNotContain(Trait.MAJORITY);
    }

    @Test
    void tiedBallotGroupsShareTheirPaper() {
        // The 2 ballots a=b give a and b 1 each; c has 1.5; quota floor(3.5/2)+1 = 2. a and b tie for
        // exclusion with no earlier stage to decide; excluding either moves its papers to the other,
        // which reaches 2 and wins, so both ways are counted and a and b both win.
        VoteResult result = new SingleTransferableVote(1).apply(ballots(2, "a=b", 1.5, "c"));
        assertThat(stages(result).get(0).subList(1, 4)).containsExactly("1", "1", "1.5");
        assertThat(result.winnerNames()).containsExactly("a", "b");
    }

    @Test
    void anUndecidableTieElectsEveryPossibleWinner() {
        VoteResult result = new SingleTransferableVote(1).apply(ballots(1, "a", 1, "b", 1, "c"));
        assertThat(result.winnerNames()).containsExactly("a", "b", "c");
        assertThat(result.explanation().parts().toString()).contains("every way of breaking the tie is counted");
        assertThat(result.ranking().orElseThrow()).hasSize(1);
    }

    @Test
    void edgeCases() {
        assertThat(new SingleTransferableVote(1).apply(ballots(2, "a")).winnerNames()).containsExactly("a");
        assertThatThrownBy(() -> new SingleTransferableVote(1).apply(Ballots.builder().build()))
                .isInstanceOf(VoteException.class);
        Ballots.Builder blank = Ballots.builder();
        blank.candidate("x");
        blank.candidate("y");
        VoteResult nobodyRanked = new SingleTransferableVote(1).apply(blank.add(new int[0][], 3).build());
        assertThat(nobodyRanked.winnerNames()).containsExactly("x", "y");
        assertThatThrownBy(() -> new SingleTransferableVote(3).apply(ballots(1, "a>b")))
                .isInstanceOf(VoteException.class).hasMessageContaining("3 seats from 2 candidates");
        // seats equal to the candidates: everyone is elected at once
        assertThat(new SingleTransferableVote(2).apply(ballots(1, "a>b")).winnerNames()).containsExactly("a", "b");
        // weights scale: ten times the food election elects the same committee
        assertThat(new SingleTransferableVote(3).apply(ballots(40, "Oranges", 20, "Pears>Oranges", 80,
                "Chocolate>Strawberries", 40, "Chocolate>Bonbons", 10, "Strawberries", 10, "Bonbons")).winnerNames())
                .containsExactlyInAnyOrder("Chocolate", "Oranges", "Strawberries");
    }
}
