package dev.ordinal.judgment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** The builder's primitive-keyed cell counter against a plain map count of the same judgments. */
class ComparisonTableBuilderTest {

    private record Cell(int a, int b) {
    }

    @Property(tries = 60)
    void builderCountsEqualANaiveCount(@ForAll @IntRange(min = 2, max = 120) int items,
                                       @ForAll @IntRange(min = 0, max = 5000) int judgments,
                                       @ForAll @IntRange(min = 0, max = 100000) int seed) {
        Random random = new Random(seed);
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (int i = 0; i < items; i++) {
            builder.item("item-" + i);
        }
        Map<Cell, long[]> naiveCounts = new LinkedHashMap<>();
        Map<Cell, double[]> naiveWeights = new LinkedHashMap<>();
        Outcome[] outcomes = Outcome.values();
        for (int k = 0; k < judgments; k++) {
            int a = random.nextInt(items);
            int b = (a + 1 + random.nextInt(items - 1)) % items;
            Outcome outcome = outcomes[random.nextInt(outcomes.length)];
            double weight = random.nextBoolean() ? 1.0 : 0.25 + random.nextDouble();
            builder.add(a, b, outcome, weight);
            Cell cell = new Cell(a, b);
            naiveCounts.computeIfAbsent(cell, c -> new long[outcomes.length])[outcome.ordinal()]++;
            naiveWeights.computeIfAbsent(cell, c -> new double[outcomes.length])[outcome.ordinal()] += weight;
        }
        ComparisonTable table = builder.build();

        assertThat(table.itemCount()).isEqualTo(items);
        assertThat(table.cellCount()).isEqualTo(naiveCounts.size());
        assertThat(table.judgments()).isEqualTo(judgments);
        List<Cell> firstAppearance = new ArrayList<>(naiveCounts.keySet());
        for (int cell = 0; cell < table.cellCount(); cell++) {
            Cell expected = firstAppearance.get(cell);
            assertThat(new Cell(table.sideA(cell), table.sideB(cell))).isEqualTo(expected);
            for (Outcome outcome : outcomes) {
                assertThat(table.count(cell, outcome)).isEqualTo(naiveCounts.get(expected)[outcome.ordinal()]);
                assertThat(table.weight(cell, outcome)).isEqualTo(naiveWeights.get(expected)[outcome.ordinal()]);
            }
        }
    }

    @Property(tries = 30)
    void pairwiseCountsFoldBothOrdersOfAPair(@ForAll @IntRange(min = 2, max = 60) int items,
                                             @ForAll @IntRange(min = 1, max = 2000) int judgments,
                                             @ForAll @IntRange(min = 0, max = 100000) int seed) {
        Random random = new Random(seed);
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (int i = 0; i < items; i++) {
            builder.item("item-" + i);
        }
        Map<Cell, double[]> naive = new LinkedHashMap<>();
        for (int k = 0; k < judgments; k++) {
            int a = random.nextInt(items);
            int b = (a + 1 + random.nextInt(items - 1)) % items;
            Outcome outcome = Outcome.values()[random.nextInt(Outcome.values().length)];
            builder.add(a, b, outcome, 1.0);
            double[] wins = naive.computeIfAbsent(new Cell(Math.min(a, b), Math.max(a, b)), c -> new double[3]);
            boolean aIsLow = a < b;
            switch (outcome) {
                case A -> wins[aIsLow ? 0 : 1]++;
                case B -> wins[aIsLow ? 1 : 0]++;
                default -> wins[2]++;
            }
        }
        PairwiseCounts counts = builder.build().pairwiseCounts();

        assertThat(counts.pairCount()).isEqualTo(naive.size());
        for (int pair = 0; pair < counts.pairCount(); pair++) {
            double[] expected = naive.get(new Cell(counts.low(pair), counts.high(pair)));
            assertThat(new double[] {counts.lowWins(pair), counts.highWins(pair), counts.ties(pair)})
                    .containsExactly(expected);
        }
    }
}
