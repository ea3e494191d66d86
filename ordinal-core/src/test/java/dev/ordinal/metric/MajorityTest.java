package dev.ordinal.metric;

import static dev.ordinal.metric.AgreementTest.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.audit.Label;
import dev.ordinal.judgment.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The crowd's majority verdict per unit. */
class MajorityTest {

    private static Label vote(String worker, String unit, String left, String right, Outcome outcome) {
        return new Label("crowd", worker, unit, "p1", left, right, outcome);
    }

    @Test
    void votesAreCountedInOneItemOrderAndTheMajorityIsShownThatWay() {
        // Unit 1: two workers prefer y (one saw it left, one right), one prefers x: y wins.
        List<Label> votes = List.of(vote("w1", "1", "x", "y", Outcome.B), vote("w2", "1", "y", "x", Outcome.A),
                vote("w3", "1", "x", "y", Outcome.A));
        Label majority = Majority.of(votes, Majority.TiedVote.TIE).get(0);
        assertThat(majority).isEqualTo(new Label("crowd", "majority", "1", "p1", "x", "y", Outcome.B));
    }

    @Test
    void bothBadVotesForATie() {
        List<Label> votes = List.of(vote("w1", "1", "x", "y", Outcome.BOTH_BAD), vote("w2", "1", "y", "x",
                Outcome.TIE), vote("w3", "1", "x", "y", Outcome.A));
        assertThat(Majority.of(votes, Majority.TiedVote.EXCLUDE).get(0).outcome()).isEqualTo(Outcome.TIE);
    }

    @Test
    void aTiedVoteIsATieOrLeftOut() {
        List<Label> votes = List.of(vote("w1", "1", "x", "y", Outcome.A), vote("w2", "1", "x", "y", Outcome.B),
                vote("w1", "2", "x", "z", Outcome.A), vote("w2", "2", "x", "z", Outcome.B),
                vote("w3", "2", "x", "z", Outcome.TIE), vote("w1", "3", "z", "y", Outcome.A));
        List<Label> tied = Majority.of(votes, Majority.TiedVote.TIE);
        assertThat(tied).extracting(Label::unit).containsExactly("1", "2", "3");
        assertThat(tied).extracting(Label::outcome).containsExactly(Outcome.TIE, Outcome.TIE, Outcome.B);
        List<Label> excluded = Majority.of(votes, Majority.TiedVote.EXCLUDE);
        assertThat(excluded).extracting(Label::unit).containsExactly("3");
        // y < z, and z won: the second item.
        assertThat(excluded.get(0).left()).isEqualTo("y");
    }

    @Test
    void aJudgeCanBeComparedWithTheMajority() {
        List<Label> crowd = List.of(vote("w1", "1", "x", "y", Outcome.A), vote("w2", "1", "x", "y", Outcome.A),
                vote("w3", "1", "y", "x", Outcome.A));
        List<Label> judge = List.of(label("gpt4", "1", "y", "x", Outcome.B));
        AgreementReport report = Agreement.between(judge, Majority.of(crowd, Majority.TiedVote.TIE),
                BootstrapOptions.none());
        assertThat(report.second()).isEqualTo("crowd/majority");
        assertThat(report.agreement().get()).isEqualTo(1.0);
    }

    @Test
    void aUnitComparingDifferentItemsIsRejected() {
        List<Label> votes = List.of(vote("w1", "1", "x", "y", Outcome.A), vote("w2", "1", "x", "z", Outcome.A));
        assertThatThrownBy(() -> Majority.of(votes, Majority.TiedVote.TIE))
                .hasMessageContaining("unit '1' compares 'x' and 'y' in crowd but 'x' and 'z' in crowd");
    }
}
