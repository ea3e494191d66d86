package dev.ordinal.judgment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Items, judgments, comparison tables and ranking profiles: what they hold and refuse. */
class VocabularyTest {

    @Test
    void itemsKeepFirstAppearanceOrderAndDisplayNames() {
        Items items = Items.of(List.of("gpt-4", "claude-2"));
        assertThat(items.indexOf("claude-2")).hasValue(1);
        assertThat(items.indexOf("missing")).isEmpty();
        Items named = items.withNames(Map.of("gpt-4", "GPT 4"));
        assertThat(named.name(0)).isEqualTo("GPT 4");
        assertThat(named.id(0)).isEqualTo("gpt-4");
        assertThat(named.name(1)).isEqualTo("claude-2");
        assertThatThrownBy(() -> Items.of(List.of("a", "a"))).hasMessage("duplicate item id 'a'");
    }

    @Test
    void judgmentsRefuseSelfComparisonAndBadWeights() {
        assertThatThrownBy(() -> PairwiseJudgment.of("a", "a", Outcome.A)).isInstanceOf(DataException.class)
                .hasMessage("an item cannot be compared with itself: 'a'");
        assertThatThrownBy(() -> new PairwiseJudgment("a", "b", Outcome.A, Optional.empty(), Optional.empty(),
                Optional.empty(), 0)).isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("weight"))
                .hasMessage("weight must be a finite number above 0, got '0'");
        assertThat(PairwiseJudgment.of("a", "b", Outcome.A).swapped()).isEqualTo(PairwiseJudgment.of("b", "a", Outcome.B));
        assertThatThrownBy(() -> RankingJudgment.ofOrder(List.of("a", "b", "a")))
                .hasMessage("item 'a' appears twice in one ranking");
        assertThatThrownBy(() -> new RankingJudgment(List.of(List.of("a"), List.of()), Optional.empty(), 1))
                .hasMessage("a ranking cannot contain an empty group");
        assertThat(RankingJudgment.ofOrder(List.of("a")).groups()).containsExactly(List.of("a"));
    }

    @Test
    void tableCountsOrderedCellsAndCollapsesToPairs() {
        ComparisonTable table = ComparisonTable.of(List.of(
                PairwiseJudgment.of("x", "y", Outcome.A),
                PairwiseJudgment.of("x", "y", Outcome.A),
                PairwiseJudgment.of("y", "x", Outcome.A),
                PairwiseJudgment.of("y", "x", Outcome.BOTH_BAD),
                PairwiseJudgment.of("x", "z", Outcome.TIE),
                PairwiseJudgment.of("z", "x", Outcome.B)));
        assertThat(table.cellCount()).isEqualTo(4);
        assertThat(table.judgments()).isEqualTo(6);
        assertThat(table.count(0, Outcome.A)).isEqualTo(2);
        long[][] record = table.winLossTie();
        // x: beat y twice, lost to y once, tied y once (both-bad), tied z once, beat z once.
        assertThat(record[0][0]).isEqualTo(3);
        assertThat(record[1][0]).isEqualTo(1);
        assertThat(record[2][0]).isEqualTo(2);
        PairwiseCounts pairs = table.pairwiseCounts();
        assertThat(pairs.pairCount()).isEqualTo(2);
        assertThat(pairs.judgments()).isEqualTo(6);
        for (int pair = 0; pair < pairs.pairCount(); pair++) {
            assertThat(pairs.low(pair)).isLessThan(pairs.high(pair));
            if (pairs.high(pair) == 1) {
                assertThat(new double[] {pairs.lowWins(pair), pairs.highWins(pair), pairs.ties(pair)})
                        .containsExactly(2, 1, 1);
            } else {
                assertThat(new double[] {pairs.lowWins(pair), pairs.highWins(pair), pairs.ties(pair)})
                        .containsExactly(1, 0, 1);
            }
        }
        assertThatThrownBy(() -> ComparisonTable.builder().add("q", "q", Outcome.TIE, 1))
                .hasMessage("an item cannot be compared with itself: 'q'");
    }

    @Test
    void profileMergesIdenticalRankingsAndBreaksThemIntoPairs() {
        RankingProfile profile = RankingProfile.of(List.of(
                new RankingJudgment(List.of(List.of("a"), List.of("b", "c")), Optional.empty(), 1),
                new RankingJudgment(List.of(List.of("a"), List.of("c", "b")), Optional.empty(), 2),
                RankingJudgment.ofOrder(List.of("c", "a"))));
        assertThat(profile.size()).isEqualTo(2);
        assertThat(profile.count(0)).isEqualTo(2);
        assertThat(profile.weight(0)).isEqualTo(3);
        assertThat(profile.judgments()).isEqualTo(3);
        ComparisonTable broken = profile.toComparisonTable();
        // a>b and a>c twice each, b~c twice, c>a once.
        assertThat(broken.judgments()).isEqualTo(2 * 3 + 1);
        long[][] record = broken.winLossTie();
        assertThat(record[0][0]).isEqualTo(4);
        assertThat(record[1][0]).isEqualTo(1);
        assertThat(record[2][1]).isEqualTo(2);
        RankingProfile fromTable = RankingProfile.of(ComparisonTable.of(List.of(
                PairwiseJudgment.of("a", "b", Outcome.B), PairwiseJudgment.of("a", "b", Outcome.TIE))));
        assertThat(fromTable.order(0)).containsExactly(1, 0);
        assertThat(fromTable.groupSizes(1)).containsExactly(2);
    }
}
