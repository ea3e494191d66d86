package dev.ordinal.judgment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RankBreakingTest {
    /** One visited pair, as text for readable assertions. */
    private record Pair(int first, int second, Outcome outcome) {
        @Override
        public String toString() {
            return first + " " + second + " " + outcome;
        }
    }

    private static List<Pair> broken(int[][] groups) {
        List<Pair> pairs = new ArrayList<>();
        RankBreaking.forEachPair(groups, (first, second, outcome) -> pairs.add(new Pair(first, second, outcome)));
        return pairs;
    }

    private static List<Pair> broken(int[] ranks) {
        List<Pair> pairs = new ArrayList<>();
        RankBreaking.forEachPair(ranks, (first, second, outcome) -> pairs.add(new Pair(first, second, outcome)));
        return pairs;
    }

    /** Worked by hand: item 2 first, 0 and 1 tied second, 3 last; read as 2, 0, 1, 3. */
    @Test
    void groupsBreakIntoTheirPairsInReadingOrder() {
        assertThat(broken(new int[][] {{2}, {0, 1}, {3}})).extracting(Pair::toString).containsExactly(
                "2 0 A", "2 1 A", "2 3 A", "0 1 TIE", "0 3 A", "1 3 A");
    }

    /** Worked by hand: the same ranking as ranks per position (side C first, A and B tied, D last). */
    @Test
    void ranksBreakIntoEveryPairOfPositions() {
        assertThat(broken(new int[] {2, 2, 1, 4})).extracting(Pair::toString).containsExactly(
                "0 1 TIE", "0 2 B", "0 3 A", "1 2 B", "1 3 A", "2 3 A");
    }

    @Test
    void aPairwiseVoteIsOneJudgmentAndASingleItemNone() {
        assertThat(broken(new int[][] {{5}, {3}})).extracting(Pair::toString).containsExactly("5 3 A");
        assertThat(broken(new int[][] {{3, 5}})).extracting(Pair::toString).containsExactly("3 5 TIE");
        assertThat(broken(new int[] {2, 1})).extracting(Pair::toString).containsExactly("0 1 B");
        assertThat(broken(new int[][] {{4}})).isEmpty();
        assertThat(broken(new int[0])).isEmpty();
        assertThat(RankBreaking.pairCount(1)).isZero();
        assertThat(RankBreaking.pairCount(8)).isEqualTo(28);
    }

    @Property
    void aStrictRankingOfKItemsGivesKChooseTwoDecisivePairs(@ForAll("orders") List<Integer> order) {
        int[][] groups = order.stream().map(item -> new int[] {item}).toArray(int[][]::new);
        List<Pair> pairs = broken(groups);
        int k = order.size();
        assertThat(pairs).hasSize(RankBreaking.pairCount(k)).hasSize(k * (k - 1) / 2);
        Set<Set<Integer>> distinct = new HashSet<>();
        for (Pair pair : pairs) {
            assertThat(pair.outcome()).isEqualTo(Outcome.A);
            assertThat(order.indexOf(pair.first())).isLessThan(order.indexOf(pair.second()));
            distinct.add(Set.of(pair.first(), pair.second()));
        }
        assertThat(distinct).hasSize(pairs.size());
    }

    @Property
    void itemsOfOneGroupTieAndEarlierGroupsWin(@ForAll("rankings") int[][] groups) {
        int[] groupOf = new int[16];
        int k = 0;
        for (int g = 0; g < groups.length; g++) {
            for (int item : groups[g]) {
                groupOf[item] = g;
                k++;
            }
        }
        List<Pair> pairs = broken(groups);
        assertThat(pairs).hasSize(RankBreaking.pairCount(k));
        for (Pair pair : pairs) {
            int first = groupOf[pair.first()];
            int second = groupOf[pair.second()];
            assertThat(first).isLessThanOrEqualTo(second);
            assertThat(pair.outcome()).isEqualTo(first == second ? Outcome.TIE : Outcome.A);
        }
    }

    /** Renaming the items renames the pairs and changes nothing else. */
    @Property
    void invariantToRelabelling(@ForAll("rankings") int[][] groups, @ForAll("permutations") List<Integer> relabel) {
        int[][] relabelled = new int[groups.length][];
        for (int g = 0; g < groups.length; g++) {
            relabelled[g] = java.util.Arrays.stream(groups[g]).map(relabel::get).toArray();
        }
        List<Pair> expected = broken(groups).stream()
                .map(p -> new Pair(relabel.get(p.first()), relabel.get(p.second()), p.outcome())).toList();
        assertThat(broken(relabelled)).isEqualTo(expected);
    }

    /** The two forms agree: groups read in order are positions whose ranks are the group numbers. */
    @Property
    void groupsAndRanksAgree(@ForAll("rankings") int[][] groups) {
        List<Integer> read = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        for (int g = 0; g < groups.length; g++) {
            for (int item : groups[g]) {
                read.add(item);
                ranks.add(g + 1);
            }
        }
        List<Pair> byPosition = broken(ranks.stream().mapToInt(Integer::intValue).toArray()).stream()
                .map(p -> new Pair(read.get(p.first()), read.get(p.second()), p.outcome())).toList();
        assertThat(broken(groups)).isEqualTo(byPosition);
    }

    @Provide
    Arbitrary<List<Integer>> orders() {
        return Arbitraries.integers().between(1, 9).flatMap(k -> permutationOf(k));
    }

    @Provide
    Arbitrary<List<Integer>> permutations() {
        return permutationOf(16);
    }

    private static Arbitrary<List<Integer>> permutationOf(int k) {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            items.add(i);
        }
        return Arbitraries.shuffle(items);
    }

    /** Up to 9 of the items 0..15 in random order, cut into tied groups at random. */
    @Provide
    Arbitrary<int[][]> rankings() {
        return Combinators.combine(permutationOf(16), Arbitraries.integers().between(1, 9),
                Arbitraries.integers().between(0, 255)).as((items, k, cuts) -> {
                    List<int[]> groups = new ArrayList<>();
                    int start = 0;
                    for (int i = 1; i <= k; i++) {
                        if (i == k || (cuts >> (i - 1) & 1) == 1) {
                            groups.add(items.subList(start, i).stream().mapToInt(Integer::intValue).toArray());
                            start = i;
                        }
                    }
                    return groups.toArray(int[][]::new);
                });
    }
}
