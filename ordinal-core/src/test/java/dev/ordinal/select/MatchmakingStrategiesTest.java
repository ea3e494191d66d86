package dev.ordinal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import dev.ordinal.error.InvalidParameterException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties every registered strategy must have, for pairwise (K = 2) and K = 4 battles. */
class MatchmakingStrategiesTest {
    private static final int ITEMS = 12;
    private static final double[] TRUTH = {2.0, 1.6, 1.3, 1.0, 0.8, 0.5, 0.3, 0.0, -0.3, -0.6, -1.0, -1.5};

    static Stream<Arguments> strategiesAndK() {
        return MatchmakingStrategies.NAMES.stream().flatMap(name -> Stream.of(Arguments.of(name, 2), Arguments.of(name, 4)));
    }

    private static UniformRandomProvider seeded(long seed) {
        return RandomSource.SPLIT_MIX_64.create(seed);
    }

    /** Twelve items, two of them retired, after 60 uniform battles with refreshed estimates. */
    private static ArenaState warmedUp(int k) {
        ArenaState state = new ArenaState(ITEMS, k);
        state.setActive(4, false);
        state.setActive(9, false);
        Arena.run(state, new UniformSampling(), TRUTH, 60, seeded(1), battle -> { });
        return state;
    }

    @ParameterizedTest(name = "{0}, k={1}")
    @MethodSource("strategiesAndK")
    void proposesKDistinctActiveItemsWithAPropensityInZeroOne(String name, int k) {
        ArenaState state = warmedUp(k);
        MatchmakingStrategy strategy = MatchmakingStrategies.byName(name);
        assertThat(strategy.name()).isEqualTo(name);
        Arena.run(state, strategy, TRUTH, 300, seeded(2), battle -> {
            int[] items = battle.items();
            assertThat(items).hasSize(k).doesNotHaveDuplicates();
            assertThat(Arrays.stream(items).allMatch(state::active)).as("only active items in %s", Arrays.toString(items))
                    .isTrue();
            assertThat(battle.propensity()).isGreaterThan(0).isLessThanOrEqualTo(1);
        });
    }

    @ParameterizedTest(name = "{0}, k={1}")
    @MethodSource("strategiesAndK")
    void sameStateAndSeedGiveTheSameBattle(String name, int k) {
        ArenaState state = warmedUp(k);
        MatchmakingStrategy strategy = MatchmakingStrategies.byName(name);
        for (long seed = 0; seed < 20; seed++) {
            Battle first = strategy.propose(state, seeded(seed));
            Battle second = MatchmakingStrategies.byName(name).propose(state, seeded(seed));
            assertThat(second.items()).containsExactly(first.items());
            assertThat(second.propensity()).isEqualTo(first.propensity());
        }
    }

    @ParameterizedTest(name = "{0}, k={1}")
    @MethodSource("strategiesAndK")
    void neverStarvesAnActiveItem(String name, int k) {
        ArenaState state = new ArenaState(ITEMS, k);
        state.setActive(4, false);
        int battles = 2000;
        long[] appearances = Arena.run(state, MatchmakingStrategies.byName(name), TRUTH, battles, seeded(3), b -> { });
        // 10 active items: a fair share is battles * k / 10 appearances; demand a fiftieth of it (top-k
        // Thompson shows bottom items mostly through its ε = 0.05 uniform share, 40 expected at k = 4)
        long minimum = battles * k / 10 / 50;
        for (int item = 0; item < ITEMS; item++) {
            if (item == 4) {
                assertThat(appearances[item]).as("retired item").isZero();
            } else {
                assertThat(appearances[item]).as("appearances of item %d", item).isGreaterThanOrEqualTo(minimum);
            }
        }
    }

    /**
     * Honest propensities: from one fixed state, the frequency with which each set is proposed
     * matches the average propensity reported for it (exact for the deterministic rules, an
     * unbiased estimate for the sampling ones), within 4 binomial standard errors plus 0.01.
     */
    @ParameterizedTest(name = "{0}, k={1}")
    @MethodSource("strategiesAndK")
    void propensityMatchesHowOftenTheSetIsProposed(String name, int k) {
        ArenaState state = new ArenaState(6, k);
        Arena.run(state, new UniformSampling(), TRUTH, 40, seeded(4), b -> { });
        MatchmakingStrategy strategy = MatchmakingStrategies.byName(name);
        UniformRandomProvider random = seeded(5);
        int proposals = 4000;
        Map<List<Integer>, Integer> counts = new HashMap<>();
        Map<List<Integer>, Double> reported = new HashMap<>();
        for (int p = 0; p < proposals; p++) {
            Battle battle = strategy.propose(state, random);
            List<Integer> set = Arrays.stream(battle.items()).sorted().boxed().toList();
            counts.merge(set, 1, Integer::sum);
            reported.merge(set, battle.propensity(), Double::sum);
        }
        for (Map.Entry<List<Integer>, Integer> entry : counts.entrySet()) {
            double frequency = entry.getValue() / (double) proposals;
            double meanPropensity = reported.get(entry.getKey()) / entry.getValue();
            double tolerance = 4 * Math.sqrt(frequency * (1 - frequency) / proposals) + 0.01;
            assertThat(meanPropensity).as("set %s", entry.getKey()).isCloseTo(frequency,
                    offset(tolerance));
        }
    }

    @ParameterizedTest(name = "k={0}")
    @ValueSource(ints = {2, 4})
    void uniformAndFreshBalancedPropensityIsOneOverActiveChooseK(int k) {
        ArenaState state = new ArenaState(ITEMS, k);
        state.setActive(4, false);
        state.setActive(9, false);
        // C(10, 2) = 45, C(10, 4) = 210
        double expected = k == 2 ? 1.0 / 45 : 1.0 / 210;
        assertThat(new UniformSampling().propose(state, seeded(6)).propensity()).isCloseTo(expected,
                offset(1e-15));
        assertThat(new CountBalancing().propose(state, seeded(6)).propensity()).isCloseTo(expected,
                offset(1e-15));
        Arena.run(state, new UniformSampling(), TRUTH, 30, seeded(7), b -> { });
        assertThat(new UniformSampling().propose(state, seeded(8)).propensity()).isCloseTo(expected,
                offset(1e-15));
    }

    @Test
    void balancedPairsTheNeverShownItemWithAnyOfTheLeastComparedOpponents() {
        // 5 items; battles {1,2} and {3,4}: item 0 is the only pivot, its 4 opponents tie -> 1/4
        ArenaState state = new ArenaState(5, 2);
        state.recordPair(1, 2, false);
        state.recordPair(3, 4, false);
        for (long seed = 0; seed < 10; seed++) {
            Battle battle = new CountBalancing().propose(state, seeded(seed));
            assertThat(battle.items()).contains(0);
            assertThat(battle.propensity()).isEqualTo(0.25);
        }
    }

    @Test
    void balancedFourWayPropensityCountsBothPossiblePivots() {
        // 6 items, k = 4, one battle {1,2,3,4}: pivot 0 or 5 (1/2 each), the other joins for sure,
        // and 2 of the 4 shown items fill up (1/C(4,2) = 1/6): P = 1/2 * 1/6 + 1/2 * 1/6 = 1/6
        ArenaState state = new ArenaState(6, 4);
        state.record(new int[][] {{1}, {2}, {3}, {4}});
        for (long seed = 0; seed < 10; seed++) {
            Battle battle = new CountBalancing().propose(state, seeded(seed));
            assertThat(battle.items()).contains(0, 5);
            assertThat(battle.propensity()).isCloseTo(1.0 / 6, offset(1e-15));
        }
    }

    @ParameterizedTest(name = "k={0}")
    @ValueSource(ints = {2, 4})
    void kSortPivotIsTheLeastAppearingItem(int k) {
        ArenaState state = new ArenaState(8, k);
        Arena.run(state, new UniformSampling(), TRUTH, 50, seeded(9), b -> { });
        int least = 0;
        for (int i = 1; i < 8; i++) {
            least = state.appearances(i) < state.appearances(least) ? i : least;
        }
        long fewest = state.appearances(least);
        Set<Integer> leastAppearing = new HashSet<>();
        for (int i = 0; i < 8; i++) {
            if (state.appearances(i) == fewest) {
                leastAppearing.add(i);
            }
        }
        for (long seed = 0; seed < 20; seed++) {
            int[] items = new KSortArena(1).propose(state, seeded(seed)).items();
            assertThat(Arrays.stream(items).boxed().filter(leastAppearing::contains)).isNotEmpty();
        }
    }

    @Test
    void kSortOpponentIsTheClosestEstimateWhenAllPairsAreEquallyExplored() {
        // items 0..3 all compared once with each other; item 0 appears least after a retired-free
        // setup is impossible, so give item 3 fewer appearances by an extra battle among 0, 1, 2
        ArenaState state = new ArenaState(4, 2);
        for (int i = 0; i < 4; i++) {
            for (int j = i + 1; j < 4; j++) {
                state.recordPair(i, j, false);
            }
        }
        state.record(new int[][] {{0}, {1}, {2}}); // now 3 has the fewest appearances; pairs 0-1, 0-2, 1-2 twice
        state.setEstimates(new double[] {0.0, 1.0, 2.05, 2.0}, new double[] {1, 1, 1, 1});
        // pivot 3: opponents 0, 1, 2 each compared once; |Δμ| = 2, 1, 0.05 -> item 2
        for (long seed = 0; seed < 10; seed++) {
            Battle battle = new KSortArena(1).propose(state, seeded(seed));
            assertThat(battle.items()).containsExactlyInAnyOrder(3, 2);
            assertThat(battle.propensity()).isEqualTo(1.0);
        }
    }

    /**
     * A Condorcet winner (item 0 beats each other item with probability ≥ 0.69 under
     * Bradley–Terry) must be in at least 90% of the last 500 of 3,000 pairwise battles.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"rucb", "dts"})
    void duelingBanditsSettleOnTheCondorcetWinner(String name) {
        double[] truth = {1.3, 0.5, 0.3, 0.0, -0.3, -0.6};
        ArenaState state = new ArenaState(truth.length, 2);
        MatchmakingStrategy strategy = MatchmakingStrategies.byName(name);
        UniformRandomProvider random = seeded(10);
        int withWinner = 0;
        for (int b = 0; b < 3000; b++) {
            Battle battle = strategy.propose(state, random);
            if (b >= 2500 && Arrays.stream(battle.items()).anyMatch(i -> i == 0)) {
                withWinner++;
            }
            state.record(Arena.ordering(battle.items(), truth, random));
        }
        assertThat(withWinner).isGreaterThanOrEqualTo(450);
    }

    @Test
    void unknownNamesAndOptionsAreRejectedWithWhatIsExpected() {
        assertThatThrownBy(() -> MatchmakingStrategies.byName("random"))
                .hasMessageContaining("unknown matchmaking strategy 'random'").hasMessageContaining("ksort");
        assertThatThrownBy(() -> MatchmakingStrategies.byName("ksort", Map.of("alpha", "1")))
                .hasMessageContaining("no option alpha").hasMessageContaining("it takes c");
        assertThatThrownBy(() -> MatchmakingStrategies.byName("uniform", Map.of("c", "1")))
                .hasMessageContaining("it takes none");
        assertThatThrownBy(() -> MatchmakingStrategies.byName("dts", Map.of("draws", "many")))
                .hasMessageContaining("draws").hasMessageContaining("whole number").hasMessageContaining("'many'");
        assertThatThrownBy(() -> MatchmakingStrategies.byName("rucb", Map.of("alpha", "0.5")))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("alpha"))
                .hasMessage("alpha must be a finite number above 0.5, got '0.5'");
        assertThatThrownBy(() -> MatchmakingStrategies.byName("thompson", Map.of("epsilon", "0")))
                .hasMessageContaining("(0, 1]");
    }

    @Test
    void everyRegisteredNameIsDescribedInOrder() {
        assertThat(MatchmakingStrategies.descriptions()).extracting(MatchmakingStrategies.Description::name)
                .containsExactlyElementsOf(MatchmakingStrategies.NAMES);
    }

    @Test
    void optionsReachTheStrategy() {
        // with c = 0 ksort ignores how often pairs met: the closest estimate wins even if met more often
        ArenaState state = new ArenaState(3, 2);
        state.recordPair(0, 1, false);
        state.recordPair(0, 1, false);
        state.recordPair(0, 2, false);
        state.recordPair(1, 2, false);
        state.recordPair(1, 2, false);
        state.setEstimates(new double[] {0, 0.1, 3}, new double[] {1, 1, 1});
        // appearances: 0 -> 3, 1 -> 4, 2 -> 3; pivot 0 or 2; from 0, item 1 is closest but met twice
        Battle greedy = MatchmakingStrategies.byName("ksort", Map.of("c", "0")).propose(state, seeded(11));
        Battle exploring = MatchmakingStrategies.byName("ksort", Map.of("c", "100")).propose(state, seeded(11));
        assertThat(greedy.items()).isNotEqualTo(exploring.items());
    }
}
