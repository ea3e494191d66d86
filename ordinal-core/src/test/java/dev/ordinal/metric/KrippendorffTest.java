package dev.ordinal.metric;

import static dev.ordinal.metric.AgreementTest.label;
import static dev.ordinal.metric.AgreementTest.randomSource;
import static dev.ordinal.metric.Krippendorff.MISSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.audit.Label;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Krippendorff's α: the published examples, the pairwise panel, properties and bad input. */
class KrippendorffTest {
    private static final int X = MISSING;

    /**
     * K. Krippendorff, "Computing Krippendorff's Alpha-Reliability" (2011), section C: nominal data,
     * 4 observers, 12 units, missing values (units × observers here; the paper prints observers ×
     * units). The paper's result: α_nominal = 0.743.
     */
    private static final int[][] SECTION_C = {
        {1, 1, X, 1}, {2, 2, 3, 2}, {3, 3, 3, 3}, {3, 3, 3, 3}, {2, 2, 2, 2}, {1, 2, 3, 4},
        {4, 4, 4, 4}, {1, 1, 2, 1}, {2, 2, 2, 2}, {X, 5, 5, 5}, {X, X, 1, 1}, {X, X, 3, X},
    };

    @Test
    void nominalExampleWithMissingValues() {
        AlphaReport report = Krippendorff.alpha(SECTION_C, BootstrapOptions.none());
        assertThat(report.alpha().get()).isCloseTo(0.743, within(0.0005));
        // Unit 12 has a single value and is not pairable: n = 40 pairable values in 11 units.
        assertThat(report.pairableUnits()).isEqualTo(11);
        assertThat(report.pairableValues()).isEqualTo(40);
        assertThat(report.units()).isEqualTo(12);
        assertThat(report.coders()).isEqualTo(4);
    }

    /**
     * The same paper, section A: binary data, two observers, ten units, no missing values:
     * α = 0.095.
     */
    @Test
    void binaryExampleOfTwoObservers() {
        int[] first = {0, 1, 0, 0, 0, 0, 0, 0, 1, 0};
        int[] second = {1, 1, 1, 0, 0, 1, 0, 0, 0, 0};
        int[][] values = new int[10][];
        for (int unit = 0; unit < 10; unit++) {
            values[unit] = new int[] {first[unit], second[unit]};
        }
        assertThat(Krippendorff.alpha(values, BootstrapOptions.none()).alpha().get()).isCloseTo(0.095, within(0.0005));
    }

    @Test
    void relabellingCategoriesAndReorderingCodersChangeNothing() {
        int[][] relabelled = new int[SECTION_C.length][];
        for (int unit = 0; unit < SECTION_C.length; unit++) {
            int[] row = SECTION_C[unit];
            relabelled[unit] = new int[row.length];
            for (int coder = 0; coder < row.length; coder++) {
                int value = row[row.length - 1 - coder];
                relabelled[unit][coder] = value == X ? X : 100 - 7 * value;
            }
        }
        assertThat(Krippendorff.alpha(relabelled, BootstrapOptions.none()).alpha().get())
                .isCloseTo(Krippendorff.alpha(SECTION_C, BootstrapOptions.none()).alpha().get(), within(1e-12));
    }

    @Test
    void bootstrapIntervalIsSeededAndCoversTheEstimate() {
        BootstrapOptions bootstrap = new BootstrapOptions(500, 9, 0.95);
        AlphaReport report = Krippendorff.alpha(SECTION_C, bootstrap);
        assertThat(Krippendorff.alpha(SECTION_C, bootstrap)).isEqualTo(report);
        Estimate alpha = report.alpha();
        assertThat(alpha.interval().orElseThrow().lower()).isLessThan(alpha.get());
        assertThat(alpha.interval().orElseThrow().upper()).isGreaterThan(alpha.get()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void aPanelAgreeingWithItselfHasAlphaOneAndMatchesKappa() {
        List<Label> judge = randomSource("judge", 120, 3, 0.2);
        List<Label> panel = new ArrayList<>(judge);
        judge.forEach(l -> panel.add(new Label("copy", "copy", l.unit(), l.context(), l.right(), l.left(),
                l.outcome().swapped())));
        AlphaReport report = Krippendorff.alpha(panel, new BootstrapOptions(100, 1, 0.95));
        assertThat(report.alpha().get()).isCloseTo(1.0, within(1e-12));
        assertThat(report.coders()).isEqualTo(2);
        assertThat(report.pairableUnits()).isEqualTo(120);
    }

    /**
     * The pairwise α averages a and b in the chance term. That is plain α of the panel with every
     * unit coded twice, once as is and once mirrored (a ↔ b), except for the factor n − 1, which
     * counts values: the copies double the observed disagreement D and n and balance n_a with n_b,
     * so 1 − α_pairwise = 2(n − 1)/(2n − 1) · (1 − α_doubled).
     */
    @Test
    void pairwiseAlphaEqualsAlphaOfTheUnitsInBothItemOrders() {
        List<Label> first = randomSource("first", 80, 41, 0.3);
        List<Label> second = randomSource("second", 80, 42, 0.2);
        List<Label> panel = new ArrayList<>(first);
        panel.addAll(second);
        double pairwise = Krippendorff.alpha(panel, BootstrapOptions.none()).alpha().get();
        // Each unit once as is and once mirrored (a ↔ b): the mirrored copy adds the same
        // observed disagreement and balances n_a and n_b, as the pairwise α does.
        int[][] values = new int[160][];
        for (int unit = 0; unit < 80; unit++) {
            int a = Verdict.of(first.get(unit)).ordinal();
            int b = Verdict.of(second.get(unit)).ordinal();
            values[unit] = new int[] {a, b};
            values[80 + unit] = new int[] {mirror(a), mirror(b)};
        }
        double doubled = Krippendorff.alpha(values, BootstrapOptions.none()).alpha().get();
        double n = 160;
        double expected = 1 - (1 - doubled) * ((n - 1) / n) / ((2 * n - 1) / (2 * n));
        assertThat(pairwise).isCloseTo(expected, within(1e-12));
    }

    private static int mirror(int verdict) {
        return verdict == 2 ? 2 : 1 - verdict;
    }

    @Test
    void undefinedAlphaSaysWhy() {
        AlphaReport same = Krippendorff.alpha(new int[][] {{2, 2}, {2, 2}, {2, X}, {X, 3}}, BootstrapOptions.none());
        assertThat(same.alpha().defined()).isFalse();
        assertThat(same.alpha().undefinedBecause().orElseThrow()).contains("same category");
        AlphaReport lonely = Krippendorff.alpha(new int[][] {{1, X}, {X, 2}}, new BootstrapOptions(10, 1, 0.95));
        assertThat(lonely.alpha().undefinedBecause().orElseThrow()).contains("no unit has two or more values");
        assertThat(lonely.pairableUnits()).isZero();
        List<Label> ties = List.of(label("a", "1", "x", "y", Outcome.TIE), label("b", "1", "y", "x", Outcome.BOTH_BAD));
        assertThat(Krippendorff.alpha(ties, BootstrapOptions.none()).alpha().undefinedBecause().orElseThrow())
                .contains("is a tie");
        // Two sources on different units: no unit of labels has two values (this used to fail with an index error).
        List<Label> apart = List.of(label("a", "1", "x", "y", Outcome.A), label("b", "2", "x", "y", Outcome.B));
        AlphaReport unpaired = Krippendorff.alpha(apart, new BootstrapOptions(10, 1, 0.95));
        assertThat(unpaired.alpha().undefinedBecause().orElseThrow()).contains("no unit has two or more values");
        assertThat(unpaired.units()).isEqualTo(2);
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> Krippendorff.alpha(new int[][] {{1, 2}, {1}}, BootstrapOptions.none()))
                .hasMessageContaining("unit 1 has 1 values, expected 2");
        assertThatThrownBy(() -> Krippendorff.alpha(new int[][] {{1, -4}}, BootstrapOptions.none()))
                .hasMessageContaining("the value -4");
        assertThatThrownBy(() -> Krippendorff.alpha(new int[0][], BootstrapOptions.none()))
                .hasMessageContaining("at least one unit");
        assertThatThrownBy(() -> Krippendorff.alpha(List.of(), BootstrapOptions.none()))
                .hasMessageContaining("the panel has no labels");
    }
}
