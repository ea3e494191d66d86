package dev.ordinal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.Arrays;
import org.apache.commons.rng.simple.RandomSource;
import org.apache.commons.statistics.distribution.BetaDistribution;
import org.junit.jupiter.api.Test;

/** The per-item adjacency lists that {@code rucb} and {@code dts} scan agree with the pair counts. */
class ArenaStateTest {

    @Test
    void adjacencyListsMirrorThePairCountsInPartnerOrder() {
        double[] truth = {1.2, 0.9, 0.5, 0.4, 0.0, -0.2, -0.5, -1.0, -1.4};
        ArenaState state = new ArenaState(truth.length, 3);
        // K = 3 with ties from the simulated voters' orderings: half-wins in the counts
        Arena.run(state, new UniformSampling(), truth, 40, RandomSource.SPLIT_MIX_64.create(12), b -> { });
        state.record(new int[][] {{0, 8}, {3}});
        for (int item = 0; item < truth.length; item++) {
            int count = state.partnerCount(item);
            int[] partners = Arrays.copyOf(state.partnerList(item), count);
            int[] firstCompared = new int[count];
            for (int p = 0; p < count; p++) {
                firstCompared[p] = state.partner(item, p);
            }
            assertThat(partners).isSorted();
            assertThat(partners).containsExactlyInAnyOrder(firstCompared);
            double[] lowerAhead = state.partnerLowerAheadList(item);
            for (int p = 0; p < count; p++) {
                int j = partners[p];
                assertThat(state.partnerComparisonList(item)[p]).isEqualTo(state.comparisons(item, j));
                assertThat(state.partnerWinList(item)[p]).isEqualTo(state.wins(item, j));
                int low = Math.min(item, j);
                int high = Math.max(item, j);
                double expected = BetaDistribution.of(state.wins(low, high) + 1, state.wins(high, low) + 1)
                        .survivalProbability(0.5);
                assertThat(lowerAhead[p]).isCloseTo(expected, offset(1e-12));
            }
            for (int j = 0; j < truth.length; j++) {
                assertThat(Arrays.binarySearch(partners, j) >= 0).isEqualTo(state.comparisons(item, j) > 0);
            }
            assertPartnerSummaries(state, item);
        }
        // a cached probability follows the pair's counts
        double before = state.partnerLowerAheadList(0)[Arrays.binarySearch(state.partnerList(0), 0,
                state.partnerCount(0), 8)];
        state.recordPair(0, 8, false);
        double after = state.partnerLowerAheadList(0)[Arrays.binarySearch(state.partnerList(0), 0,
                state.partnerCount(0), 8)];
        assertThat(after).isGreaterThan(before);
    }

    @Test
    void partnerSummariesFollowRetirementsAndNewPairs() {
        double[] truth = {0.8, 0.4, 0.0, -0.4, -0.8, -1.2};
        ArenaState state = new ArenaState(truth.length, 2);
        Arena.run(state, new UniformSampling(), truth, 12, RandomSource.SPLIT_MIX_64.create(13), b -> { });
        state.setActive(2, false);
        state.setActive(4, false);
        state.setActive(4, false);
        state.recordPair(2, 5, false); // a pair with a retired item: compared, but not an active partner
        state.recordPair(2, 5, true);
        state.setActive(4, true);
        assertThat(state.activeCount()).isEqualTo(5);
        for (int item = 0; item < truth.length; item++) {
            assertPartnerSummaries(state, item);
        }
    }

    /** The per-item summaries of the adjacency lists agree with the n × n counts. */
    private static void assertPartnerSummaries(ArenaState state, int item) {
        int activePartners = 0;
        int below = 0;
        long most = 0;
        for (int j = 0; j < state.itemCount(); j++) {
            if (state.comparisons(item, j) > 0) {
                activePartners += state.active(j) ? 1 : 0;
                below += j < item ? 1 : 0;
                most = Math.max(most, state.comparisons(item, j));
            }
        }
        assertThat(state.activePartnerCount(item)).as("active partners of %d", item).isEqualTo(activePartners);
        assertThat(state.partnersBelow(item)).as("partners below %d", item).isEqualTo(below);
        assertThat(state.mostComparisons(item)).as("most comparisons of %d", item).isEqualTo(most);
    }
}
