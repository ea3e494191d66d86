package dev.ordinal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.audit.PositionBiasEstimate.PositionCounts;
import dev.ordinal.audit.PositionBiasEstimate.SwapCounts;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PositionBiasTest {
    private static final AuditOptions OPTIONS = new AuditOptions(0.95, 1000, 7);

    static Label label(String source, String judge, String unit, String left, String right, Outcome outcome) {
        return new Label(source, judge, unit, "", left, right, outcome);
    }

    private static PositionBiasEstimate judge(List<PositionBiasEstimate> estimates, String source, String judge) {
        return estimates.stream().filter(e -> e.source().equals(source) && e.judge().equals(Optional.of(judge)))
                .findFirst().orElseThrow();
    }

    private static PositionBiasEstimate pooled(List<PositionBiasEstimate> estimates, String source) {
        return estimates.stream().filter(e -> e.source().equals(source) && e.judge().isEmpty()).findFirst()
                .orElseThrow();
    }

    @Test
    void swappedPairsCountedByHand() {
        List<Label> labels = List.of(
                label("s", "j", "u1", "x", "y", Outcome.A), label("s", "j", "u1", "y", "x", Outcome.B), // x twice
                label("s", "j", "u2", "x", "y", Outcome.A), label("s", "j", "u2", "y", "x", Outcome.A), // first twice
                label("s", "j", "u3", "x", "y", Outcome.B), label("s", "j", "u3", "y", "x", Outcome.B), // second twice
                label("s", "j", "u4", "x", "y", Outcome.TIE), label("s", "j", "u4", "y", "x", Outcome.A),
                label("s", "j", "u5", "x", "y", Outcome.BOTH_BAD), label("s", "j", "u5", "y", "x", Outcome.TIE));
        PositionBiasEstimate estimate = judge(PositionBias.of(labels, OPTIONS), "s", "j");
        assertThat(estimate.swapped()).isEqualTo(new SwapCounts(5, 1, 1, 1, 1, 1));
        assertThat(estimate.swapped().netPreference()).hasValue(0.0);
        // Flips: u2 and u3 of 5 pairs, one pair per unit, so Wilson: 2/5 gives [0.1176, 0.7693]
        // (Wilson 1927; the same as R's prop.test(2, 5, correct = FALSE)).
        Proportion flips = estimate.flipShare().orElseThrow();
        assertThat(flips.estimate()).isEqualTo(0.4);
        assertThat(flips.method()).isEqualTo(Proportion.Method.WILSON);
        assertThat(flips.interval().lower()).isCloseTo(0.1176, within(1e-4));
        assertThat(flips.interval().upper()).isCloseTo(0.7693, within(1e-4));
        // Non-tie verdicts of the pairs: first, second (u1); first, first (u2); second, second (u3); first (u4).
        Proportion first = estimate.swappedFirstPosition().orElseThrow();
        assertThat(first.successes()).isEqualTo(4);
        assertThat(first.trials()).isEqualTo(7);
        assertThat(first.units()).isEqualTo(4);
        assertThat(first.method()).isEqualTo(Proportion.Method.UNIT_BOOTSTRAP);
        assertThat(first.interval().lower()).isLessThan(4.0 / 7).isGreaterThanOrEqualTo(0);
        assertThat(first.interval().upper()).isGreaterThan(4.0 / 7).isLessThanOrEqualTo(1);
        assertThat(estimate.single()).isEqualTo(new PositionCounts(0, 0, 0));
        assertThat(estimate.firstPosition()).isEmpty();
    }

    @Test
    void singleOrderShareHasWilsonIntervalAndExactTest() {
        List<Label> labels = new ArrayList<>();
        for (int u = 0; u < 100; u++) {
            labels.add(label("gpt4", "gpt4", "u" + u, "a" + u, "b" + u, u < 60 ? Outcome.A : Outcome.B));
        }
        labels.add(label("gpt4", "gpt4", "tie", "a", "b", Outcome.TIE));
        PositionBiasEstimate estimate = pooled(PositionBias.of(labels, OPTIONS), "gpt4");
        assertThat(estimate.single()).isEqualTo(new PositionCounts(60, 40, 1));
        assertThat(estimate.single().bias().getAsDouble()).isCloseTo(0.1, within(1e-12));
        Proportion share = estimate.firstPosition().orElseThrow();
        assertThat(share.method()).isEqualTo(Proportion.Method.WILSON);
        // R: prop.test(60, 100, correct = FALSE)$conf.int = [0.5020026, 0.6905987];
        // binom.test(60, 100)$p.value = 0.05688793.
        assertThat(share.interval().lower()).isCloseTo(0.5020026, within(1e-6));
        assertThat(share.interval().upper()).isCloseTo(0.6905987, within(1e-6));
        assertThat(share.pValue()).isCloseTo(0.05688793, within(1e-7));
        assertThat(estimate.flipShare()).isEmpty();
        assertThat(estimate.swapped().netPreference()).isEmpty();
    }

    @Test
    void sourcePoolsItsJudgesAndClustersTheirVerdictsByUnit() {
        List<Label> labels = List.of(
                label("crowd", "w1", "u1", "x", "y", Outcome.A), label("crowd", "w2", "u1", "x", "y", Outcome.A),
                label("crowd", "w1", "u2", "p", "q", Outcome.B), label("crowd", "w2", "u2", "q", "p", Outcome.A),
                label("crowd", "w2", "u3", "r", "s", Outcome.B));
        List<PositionBiasEstimate> estimates = PositionBias.of(labels, OPTIONS);
        assertThat(estimates).extracting(PositionBiasEstimate::judge)
                .containsExactly(Optional.empty(), Optional.of("w1"), Optional.of("w2"));
        PositionBiasEstimate crowd = pooled(estimates, "crowd");
        assertThat(crowd.single()).isEqualTo(new PositionCounts(3, 2, 0));
        assertThat(crowd.swapped().pairs()).isZero();
        assertThat(crowd.firstPosition().orElseThrow().method()).isEqualTo(Proportion.Method.UNIT_BOOTSTRAP);
        assertThat(crowd.firstPosition().orElseThrow().units()).isEqualTo(3);
        assertThat(judge(estimates, "crowd", "w2").single()).isEqualTo(new PositionCounts(2, 1, 0));
        assertThat(judge(estimates, "crowd", "w2").firstPosition().orElseThrow().method())
                .isEqualTo(Proportion.Method.WILSON);
    }

    @Test
    void leftoverVerdictsOfASwappedUnitCountAsSingleOrder() {
        List<Label> labels = List.of(label("s", "j", "u", "x", "y", Outcome.A), label("s", "j", "u", "x", "y", Outcome.B),
                label("s", "j", "u", "y", "x", Outcome.B));
        PositionBiasEstimate estimate = judge(PositionBias.of(labels, OPTIONS), "s", "j");
        assertThat(estimate.swapped()).isEqualTo(new SwapCounts(1, 1, 0, 0, 0, 0));
        assertThat(estimate.single()).isEqualTo(new PositionCounts(0, 1, 0));
    }

    /** Swapping every label's sides and flipping its verdict mirrors every share and negates every sign. */
    @Test
    void swappingSidesAndFlippingVerdictsMirrorsEveryFigure() {
        SplittableRandom random = new SplittableRandom(3);
        List<Label> labels = new ArrayList<>();
        Outcome[] outcomes = Outcome.values();
        for (int u = 0; u < 80; u++) {
            String judge = "j" + random.nextInt(3);
            labels.add(label("s", judge, "u" + u, "a" + u, "b" + u, outcomes[random.nextInt(4)]));
            if (random.nextBoolean()) {
                labels.add(label("s", judge, "u" + u, "b" + u, "a" + u, outcomes[random.nextInt(4)]));
            }
            if (random.nextInt(4) == 0) {
                labels.add(label("s", "j" + random.nextInt(3), "u" + u, "a" + u, "b" + u, outcomes[random.nextInt(4)]));
            }
        }
        List<Label> mirrored = labels.stream().map(l -> new Label(l.source(), l.judge(), l.unit(), l.context(),
                l.right(), l.left(), l.outcome().swapped())).toList();
        List<PositionBiasEstimate> before = PositionBias.of(labels, OPTIONS);
        List<PositionBiasEstimate> after = PositionBias.of(mirrored, OPTIONS);
        assertThat(after).hasSameSizeAs(before);
        for (int e = 0; e < before.size(); e++) {
            PositionBiasEstimate b = before.get(e);
            PositionBiasEstimate a = after.get(e);
            assertThat(a.judge()).isEqualTo(b.judge());
            SwapCounts s = b.swapped();
            assertThat(a.swapped()).isEqualTo(new SwapCounts(s.pairs(), s.consistent(), s.bothSecond(), s.bothFirst(),
                    s.bothTie(), s.oneTie()));
            if (s.netPreference().isPresent()) {
                assertThat(a.swapped().netPreference().getAsDouble()).isEqualTo(-s.netPreference().getAsDouble());
            }
            assertThat(a.single()).isEqualTo(new PositionCounts(b.single().second(), b.single().first(),
                    b.single().ties()));
            if (b.single().bias().isPresent()) {
                assertThat(a.single().bias().getAsDouble()).isCloseTo(-b.single().bias().getAsDouble(), within(1e-12));
            }
            assertThat(a.flipShare()).isEqualTo(b.flipShare());
            assertMirrored(a.swappedFirstPosition(), b.swappedFirstPosition());
            assertMirrored(a.firstPosition(), b.firstPosition());
        }
        assertThat(before.stream().filter(e -> e.firstPosition().isPresent())).isNotEmpty();
        assertThat(before.stream().filter(e -> e.swappedFirstPosition().isPresent())).isNotEmpty();
    }

    private static void assertMirrored(Optional<Proportion> after, Optional<Proportion> before) {
        assertThat(after.isPresent()).isEqualTo(before.isPresent());
        if (before.isEmpty()) {
            return;
        }
        Proportion a = after.get();
        Proportion b = before.get();
        assertThat(a.successes()).isEqualTo(b.trials() - b.successes());
        assertThat(a.trials()).isEqualTo(b.trials());
        assertThat(a.method()).isEqualTo(b.method());
        assertThat(a.interval().lower()).isCloseTo(1 - b.interval().upper(), within(1e-9));
        assertThat(a.interval().upper()).isCloseTo(1 - b.interval().lower(), within(1e-9));
        assertThat(a.pValue()).isCloseTo(b.pValue(), within(1e-9));
    }

    /**
     * A simulated judge prefers the first position with log-odds b on top of the items' quality
     * difference d: P(first wins) = σ(d + b). With random sides, or both orders, the expected
     * first-position share is the mean over units of (σ(d + b) + σ(b − d)) / 2; at d = 0 and
     * b = logit(0.6) it is 0.6. The 95% intervals must cover it in most of 200 seeds.
     */
    @Test
    void intervalsCoverAKnownFirstPositionPreference() {
        double bias = Math.log(0.6 / 0.4);
        int singleCovered = 0;
        int swappedCovered = 0;
        int seeds = 200;
        for (int seed = 0; seed < seeds; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<Label> single = new ArrayList<>();
            List<Label> swapped = new ArrayList<>();
            double truth = 0;
            int units = 150;
            for (int u = 0; u < units; u++) {
                double d = random.nextGaussian() * 0.7 * (u % 3); // a third of the pairs are equal in quality
                truth += (sigmoid(d + bias) + sigmoid(bias - d)) / 2 / units;
                boolean flip = random.nextBoolean();
                single.add(verdict(random, "u" + u, flip ? "b" : "a", flip ? "a" : "b", flip ? -d : d, bias));
                swapped.add(verdict(random, "u" + u, "a", "b", d, bias));
                swapped.add(verdict(random, "u" + u, "b", "a", -d, bias));
            }
            Proportion s = pooled(PositionBias.of(single, new AuditOptions(0.95, 400, seed)), "s").firstPosition()
                    .orElseThrow();
            Proportion w = pooled(PositionBias.of(swapped, new AuditOptions(0.95, 400, seed)), "s")
                    .swappedFirstPosition().orElseThrow();
            singleCovered += covers(s, truth) ? 1 : 0;
            swappedCovered += covers(w, truth) ? 1 : 0;
        }
        // Binomial(200, 0.95) falls below 180 with probability < 0.2%.
        assertThat(singleCovered).isGreaterThanOrEqualTo(180);
        assertThat(swappedCovered).isGreaterThanOrEqualTo(180);
    }

    private static Label verdict(SplittableRandom random, String unit, String left, String right, double d, double bias) {
        return label("s", "j", unit, left, right, random.nextDouble() < sigmoid(d + bias) ? Outcome.A : Outcome.B);
    }

    private static boolean covers(Proportion proportion, double truth) {
        return proportion.interval().lower() <= truth && truth <= proportion.interval().upper();
    }

    private static double sigmoid(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    @Test
    void clearErrors() {
        assertThatThrownBy(() -> PositionBias.of(List.of(), OPTIONS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("position bias needs labels; none were given");
        List<Label> mixed = List.of(label("crowd", "w", "7", "x", "y", Outcome.A), label("gpt4", "gpt4", "7", "x", "z",
                Outcome.B));
        assertThatThrownBy(() -> PositionBias.of(mixed, OPTIONS)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unit '7' compares 'x' with 'y' (source crowd) but also 'x' with 'z' (source gpt4); "
                        + "a unit must be one question about one pair of items");
        assertThatThrownBy(() -> new AuditOptions(1, 10, 1)).hasMessageContaining("strictly between 0 and 1");
    }
}
