package dev.ordinal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.audit.RatingDistribution.Scoring;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConsistencyTest {
    private static Label on(String context, String left, String right, Outcome outcome) {
        return new Label("llm", "judge", context + ":" + left + right, context, left, right, outcome);
    }

    private static JudgeContext scope(String context) {
        return new JudgeContext("llm", "judge", context);
    }

    @Test
    void triadsCountedByHand() {
        List<Label> labels = List.of(
                // p1: A ≻ B ≻ C ≻ A is a cycle; D loses to all, so ABD, ACD and BCD are transitive.
                on("p1", "A", "B", Outcome.A), on("p1", "B", "C", Outcome.A), on("p1", "C", "A", Outcome.A),
                on("p1", "D", "A", Outcome.B), on("p1", "B", "D", Outcome.A), on("p1", "C", "D", Outcome.A),
                // p2: A = B, B = C, A ≻ C.
                on("p2", "A", "B", Outcome.TIE), on("p2", "B", "C", Outcome.BOTH_BAD), on("p2", "A", "C", Outcome.A),
                // p3: A ≻ B ≻ C but A = C.
                on("p3", "A", "B", Outcome.A), on("p3", "B", "C", Outcome.A), on("p3", "C", "A", Outcome.TIE),
                // p4: A ≻ B = C ≻ A.
                on("p4", "A", "B", Outcome.A), on("p4", "B", "C", Outcome.TIE), on("p4", "C", "A", Outcome.A),
                // p5: a weak order, A = B ≻ C; and an open triad (no B–C verdict) in p6.
                on("p5", "A", "B", Outcome.TIE), on("p5", "B", "C", Outcome.A), on("p5", "A", "C", Outcome.A),
                on("p6", "A", "B", Outcome.A), on("p6", "A", "C", Outcome.B));
        Breakdown<TransitivityCount> counts = Transitivity.count(PairVerdicts.of(labels));
        assertThat(counts.byContext()).containsEntry("p1", new TransitivityCount(4, 1, 0))
                .containsEntry("p2", new TransitivityCount(1, 0, 1)).containsEntry("p3", new TransitivityCount(1, 0, 1))
                .containsEntry("p4", new TransitivityCount(1, 0, 1)).containsEntry("p5", new TransitivityCount(1, 0, 0))
                .containsEntry("p6", new TransitivityCount(0, 0, 0));
        assertThat(counts.total()).isEqualTo(new TransitivityCount(8, 1, 3));
        assertThat(counts.total().rate()).hasValue(0.5);
        assertThat(counts.byJudge()).containsOnlyKeys(new JudgeId("llm", "judge"));
        assertThat(counts.byScope().get(scope("p6")).rate()).isEmpty();
    }

    /**
     * In a complete tournament of n items where item i beats sᵢ others, the number of cyclic triads
     * is C(n,3) − Σ C(sᵢ,2) (Kendall &amp; Babington Smith 1940, "On the method of paired
     * comparisons", Biometrika 31:324–345). Item names are shuffled, so the count may not depend on them.
     */
    @Test
    void cyclicTriadsOfRandomTournamentsMatchKendallBabingtonSmith() {
        SplittableRandom random = new SplittableRandom(5);
        for (int trial = 0; trial < 30; trial++) {
            int n = 3 + random.nextInt(12);
            int[] wins = new int[n];
            List<Label> labels = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    boolean iWins = random.nextBoolean();
                    wins[iWins ? i : j]++;
                    String a = "m" + (i * 7919 % 101);
                    String b = "m" + (j * 7919 % 101);
                    labels.add(random.nextBoolean() ? on("p", a, b, iWins ? Outcome.A : Outcome.B)
                            : on("p", b, a, iWins ? Outcome.B : Outcome.A));
                }
            }
            long expected = (long) n * (n - 1) * (n - 2) / 6;
            for (int s : wins) {
                expected -= (long) s * (s - 1) / 2;
            }
            TransitivityCount count = Transitivity.count(PairVerdicts.of(labels)).total();
            assertThat(count).isEqualTo(new TransitivityCount((long) n * (n - 1) * (n - 2) / 6, expected, 0));
        }
    }

    @Test
    void twoOrdersThatDisagreeAreATie() {
        PairVerdicts verdicts = PairVerdicts.of(List.of(on("p", "X", "Y", Outcome.A), on("p", "Y", "X", Outcome.A),
                on("p", "X", "Z", Outcome.A), on("p", "Z", "X", Outcome.B)));
        assertThat(verdicts.verdict(scope("p"), "X", "Y")).hasValue(Outcome.TIE);
        assertThat(verdicts.verdict(scope("p"), "X", "Z")).hasValue(Outcome.A);
        assertThat(verdicts.verdict(scope("p"), "Z", "X")).hasValue(Outcome.B);
        assertThat(verdicts.verdict(scope("q"), "X", "Z")).isEmpty();
        assertThat(verdicts.size()).isEqualTo(2);
    }

    private static ScoreLabel score(String item, double value) {
        return new ScoreLabel("llm", "judge", "p", item, value);
    }

    @Test
    void scoreComparisonCountedByHand() {
        PairVerdicts verdicts = PairVerdicts.of(List.of(
                on("p", "A", "B", Outcome.A),      // 3 over 2: agrees
                on("p", "C", "A", Outcome.A),      // 2 over 3: a reversal
                on("p", "B", "C", Outcome.A),      // 2 and 2 level, strict verdict: mismatch
                on("p", "D", "A", Outcome.TIE),    // 5 and 3 differ, tie: mismatch
                on("p", "A", "E", Outcome.B)));    // E has no score
        List<ScoreLabel> scores = List.of(score("A", 2), score("A", 4), score("B", 2), score("C", 2), score("D", 5));
        ScoreComparisonCount exact = ScoreComparison.count(verdicts, scores, 0).total();
        assertThat(exact).isEqualTo(new ScoreComparisonCount(4, 1, 2, 1));
        assertThat(exact.conflictRate()).hasValue(0.75);
        assertThat(exact.reversalRate()).hasValue(0.25);
        // With tolerance 1, A–B and C–A become level, so A ≻ B and C ≻ A are mismatches too.
        assertThat(ScoreComparison.count(verdicts, scores, 1).total()).isEqualTo(new ScoreComparisonCount(4, 0, 4, 1));
    }

    @Test
    void scoresAndVerdictsThatNeverMeetAreAnError() {
        PairVerdicts verdicts = PairVerdicts.of(List.of(on("p", "A", "B", Outcome.A)));
        List<ScoreLabel> elsewhere = List.of(new ScoreLabel("llm", "judge", "q", "A", 1),
                new ScoreLabel("llm", "judge", "q", "B", 2));
        assertThatThrownBy(() -> ScoreComparison.count(verdicts, elsewhere, 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("none of the 1 pairwise verdicts has scores for both its items; scores and verdicts are "
                        + "matched by source, judge and context (1 judge-contexts have scores)");
    }

    @Test
    void expectedAndTopGrades() {
        RatingDistribution peaked = new RatingDistribution("llm", "judge", "p", "A", new double[] {1, 2, 3, 4, 5},
                new double[] {0.1, 0.2, 0.4, 0.2, 0.1});
        assertThat(peaked.expectedGrade()).isCloseTo(3, within(1e-12));
        assertThat(peaked.topGrade()).isEqualTo(3);
        // Unnormalised, two equal modes: the top grade is the lower, the expectation (1·2 + 5·2 + 3·1) / 5 = 3.
        RatingDistribution split = new RatingDistribution("llm", "judge", "p", "B", new double[] {1, 3, 5},
                new double[] {2, 1, 2});
        assertThat(split.topGrade()).isEqualTo(1);
        assertThat(split.expectedGrade()).isCloseTo(3, within(1e-12));
        assertThat(split.score(Scoring.EXPECTED)).isEqualTo(new ScoreLabel("llm", "judge", "p", "B", 3));
        assertThatThrownBy(() -> new RatingDistribution("llm", "judge", "p", "C", new double[] {1, 2},
                new double[] {0.5})).hasMessageContaining("2 grades and 1 probabilities");
        assertThatThrownBy(() -> new RatingDistribution("llm", "judge", "p", "C", new double[] {2, 1},
                new double[] {0.5, 0.5})).hasMessageContaining("strictly increasing");
        assertThatThrownBy(() -> new RatingDistribution("llm", "judge", "p", "C", new double[] {1, 2},
                new double[] {0, 0})).hasMessageContaining("all probabilities are zero");
    }

    private static PreferenceProbability preference(String left, String right, double leftWins, double tie) {
        return new PreferenceProbability("llm", "judge", "p", left, right, leftWins, tie);
    }

    @Test
    void likelihoodAwareAggregationAveragesAlignedOrders() {
        // X first: X .5, tie .125, Y .375. Y first: Y .25, tie .5, X .25 (a tie leads).
        List<PreferenceProbability> both = List.of(preference("X", "Y", 0.5, 0.125), preference("Y", "X", 0.25, 0.5));
        assertThat(PairVerdicts.perOrder(both).verdict(scope("p"), "X", "Y")).hasValue(Outcome.TIE);
        // Aligned mean: X .375, tie .3125, Y .3125: X leads by .0625.
        assertThat(PairVerdicts.likelihood(both, 0).verdict(scope("p"), "X", "Y")).hasValue(Outcome.A);
        assertThat(PairVerdicts.likelihood(both, 0.06).verdict(scope("p"), "Y", "X")).hasValue(Outcome.B);
        assertThat(PairVerdicts.likelihood(both, 0.07).verdict(scope("p"), "X", "Y")).hasValue(Outcome.TIE);
        // Each order picks its first position, so per order the verdicts disagree: a tie.
        List<PreferenceProbability> positional = List.of(preference("X", "Y", 0.6, 0.1), preference("Y", "X", 0.7, 0.1));
        assertThat(PairVerdicts.perOrder(positional).verdict(scope("p"), "X", "Y")).hasValue(Outcome.TIE);
        // Aligned: X (.6 + .2) / 2 = .4, Y (.3 + .7) / 2 = .5: Y.
        assertThat(PairVerdicts.likelihood(positional, 0).verdict(scope("p"), "X", "Y")).hasValue(Outcome.B);
        assertThatThrownBy(() -> preference("X", "Y", 0.7, 0.4)).hasMessageContaining("leftWins + tie <= 1");
        assertThatThrownBy(() -> PairVerdicts.likelihood(both, -1)).hasMessageContaining("tie margin");
    }

    /**
     * A simulated judge in TrustJudge's setting (fixed seed): items of a context have latent
     * qualities in [4, 7] on a 1–10 scale; a rating puts probability ∝ exp(−(g − q')² / 2·0.8²) on
     * grade g around a noisy reading q' = q + N(0, 0.3²), so top grades collapse neighbouring
     * qualities into level scores that the expected grade keeps apart; a verdict in one order has
     * P(first) ∝ exp(d + 0.3), P(second) ∝ exp(−d), P(tie) ∝ 0.3 with d = q₁ − q₂ + N(0, 0.3²) (a
     * first-position bias), so orders sometimes disagree and become ties, which the aligned average
     * resolves. On this data the rates are 23.3% → 18.3% (expected grades) → 13.7% (both) for
     * score–comparison and 3.75% → 0.75% for transitivity, close to TrustJudge's 23.3% → 14.9%.
     */
    @Test
    void bothRemediesReduceInconsistencyOnASimulatedJudge() {
        SplittableRandom random = new SplittableRandom(17);
        double[] grades = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
        List<RatingDistribution> ratings = new ArrayList<>();
        List<PreferenceProbability> preferences = new ArrayList<>();
        for (int c = 0; c < 20; c++) {
            String context = "p" + c;
            int n = 6;
            double[] quality = new double[n];
            for (int i = 0; i < n; i++) {
                quality[i] = 4 + 3 * random.nextDouble();
                double noisy = quality[i] + 0.3 * random.nextGaussian();
                double[] probabilities = new double[grades.length];
                for (int g = 0; g < grades.length; g++) {
                    double z = (grades[g] - noisy) / 0.8;
                    probabilities[g] = Math.exp(-z * z / 2);
                }
                ratings.add(new RatingDistribution("llm", "judge", context, "m" + i, grades, probabilities));
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    preferences.add(order(context, "m" + i, "m" + j, quality[i] - quality[j] + 0.3 * random.nextGaussian()));
                    preferences.add(order(context, "m" + j, "m" + i, quality[j] - quality[i] + 0.3 * random.nextGaussian()));
                }
            }
        }
        InconsistencyReduction reduction = InconsistencyReduction.measure(ratings, preferences, 0, 0);
        assertThat(reduction.scoresTopGrade().total().compared()).isEqualTo(20 * 15);
        assertThat(reduction.transitivityPerOrder().total().triads()).isEqualTo(20 * 20);
        assertThat(reduction.scoresTopGrade().total()).isEqualTo(new ScoreComparisonCount(300, 7, 63, 0));
        assertThat(reduction.scoreConflictReduction().getAsDouble()).isCloseTo(15.0 / 300, within(1e-12));
        assertThat(reduction.combinedConflictReduction().getAsDouble()).isCloseTo(29.0 / 300, within(1e-12));
        assertThat(reduction.transitivityPerOrder().total()).isEqualTo(new TransitivityCount(400, 1, 14));
        assertThat(reduction.transitivityReduction().getAsDouble()).isCloseTo(12.0 / 400, within(1e-12));
        assertThat(reduction.transitivityLikelihood().byContext()).hasSize(20);
    }

    private static PreferenceProbability order(String context, String first, String second, double difference) {
        double firstWeight = Math.exp(difference + 0.3);
        double secondWeight = Math.exp(-difference);
        double tieWeight = 0.3;
        double total = firstWeight + secondWeight + tieWeight;
        return new PreferenceProbability("llm", "judge", context, first, second, firstWeight / total, tieWeight / total);
    }

    @Test
    void perJudgeAndPerPromptBreakdowns() {
        List<Label> labels = List.of(
                new Label("a", "j1", "1", "p", "A", "B", Outcome.A), new Label("a", "j1", "2", "p", "B", "C", Outcome.A),
                new Label("a", "j1", "3", "p", "C", "A", Outcome.A),
                new Label("a", "j2", "1", "p", "A", "B", Outcome.A), new Label("a", "j2", "2", "p", "B", "C", Outcome.A),
                new Label("a", "j2", "3", "p", "A", "C", Outcome.A));
        Breakdown<TransitivityCount> counts = Transitivity.count(PairVerdicts.of(labels));
        assertThat(counts.byJudge()).isEqualTo(Map.of(new JudgeId("a", "j1"), new TransitivityCount(1, 1, 0),
                new JudgeId("a", "j2"), new TransitivityCount(1, 0, 0)));
        assertThat(counts.byContext()).isEqualTo(Map.of("p", new TransitivityCount(2, 1, 0)));
    }
}
