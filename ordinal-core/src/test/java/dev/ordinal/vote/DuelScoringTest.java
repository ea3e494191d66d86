package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.vote.BenchmarkTable.Direction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;

class DuelScoringTest {
    private long line = 1;

    /** Adds one score per example, examples named 0, 1, 2... */
    private void add(ExampleScores.Builder builder, String system, String task, double... scores) {
        for (int e = 0; e < scores.length; e++) {
            assertThat(builder.add(system, task, Integer.toString(e), scores[e], line++)).isZero();
        }
    }

    /** Scores of B plus {@code differences}. */
    private static double[] plus(double[] base, double... differences) {
        double[] result = base.clone();
        for (int i = 0; i < result.length; i++) {
            result[i] += differences[i];
        }
        return result;
    }

    /**
     * One-tailed paired t-test p-values, checked against SciPy 1.17
     * ({@code scipy.stats.ttest_rel(x, y, alternative='greater')}): differences 1..5 give t = 4.2426,
     * p = 0.0066178; (0.5, -0.2, 0.3, 0.1, 0.4, -0.1, 0.2, 0) give t = 1.7321, p = 0.063435; the same
     * with 0.3 and 0.25 appended give t = 2.4853, p = 0.017346.
     */
    @Test
    void pValuesOfThePairedTTestMatchSciPy() {
        double[] base = {3, 1, 4, 1, 5, 9, 2, 6, 5, 3};
        ExampleScores.Builder builder = ExampleScores.builder();
        add(builder, "B", "one", 1, 1, 1, 1, 1);
        add(builder, "A", "one", 2, 3, 4, 5, 6);
        add(builder, "B", "two", java.util.Arrays.copyOf(base, 8));
        add(builder, "A", "two", plus(java.util.Arrays.copyOf(base, 8), 0.5, -0.2, 0.3, 0.1, 0.4, -0.1, 0.2, 0));
        add(builder, "B", "three", base);
        add(builder, "A", "three", plus(base, 0.5, -0.2, 0.3, 0.1, 0.4, -0.1, 0.2, 0, 0.3, 0.25));
        ExampleScores scores = builder.build();
        int a = scores.systems().indexOf("A").getAsInt();
        int b = scores.systems().indexOf("B").getAsInt();
        assertThat(DuelScoring.pValue(scores, 0, a, b)).isCloseTo(0.0066178, within(1e-6));
        assertThat(DuelScoring.pValue(scores, 1, a, b)).isCloseTo(0.0634352, within(1e-6));
        assertThat(DuelScoring.pValue(scores, 2, a, b)).isCloseTo(0.0173456, within(1e-6));
        assertThat(DuelScoring.pValue(scores, 2, b, a)).isCloseTo(1 - 0.0173456, within(1e-6));

        DuelScores at5 = new DuelScoring(0.05).apply(scores);
        assertThat(at5.taskWinScores()[a]).containsExactly(1, 0, 1);
        assertThat(at5.taskWinScores()[b]).containsExactly(0, 0, 0);
        assertThat(at5.overall()[a]).isCloseTo(2.0 / 3, within(1e-9));
        DuelScores at10 = new DuelScoring(0.10).apply(scores);
        assertThat(at10.taskWinScores()[a]).containsExactly(1, 1, 1);
        assertThat(at10.duelsWon()[a][b]).isEqualTo(3);
    }

    @Test
    void winScoreIsTheShareOfDuelsWonAndTheOverallScoreAveragesCategories() {
        ExampleScores.Builder builder = ExampleScores.builder();
        // clear: A > B > C by a constant margin on every example.
        add(builder, "A", "clear", 3, 4, 5, 6);
        add(builder, "B", "clear", 2, 3, 4, 5);
        add(builder, "C", "clear", 1, 2, 3, 4);
        // flat: identical scores, nobody wins.
        add(builder, "A", "flat", 1, 0, 1, 0);
        add(builder, "B", "flat", 1, 0, 1, 0);
        add(builder, "C", "flat", 1, 0, 1, 0);
        // errors (lower is better): C makes fewer errors than A and B, who are level.
        add(builder, "A", "errors", 5, 6, 5, 6);
        add(builder, "B", "errors", 6, 5, 6, 5);
        add(builder, "C", "errors", 1, 1, 2, 1);
        builder.direction("errors", Direction.LOWER_IS_BETTER);
        builder.category("clear", "reasoning").category("flat", "reasoning").category("errors", "language");
        ExampleScores scores = builder.build();
        DuelScores duels = new DuelScoring(DuelScoring.DEFAULT_ALPHA).apply(scores);
        assertThat(duels.taskWinScores()).isDeepEqualTo(new double[][] {{1, 0, 0}, {0.5, 0, 0}, {0, 0, 1}});
        assertThat(duels.categories()).containsExactly("reasoning", "language");
        assertThat(duels.categoryWinScores()).isDeepEqualTo(new double[][] {{0.5, 0}, {0.25, 0}, {0, 1}});
        assertThat(duels.overall()).containsExactly(0.25, 0.125, 0.5);
        VoteResult result = duels.asVoteResult();
        assertThat(result.rule()).isEqualTo("duel");
        assertThat(result.winnerNames()).containsExactly("C");
        assertThat(AggregationResult.ranks(result)).containsExactly(2, 3, 1);
        // Without categories the overall score is the mean over tasks: A 1/2, B 1/4, C 1/2.
        ExampleScores.Builder plain = ExampleScores.builder();
        add(plain, "A", "clear", 3, 4, 5, 6);
        add(plain, "B", "clear", 2, 3, 4, 5);
        add(plain, "C", "clear", 1, 2, 3, 4);
        add(plain, "A", "errors", 5, 6, 5, 6);
        add(plain, "B", "errors", 6, 5, 6, 5);
        add(plain, "C", "errors", 1, 1, 2, 1);
        plain.direction("errors", Direction.LOWER_IS_BETTER);
        assertThat(new DuelScoring(0.05).apply(plain.build()).overall()).containsExactly(0.5, 0.25, 0.5);
    }

    @Test
    void examplesArePairedByIdAndSystemsWithoutScoresHaveNoDuels() {
        ExampleScores.Builder builder = ExampleScores.builder();
        builder.add("A", "t", "x1", 1, 1);
        builder.add("A", "t", "x2", 2, 2);
        builder.add("A", "t", "x3", 4, 3);
        builder.add("B", "t", "x3", 1, 4);
        builder.add("B", "t", "x4", 9, 5);
        builder.add("B", "t", "x2", 0, 6);
        builder.add("C", "u", "y", 1, 7);
        assertThat(builder.add("B", "t", "x4", 3, 8)).isEqualTo(5);
        ExampleScores scores = builder.build();
        assertThat(scores.exampleCount(0)).isEqualTo(4);
        assertThat(scores.score(0, 1, 3)).isEqualTo(9);
        // Paired on x2 and x3 only: differences 2 and 3, t = 5, 1 degree of freedom, p = 0.06283.
        assertThat(DuelScoring.pValue(scores, 0, 0, 1)).isCloseTo(0.0628330, within(1e-6));
        DuelScores duels = new DuelScoring(0.05).apply(scores);
        assertThat(duels.taskWinScores()[2][0]).isNaN();
        assertThat(duels.taskWinScores()[2][1]).isNaN();
        assertThat(duels.overall()[2]).isNaN();
        assertThat(AggregationResult.ranks(duels.asVoteResult())).containsExactly(1, 1, 0);
    }

    /**
     * Under the null (paired differences symmetric about 0) the test rejects at about the rate α;
     * with a true mean difference of one standard deviation over 20 examples it nearly always wins
     * (power of the one-tailed test at δ = 1, n = 20, α = 0.05: about 0.99).
     */
    @Test
    void theTestHoldsItsLevelAndHasPower() {
        UniformRandomProvider random = RandomSource.XO_RO_SHI_RO_128_PP.create(20240917L);
        ZigguratSampler.NormalizedGaussian noise = ZigguratSampler.NormalizedGaussian.of(random);
        ExampleScores.Builder builder = ExampleScores.builder();
        int tasks = 2000;
        for (int t = 0; t < tasks; t++) {
            for (int e = 0; e < 20; e++) {
                double base = noise.sample();
                builder.add("null-a", "t" + t, "e" + e, base + noise.sample(), line++);
                builder.add("null-b", "t" + t, "e" + e, base + noise.sample(), line++);
                builder.add("strong", "t" + t, "e" + e, base + 1.5 + noise.sample(), line++);
            }
        }
        DuelScores duels = new DuelScoring(0.05).apply(builder.build());
        int nullA = 0;
        int strong = 2;
        double falseWins = duels.duelsWon()[nullA][1] / (double) tasks;
        assertThat(falseWins).isCloseTo(0.05, within(0.015));
        // Differences strong - null have mean 1.5 and sd sqrt(2): delta = 1.06.
        assertThat(duels.duelsWon()[strong][nullA] / (double) tasks).isGreaterThan(0.97);
        assertThat(duels.duelsWon()[nullA][strong]).isZero();
    }

    @Test
    void meanTableAveragesEachSystemsExamples() {
        ExampleScores.Builder builder = ExampleScores.builder();
        add(builder, "A", "acc", 1, 0, 1, 1);
        add(builder, "B", "acc", 0, 0, 1);
        add(builder, "A", "ppl", 10, 20);
        builder.direction("ppl", Direction.LOWER_IS_BETTER);
        BenchmarkTable table = builder.build().meanTable();
        assertThat(table.systems().ids()).containsExactly("A", "B");
        assertThat(table.score(0, 0)).isEqualTo(0.75);
        assertThat(table.score(1, 0)).isEqualTo(1.0 / 3);
        assertThat(table.score(0, 1)).isEqualTo(15);
        assertThat(table.has(1, 1)).isFalse();
        assertThat(table.task(1).direction()).isEqualTo(Direction.LOWER_IS_BETTER);
    }

    @Test
    void invalidInputIsRejected() {
        assertThatThrownBy(() -> new DuelScoring(0))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("alpha"))
                .hasMessage("alpha must be a number in (0, 1), got '0'");
        assertThatThrownBy(() -> new DuelScoring(1)).isInstanceOf(InvalidParameterException.class);
        assertThatThrownBy(() -> ExampleScores.builder().add("A", "t", "e", Double.NaN, 1))
                .hasMessageContaining("finite");
        assertThatThrownBy(() -> new DuelScoring(0.05).apply(ExampleScores.builder().build()))
                .hasMessageContaining("no systems");
    }
}
