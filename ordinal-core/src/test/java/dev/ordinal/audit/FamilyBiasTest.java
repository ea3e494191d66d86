package dev.ordinal.audit;

import static dev.ordinal.audit.PositionBiasTest.label;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FamilyBiasTest {
    private static final AuditOptions OPTIONS = new AuditOptions(0.95, 1000, 11);
    private static final Map<String, String> FAMILIES = Map.of("a1", "OpenAI", "a2", "OpenAI", "o1", "Meta", "o2",
            "Meta");

    /**
     * u1 (a1 vs o1): gpt a1 wins (1); crowd a1 wins, o1 wins (½). u2 (o2 vs a2): gpt a2 wins (1);
     * crowd o2 wins (0). u4 (a2 vs o1): gpt tie (½); crowd tie, a2 wins (¾). u3 pairs two OpenAI
     * items, u5 two Meta items, u6 is gpt's alone: none counts. gpt: 2.5/3, crowd: 1.25/3.
     */
    private static final List<Label> LABELS = List.of(
            label("gpt", "gpt", "u1", "a1", "o1", Outcome.A),
            label("crowd", "w1", "u1", "a1", "o1", Outcome.A), label("crowd", "w2", "u1", "o1", "a1", Outcome.A),
            label("gpt", "gpt", "u2", "o2", "a2", Outcome.B), label("crowd", "w1", "u2", "o2", "a2", Outcome.A),
            label("gpt", "gpt", "u3", "a1", "a2", Outcome.A), label("crowd", "w1", "u3", "a1", "a2", Outcome.B),
            label("gpt", "gpt", "u4", "a2", "o1", Outcome.TIE), label("crowd", "w1", "u4", "a2", "o1", Outcome.BOTH_BAD),
            label("crowd", "w2", "u4", "o1", "a2", Outcome.B),
            label("gpt", "gpt", "u5", "o1", "o2", Outcome.A), label("crowd", "w2", "u5", "o1", "o2", Outcome.B),
            label("gpt", "gpt", "u6", "a1", "o2", Outcome.B));

    @Test
    void handComputedRatesAndDifference() {
        FamilyBiasEstimate estimate = FamilyBias.compare(LABELS, FAMILIES, "gpt", "OpenAI", "crowd", OPTIONS);
        assertThat(estimate.units()).isEqualTo(3);
        assertThat(estimate.sourceLabels()).isEqualTo(3);
        assertThat(estimate.referenceLabels()).isEqualTo(5);
        assertThat(estimate.sourceRate()).isCloseTo(2.5 / 3, within(1e-12));
        assertThat(estimate.referenceRate()).isCloseTo(1.25 / 3, within(1e-12));
        assertThat(estimate.difference()).isCloseTo(1.25 / 3, within(1e-12));
        assertThat(estimate.differenceInterval().lower()).isLessThanOrEqualTo(estimate.difference());
        assertThat(estimate.differenceInterval().upper()).isGreaterThanOrEqualTo(estimate.difference());
        // Per-unit differences are ½, 1 and −¼: no resample of three units goes below −¼ or above 1.
        assertThat(estimate.differenceInterval().lower()).isGreaterThanOrEqualTo(-0.25);
        assertThat(estimate.differenceInterval().upper()).isLessThanOrEqualTo(1);
    }

    @Test
    void aDuplicatedSourceShowsNoFamilyBias() {
        List<Label> copy = LABELS.stream().filter(l -> l.source().equals("crowd"))
                .map(l -> new Label("crowd-copy", l.judge(), l.unit(), l.context(), l.left(), l.right(), l.outcome()))
                .toList();
        List<Label> labels = Stream.concat(LABELS.stream(), copy.stream()).toList();
        for (String family : List.of("OpenAI", "Meta")) {
            FamilyBiasEstimate estimate = FamilyBias.compare(labels, FAMILIES, "crowd-copy", family, "crowd", OPTIONS);
            assertThat(estimate.difference()).isZero();
            assertThat(estimate.differenceInterval().lower()).isZero();
            assertThat(estimate.differenceInterval().upper()).isZero();
            assertThat(estimate.pValue()).isEqualTo(1);
        }
    }

    @Test
    void swappingSidesAndFlippingVerdictsChangesNothing() {
        List<Label> mirrored = LABELS.stream().map(l -> new Label(l.source(), l.judge(), l.unit(), l.context(), l.right(),
                l.left(), l.outcome().swapped())).toList();
        assertThat(FamilyBias.compare(mirrored, FAMILIES, "gpt", "OpenAI", "crowd", OPTIONS))
                .isEqualTo(FamilyBias.compare(LABELS, FAMILIES, "gpt", "OpenAI", "crowd", OPTIONS));
    }

    /**
     * A simulated judge adds a self-preference of +0.8 on the logit scale to its own family's items,
     * the crowd does not; both see the same item strengths. The true difference of win rates is
     * known from the simulation's probabilities, and the interval must cover it in most seeds and
     * exclude zero.
     */
    @Test
    void recoversASimulatedSelfPreference() {
        int covered = 0;
        int seeds = 100;
        for (int seed = 0; seed < seeds; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Label> labels = new ArrayList<>();
            double truth = 0;
            int units = 200;
            for (int u = 0; u < units; u++) {
                double d = random.nextGaussian(); // own item's strength minus the other's
                String own = "a" + (1 + random.nextInt(2));
                String other = "o" + (1 + random.nextInt(2));
                truth += (sigmoid(d + 0.8) - sigmoid(d)) / units;
                labels.add(label("gpt", "gpt", "u" + u, own, other, random.nextDouble() < sigmoid(d + 0.8) ? Outcome.A
                        : Outcome.B));
                labels.add(label("crowd", "w", "u" + u, other, own, random.nextDouble() < sigmoid(d) ? Outcome.B
                        : Outcome.A));
            }
            FamilyBiasEstimate estimate = FamilyBias.compare(labels, FAMILIES, "gpt", "OpenAI", "crowd",
                    new AuditOptions(0.95, 500, seed));
            if (estimate.differenceInterval().lower() <= truth && truth <= estimate.differenceInterval().upper()) {
                covered++;
            }
        }
        // Binomial(100, 0.95) falls below 88 with probability < 0.5%.
        assertThat(covered).isGreaterThanOrEqualTo(88);
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void clearErrors() {
        assertThatThrownBy(() -> FamilyBias.compare(LABELS, Map.of("a1", "OpenAI", "o1", "Meta"), "gpt", "OpenAI",
                "crowd", OPTIONS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("2 items have no family: a2, o2; the family map names 2 items");
        assertThatThrownBy(() -> FamilyBias.compare(LABELS, FAMILIES, "gpt", "Open AI", "crowd", OPTIONS))
                .hasMessage("no item is of family 'Open AI' (the family of source 'gpt'); families: [Meta, OpenAI]");
        assertThatThrownBy(() -> FamilyBias.compare(LABELS, FAMILIES, "gpt3", "OpenAI", "crowd", OPTIONS))
                .hasMessage("no labels from source 'gpt3'; sources: [gpt, crowd]");
        List<Label> apart = List.of(label("gpt", "gpt", "u1", "a1", "o1", Outcome.A),
                label("crowd", "w", "u2", "a1", "o1", Outcome.A));
        assertThatThrownBy(() -> FamilyBias.compare(apart, FAMILIES, "gpt", "OpenAI", "crowd", OPTIONS))
                .hasMessage("sources 'gpt' and 'crowd' share no units; family bias compares them on the same questions");
        List<Label> sameFamily = List.of(label("gpt", "gpt", "u1", "a1", "a2", Outcome.A),
                label("crowd", "w", "u1", "a1", "a2", Outcome.A));
        assertThatThrownBy(() -> FamilyBias.compare(sameFamily, FAMILIES, "gpt", "OpenAI", "crowd", OPTIONS))
                .hasMessage("sources 'gpt' and 'crowd' share 1 units, but none pairs an item of family 'OpenAI' with an "
                        + "item of another family");
    }
}
