package dev.ordinal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.leaderboard.UncertaintyMethod;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StyleControlTest {
    /** True strengths, best first; the weaker models write longer answers. */
    private static final double[] STRENGTHS = {1.0, 0.6, 0.2, -0.2, -0.6, -1.0};
    private static final int[] TYPICAL_LENGTH = {40, 60, 90, 250, 450, 700};
    private static final int PROMPTS = 40;

    /** Answers of plain words: a model's typical length times a log-normal factor per prompt. */
    static Answers answers(Random random) {
        List<Answer> answers = new ArrayList<>();
        for (int m = 0; m < STRENGTHS.length; m++) {
            for (int prompt = 0; prompt < PROMPTS; prompt++) {
                int length = (int) Math.max(1, Math.round(TYPICAL_LENGTH[m] * Math.exp(0.6 * random.nextGaussian())));
                answers.add(new Answer("m" + m, "p" + prompt, "word ".repeat(length)));
            }
        }
        return Answers.of(answers);
    }

    /** Verdicts from logit P(left wins) = s_left − s_right + β (a − b)/(a + b + 1), a and b the token lengths. */
    static List<Label> labels(Random random, Answers answers, double beta, int count) {
        List<Label> labels = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            int left = random.nextInt(STRENGTHS.length);
            int right = (left + 1 + random.nextInt(STRENGTHS.length - 1)) % STRENGTHS.length;
            String prompt = "p" + random.nextInt(PROMPTS);
            double a = AnswerFeatures.of(answers.find("m" + left, prompt).orElseThrow().text()).tokens();
            double b = AnswerFeatures.of(answers.find("m" + right, prompt).orElseThrow().text()).tokens();
            double logit = STRENGTHS[left] - STRENGTHS[right] + beta * (a - b) / (a + b + 1);
            Outcome outcome = random.nextDouble() < 1 / (1 + Math.exp(-logit)) ? Outcome.A : Outcome.B;
            labels.add(new Label("sim", "judge", "u" + k, prompt, "m" + left, "m" + right, outcome));
        }
        return labels;
    }

    private static StyleControl lengthAndHeaders() {
        return new StyleControl(List.of(StyleFeature.LENGTH, StyleFeature.HEADERS), TieModel.HALF,
                UncertaintyMethod.SANDWICH, 0.95, FitOptions.defaults());
    }

    private static List<String> order(List<StyleControlResult.ItemShift> items, boolean controlled) {
        return items.stream().sorted((x, y) -> controlled ? x.styleRank() - y.styleRank() : x.plainRank() - y.plainRank())
                .map(StyleControlResult.ItemShift::item).toList();
    }

    @Test
    void aKnownLengthEffectIsRecoveredAndControllingForItRestoresTheTrueOrder() {
        Random random = new Random(2024);
        Answers answers = answers(random);
        double beta = 2.5;
        StyleControlResult result = lengthAndHeaders().run(labels(random, answers, beta, 6000), answers);

        StyleControlResult.FeatureEffect length = result.effect(StyleFeature.LENGTH);
        // The fitted coefficient is per root-mean-square of the ratio: the true value is β · scale.
        double truth = beta * length.scale();
        assertThat(truth).isBetween(length.interval().lower(), length.interval().upper());
        assertThat(length.interval().lower()).isPositive();
        assertThat(result.constantFeatures()).containsExactly(StyleFeature.HEADERS);
        assertThat(result.effects()).hasSize(1);

        List<String> truthOrder = List.of("m0", "m1", "m2", "m3", "m4", "m5");
        assertThat(order(result.items(), true)).isEqualTo(truthOrder);
        assertThat(order(result.items(), false)).isNotEqualTo(truthOrder);
        // The verbose weak model is flattered by plain Bradley–Terry and falls once length is controlled.
        StyleControlResult.ItemShift verbose = result.items().stream().filter(i -> i.item().equals("m3")).findFirst()
                .orElseThrow();
        assertThat(verbose.plainRating()).isGreaterThan(verbose.styleRating());
        assertThat(result.items()).extracting(StyleControlResult.ItemShift::rankChange)
                .anySatisfy(change -> assertThat(change).isNegative());
        assertThat(result.judgments()).isEqualTo(6000);
        assertThat(result.judgmentsWithoutAnswers()).isZero();
        assertThat(result.styleLogLikelihood()).isGreaterThan(result.plainLogLikelihood());
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void withNoStyleEffectTheTwoRankingsAgree() {
        Random random = new Random(99);
        Answers answers = answers(random);
        StyleControlResult result = lengthAndHeaders().run(labels(random, answers, 0, 6000), answers);
        StyleControlResult.FeatureEffect length = result.effect(StyleFeature.LENGTH);
        assertThat(0.0).isBetween(length.interval().lower(), length.interval().upper());
        assertThat(order(result.items(), true)).isEqualTo(order(result.items(), false));
        assertThat(result.items()).allSatisfy(item -> assertThat(item.rankChange()).isZero());
    }

    @Test
    void swappingEverySideAndFlippingEveryVerdictChangesNoFigure() {
        Random random = new Random(5);
        Answers answers = answers(random);
        List<Label> labels = labels(random, answers, 1.5, 1500);
        List<Label> swapped = labels.stream().map(l -> new Label(l.source(), l.judge(), l.unit(), l.context(), l.right(),
                l.left(), l.outcome().swapped())).toList();
        StyleControlResult shown = StyleControl.arena().run(labels, answers);
        StyleControlResult flipped = StyleControl.arena().run(swapped, answers);
        assertThat(flipped.effect(StyleFeature.LENGTH).coefficient())
                .isCloseTo(shown.effect(StyleFeature.LENGTH).coefficient(), within(1e-9));
        assertThat(flipped.effect(StyleFeature.LENGTH).interval().upper())
                .isCloseTo(shown.effect(StyleFeature.LENGTH).interval().upper(), within(1e-9));
        for (StyleControlResult.ItemShift item : shown.items()) {
            StyleControlResult.ItemShift other = flipped.items().stream().filter(i -> i.item().equals(item.item()))
                    .findFirst().orElseThrow();
            assertThat(other.styleRating()).isCloseTo(item.styleRating(), within(1e-7));
            assertThat(other.plainRating()).isCloseTo(item.plainRating(), within(1e-7));
        }
    }

    @Test
    void fisherIntervalsAndDroppedTiesAreAvailable() {
        Random random = new Random(8);
        Answers answers = answers(random);
        List<Label> labels = new ArrayList<>(labels(random, answers, 1.0, 2000));
        labels.add(new Label("sim", "judge", "tie", "p0", "m0", "m1", Outcome.TIE));
        StyleControl fisher = new StyleControl(List.of(StyleFeature.LENGTH), TieModel.DROP, UncertaintyMethod.FISHER,
                0.9, FitOptions.defaults());
        StyleControlResult result = fisher.run(labels, answers);
        assertThat(result.method()).isEqualTo(UncertaintyMethod.FISHER);
        assertThat(result.level()).isEqualTo(0.9);
        assertThat(result.items()).allSatisfy(item -> {
            assertThat(item.styleRating()).isBetween(item.styleInterval().lower(), item.styleInterval().upper());
            assertThat(item.plainRating()).isBetween(item.plainInterval().lower(), item.plainInterval().upper());
        });
        assertThat(result.items().stream().mapToDouble(StyleControlResult.ItemShift::styleRating).average().orElseThrow())
                .isCloseTo(1000, within(1e-6));
    }

    @Test
    void judgmentsWithoutBothAnswersAreCountedAndLeftOut() {
        Random random = new Random(3);
        Answers answers = answers(random);
        List<Label> labels = new ArrayList<>(labels(random, answers, 1.0, 1000));
        labels.add(new Label("sim", "judge", "x", "p0", "m0", "unknown-model", Outcome.A));
        labels.add(new Label("sim", "judge", "y", "no-such-prompt", "m0", "m1", Outcome.B));
        StyleControlResult result = StyleControl.arena().run(labels, answers);
        assertThat(result.judgments()).isEqualTo(1000);
        assertThat(result.judgmentsWithoutAnswers()).isEqualTo(2);
        assertThat(result.items()).extracting(StyleControlResult.ItemShift::item).doesNotContain("unknown-model");
        assertThatThrownBy(() -> result.effect(StyleFeature.CODE_BLOCKS)).hasMessageContaining("'code_blocks' was not fitted");
    }

    @Test
    void badInputGetsAClearMessage() {
        Answers answers = Answers.of(List.of(new Answer("97", "8", "text"), new Answer("29", "8", "other text")));
        List<Label> byName = List.of(new Label("crowd", "w1", "0", "8", "Airoboros L2 70B", "Weaver 12k", Outcome.B));
        assertThatThrownBy(() -> StyleControl.arena().run(byName, answers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("none of the 1 judgments has answers for both sides")
                .hasMessageContaining("no answer of 'Airoboros L2 70B' in context '8'")
                .hasMessageContaining("items such as [97, 29]");
        assertThatThrownBy(() -> StyleControl.arena().run(List.of(), answers)).hasMessageContaining("no judgments");
        assertThatThrownBy(() -> Answers.of(List.of(new Answer("a", "p", "x"), new Answer("a", "p", "y"))))
                .hasMessageContaining("item 'a' has two answers in context 'p'");
        assertThatThrownBy(() -> new StyleControl(List.of(), TieModel.HALF, UncertaintyMethod.SANDWICH, 0.95,
                FitOptions.defaults())).hasMessageContaining("one or more distinct features");
        assertThatThrownBy(() -> new StyleControl(List.of(StyleFeature.LENGTH, StyleFeature.LENGTH), TieModel.HALF,
                UncertaintyMethod.SANDWICH, 0.95, FitOptions.defaults())).hasMessageContaining("distinct");
        assertThatThrownBy(() -> new StyleControl(StyleFeature.arena(), TieModel.RAO_KUPPER, UncertaintyMethod.SANDWICH,
                0.95, FitOptions.defaults())).hasMessageContaining("'rao-kupper'");
        assertThatThrownBy(() -> new StyleControl(StyleFeature.arena(), TieModel.HALF, UncertaintyMethod.BOOTSTRAP,
                0.95, FitOptions.defaults())).hasMessageContaining("sandwich or fisher");
        assertThatThrownBy(() -> new StyleControl(StyleFeature.arena(), TieModel.HALF, UncertaintyMethod.FISHER,
                1.0, FitOptions.defaults())).hasMessageContaining("between 0 and 1");
    }
}
