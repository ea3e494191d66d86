package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.judgment.Outcome;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PairwiseColumnsTest {

    @Test
    void parsesOutcomeMappingsWithSeveralValuesPerOutcome() {
        assertThat(PairwiseColumns.parseOutcomes("a=left,b=right,tie=tie|draw,both_bad=bad"))
                .containsExactly(Map.entry("left", Outcome.A), Map.entry("right", Outcome.B),
                        Map.entry("tie", Outcome.TIE), Map.entry("draw", Outcome.TIE), Map.entry("bad", Outcome.BOTH_BAD));
        assertThat(PairwiseColumns.parseOutcomes(" A = 1 , B = 2 ")).containsExactly(
                Map.entry("1", Outcome.A), Map.entry("2", Outcome.B));
    }

    @Test
    void rejectsMappingsItCannotUnderstand() {
        assertThatThrownBy(() -> PairwiseColumns.parseOutcomes("a=1,b"))
                .hasMessage("outcome mapping 'b' has no '='; expected outcome=value, e.g. a=left,b=right,tie=tie|draw");
        assertThatThrownBy(() -> PairwiseColumns.parseOutcomes("a=1,b=2,win=3"))
                .hasMessage("unknown outcome 'win' in outcome mapping; expected a, b, tie or both_bad");
        assertThatThrownBy(() -> PairwiseColumns.parseOutcomes("a=1,b=1"))
                .hasMessage("value '1' is mapped to both a and b");
        assertThatThrownBy(() -> PairwiseColumns.parseOutcomes("a=1,tie=0"))
                .hasMessage("outcome mapping 'a=1,tie=0' must give values for both a and b");
        assertThatThrownBy(() -> PairwiseColumns.parseOutcomes("a=1|,b=2"))
                .hasMessage("outcome mapping 'a=1|' has an empty value");
    }

    @Test
    void detectionKeepsOnlyTheOptionalColumnsThatArePresent() {
        PairwiseColumns arena = PairwiseColumns.detect(List.of("model_a", "model_b", "winner", "tstamp")).orElseThrow();
        assertThat(arena.time()).contains("tstamp");
        assertThat(arena.judge()).isEmpty();
        assertThat(arena.category()).isEmpty();
        PairwiseColumns llmfao = PairwiseColumns.detect(List.of("id", "worker", "winner", "left", "right")).orElseThrow();
        assertThat(llmfao.a()).isEqualTo("left");
        assertThat(llmfao.judge()).contains("worker");
        assertThat(llmfao.unit()).contains("id");
        assertThat(llmfao.context()).isEmpty();
        assertThat(arena.unit()).isEmpty();
        assertThat(PairwiseColumns.detect(List.of("left", "right"))).isEqualTo(Optional.empty());
    }

    @Test
    void columnsMustBeDistinct() {
        assertThatThrownBy(() -> PairwiseColumns.of("x", "x", "w", PairwiseColumns.parseOutcomes("a=1,b=2")))
                .hasMessage("the a, b and winner columns must differ, got 'x', 'x', 'w'");
    }
}
