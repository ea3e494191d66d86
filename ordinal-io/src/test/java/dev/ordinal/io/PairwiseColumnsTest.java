package dev.ordinal.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
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
    void rejectsMappingsItCannotUnderstandNamingTheOutcomesParameter() {
        assertThatThrownBy(() -> PairwiseColumns.parseOutcomes("a=1,b"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("outcomes");
                    assertThat(e.value()).isEqualTo("b");
                })
                .hasMessage("outcomes must be outcome=value pairs, e.g. a=left,b=right,tie=tie|draw, got 'b'");
        assertThatThrownBy(() -> PairwiseColumns.parseOutcomes("a=1,b=2,win=3"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("outcomes must be outcome=value pairs whose outcome is a, b, tie or both_bad, got 'win=3'");
        assertThatThrownBy(() -> PairwiseColumns.parseOutcomes("a=1,b=1"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("outcomes must be a mapping that gives each value one outcome ('1' is mapped to both a and b),"
                        + " got 'a=1,b=1'");
        assertThatThrownBy(() -> PairwiseColumns.parseOutcomes("a=1,tie=0"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("outcomes must be a mapping with values for both a and b, got 'a=1,tie=0'");
        assertThatThrownBy(() -> PairwiseColumns.parseOutcomes("a=1|,b=2"))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("outcomes must be outcome=value pairs with no empty value, got 'a=1|'");
    }

    @Test
    void readsTheOutcomeLabelsOfCoreInAnyCase() {
        assertThat(PairwiseColumns.parseOutcomes("A=1,b=2,Tie=0,BothBad=x,both_bad=y").values())
                .containsExactly(Outcome.A, Outcome.B, Outcome.TIE, Outcome.BOTH_BAD, Outcome.BOTH_BAD);
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
                .isInstanceOfSatisfying(UnsupportedCombinationException.class,
                        e -> assertThat(e.parameters()).containsExactly("a", "b", "winner"))
                .hasMessage("the a, b and winner columns must differ, got 'x', 'x', 'w'");
    }
}
