package dev.ordinal.judgment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.InvalidParameterException;
import org.junit.jupiter.api.Test;

class OutcomeLabelTest {

    @Test
    void everyLabelReadsBackToItsOutcome() {
        for (Outcome outcome : Outcome.values()) {
            assertThat(Outcome.fromLabel(outcome.label())).contains(outcome);
            assertThat(Outcome.fromLabel(outcome.label().toUpperCase())).contains(outcome);
        }
        assertThat(Outcome.BOTH_BAD.label()).isEqualTo("both_bad");
        assertThat(Outcome.fromLabel(" bothbad ")).contains(Outcome.BOTH_BAD);
        assertThat(Outcome.fromLabel("draw")).isEmpty();
        assertThat(Outcome.fromLabel("")).isEmpty();
    }

    @Test
    void parseNamesTheParameterTheLabelCameIn() {
        assertThatThrownBy(() -> Outcome.parse("outcome", "win"))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                    assertThat(e.parameter()).isEqualTo("outcome");
                    assertThat(e.value()).isEqualTo("win");
                })
                .hasMessage("outcome must be one of a, b, tie, both_bad, got 'win'");
        assertThat(Outcome.parse("outcome", "TIE")).isEqualTo(Outcome.TIE);
    }
}
