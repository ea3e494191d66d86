package dev.ordinal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code dts}'s own-rule probability estimate, whose first stages stop scoring as soon as the set
 * cannot come first, is unbiased for how often the rule itself draws each set.
 */
class DoubleThompsonTest {
    private static final double[] TRUTH = {1.5, 1.2, 1.0, 0.9, 0.7, 0.6, 0.4, 0.3, 0.1, 0.0, -0.2, -0.3, -0.5, -0.7, -0.9, -1.2};

    /**
     * Sixteen items after 150 uniform battles, compared and uncompared pairs, with estimates to
     * order the candidates by. Every item is a candidate unless {@code mixed}: then item 7 is
     * retired and items 1 to 4 have each lost 20 times to item 0 first (confidently beaten), so
     * that candidates have partners below them that are not candidates.
     */
    private static ArenaState state(int k, boolean mixed) {
        ArenaState state = new ArenaState(TRUTH.length, k);
        if (mixed) {
            state.setActive(7, false);
            for (int loser = 1; loser <= 4; loser++) {
                for (int b = 0; b < 20; b++) {
                    state.recordPair(0, loser, false);
                }
            }
        }
        Arena.run(state, new UniformSampling(), TRUTH, 150, RandomSource.SPLIT_MIX_64.create(21), b -> { });
        return state;
    }

    /**
     * The mean of many one-draw estimates (each in [0, 1], so of variance at most P(1 − P)) matches
     * the frequency of the set among many draws of the rule, within 4 standard errors of the
     * difference, for every set drawn at least 1% of the time.
     */
    @ParameterizedTest(name = "k={0}, mixed={1}")
    @CsvSource({"2, false", "4, false", "2, true", "4, true"})
    void ownRuleProbabilityMatchesHowOftenTheRuleDrawsTheSet(int k, boolean mixed) {
        ArenaState state = state(k, mixed);
        DoubleThompson dts = new DoubleThompson(0.51, 0.05, 1);
        DoubleThompson.Candidates candidates = dts.prepare(state);
        boolean[] candidate = candidates.flags();
        for (int item : new int[] {1, 2, 3, 4, 7}) {
            assertThat(candidate[item]).as("candidate %d", item).isEqualTo(!mixed);
        }
        assertThat(IntStream.range(5, TRUTH.length).filter(item -> candidate[item]).count())
                .as("candidates above the beaten items").isGreaterThanOrEqualTo(mixed ? 5 : 10);
        UniformRandomProvider random = RandomSource.SPLIT_MIX_64.create(22);
        int samples = 40_000;
        Map<List<Integer>, Integer> counts = new HashMap<>();
        for (int s = 0; s < samples; s++) {
            int[] set = dts.sample(state, candidates, random);
            Arrays.sort(set);
            counts.merge(Arrays.stream(set).boxed().toList(), 1, Integer::sum);
        }
        int estimates = 40_000;
        int checked = 0;
        for (Map.Entry<List<Integer>, Integer> entry : counts.entrySet()) {
            double frequency = entry.getValue() / (double) samples;
            if (frequency < 0.01) {
                continue;
            }
            int[] set = entry.getKey().stream().mapToInt(Integer::intValue).toArray();
            double sum = 0;
            for (int e = 0; e < estimates; e++) {
                sum += dts.ownRuleProbability(state, candidates, set, 1, random);
            }
            double variance = frequency * (1 - frequency);
            double tolerance = 4 * Math.sqrt(variance / samples + variance / estimates);
            assertThat(sum / estimates).as("set %s", entry.getKey()).isCloseTo(frequency, offset(tolerance));
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(3);
    }
}
