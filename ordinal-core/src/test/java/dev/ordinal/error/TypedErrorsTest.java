package dev.ordinal.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TypedErrorsTest {

    @Test
    void aboveTakesOnlyFiniteNumbersPastItsBound() {
        assertThat(Require.above("alpha", 0.75, 0.5)).isEqualTo(0.75);
        for (double bad : new double[] {0.5, 0.1, Double.NaN, Double.POSITIVE_INFINITY}) {
            assertThatThrownBy(() -> Require.above("alpha", bad, 0.5))
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                        assertThat(e.parameter()).isEqualTo("alpha");
                        assertThat(e.expected()).isEqualTo("a finite number above 0.5");
                    });
        }
        assertThatThrownBy(() -> Require.above("base", 1, 1)).hasMessage("base must be a finite number above 1, got '1'");
    }

    @Test
    void atLeastAndBelowIncludesItsLowEndOnly() {
        assertThat(Require.atLeastAndBelow("tie-rate", 0, 0, 1)).isZero();
        assertThat(Require.atLeastAndBelow("tie-rate", 0.999, 0, 1)).isEqualTo(0.999);
        assertThatThrownBy(() -> Require.atLeastAndBelow("tie-rate", 1, 0, 1))
                .isInstanceOf(InvalidParameterException.class)
                .hasMessage("tie-rate must be a number in [0, 1), got '1'");
        assertThatThrownBy(() -> Require.atLeastAndBelow("tie-rate", Double.NaN, 0, 1))
                .isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> Require.atLeastAndBelow("label-noise", -0.25, 0, 0.5))
                .hasMessage("label-noise must be a number in [0, 0.5), got '-0.25'");
    }

    @Test
    void aDataExceptionKeepsItsProblemAndRemedyApart() {
        DataException withRemedy = new DataException("the data have no ties", "set ties to half");
        assertThat(withRemedy).hasMessage("the data have no ties; set ties to half");
        assertThat(withRemedy.problem()).isEqualTo("the data have no ties");
        assertThat(withRemedy.remedy()).contains("set ties to half");
        DataException bare = new DataException("no judgments");
        assertThat(bare).hasMessage("no judgments");
        assertThat(bare.problem()).isEqualTo("no judgments");
        assertThat(bare.remedy()).isEmpty();
    }
}
