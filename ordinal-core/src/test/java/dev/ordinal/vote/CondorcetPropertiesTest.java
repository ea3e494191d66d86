package dev.ordinal.vote;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.app.Registries;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Properties the Condorcet-family rules must have on random profiles, and Ranked Pairs against a
 * plain reference implementation of the same definition.
 */
class CondorcetPropertiesTest {
    static int[] winners(String rule, Ballots ballots) {
        return Registries.rules().create(rule).apply(ballots).winners();
    }

    /** Random profiles: candidates, voters, truncated ballots, real weights, seed. */
    @ParameterizedTest
    @CsvSource({"8, 9, false, false, 1", "12, 40, true, false, 2", "30, 101, false, false, 3",
        "60, 200, true, false, 4", "150, 300, false, true, 5", "5, 4, true, false, 6", "6, 7, false, false, 7"})
    void winnersNestInsideTheSmithSet(int m, int voters, boolean truncate, boolean realWeights, long seed) {
        for (int round = 0; round < (m <= 12 ? 30 : 1); round++) {
            Ballots ballots = CondorcetProfiles.random(m, voters, truncate, realWeights, seed * 1000 + round);
            int[] smith = winners("smith", ballots);
            int[] schwartz = winners("schwartz", ballots);
            int[] schulze = winners("schulze", ballots);
            int[] splitCycle = winners("split-cycle", ballots);
            int[] rankedPairs = winners("ranked-pairs", ballots);
            assertThat(smith).isEqualTo(winners("top-cycle", ballots));
            assertThat(smith).contains(schwartz).contains(winners("uncovered", ballots)).contains(splitCycle);
            // Schulze (2011) proves the Schwartz criterion; Holliday and Pacuit (2023) that every Beat
            // Path and every Ranked Pairs winner is a Split Cycle winner, all three on margins (with
            // winning votes, Beat Path may elect outside Split Cycle on truncated ballots).
            int[] schulzeMargins = new Schulze(DefeatStrength.MARGINS).apply(ballots).winners();
            assertThat(schwartz).contains(schulze).contains(schulzeMargins);
            assertThat(splitCycle).contains(schulzeMargins).contains(rankedPairs);
            assertThat(smith).contains(rankedPairs);
            int condorcetWinner = ballots.majority().condorcetWinner();
            if (condorcetWinner >= 0) {
                for (String rule : CondorcetFamilyTest.RULES) {
                    assertThat(winners(rule, ballots)).as(rule).containsExactly(condorcetWinner);
                }
            }
        }
    }

    @Test
    void schulzeRankingFollowsItsRelation() {
        Ballots ballots = CondorcetProfiles.random(40, 25, true, false, 11);
        double[] paths = Schulze.strongestPaths(ballots.majority(), DefeatStrength.WINNING_VOTES);
        int[] layer = layerOf(Registries.rules().create("schulze").apply(ballots), 40);
        for (int x = 0; x < 40; x++) {
            for (int y = 0; y < 40; y++) {
                if (paths[x * 40 + y] > paths[y * 40 + x]) {
                    assertThat(layer[x]).isLessThan(layer[y]);
                }
            }
        }
    }

    @Test
    void rankedPairsWithDistinctMarginsIsALinearOrder() {
        Ballots ballots = CondorcetProfiles.random(120, 150, true, true, 12);
        List<int[]> ranking = Registries.rules().create("ranked-pairs").apply(ballots).ranking().orElseThrow();
        assertThat(ranking).hasSize(120).allSatisfy(group -> assertThat(group).hasSize(1));
    }

    /** Ranked Pairs against {@link #referenceRanking}, with ties among margins (few voters) and without. */
    @Test
    void rankedPairsMatchesAPlainImplementationOfItsDefinition() {
        for (int round = 0; round < 300; round++) {
            int m = 3 + round % 5;
            Ballots ballots = CondorcetProfiles.random(m, 1 + round % 9, round % 3 == 0, round % 4 == 0, 77 + round);
            VoteResult result = Registries.rules().create("ranked-pairs").apply(ballots);
            int[] expected = referenceLayers(ballots.majority());
            assertThat(layerOf(result, m)).as("round %d", round).containsExactly(expected);
        }
    }

    /**
     * The documented rule, written plainly: pairs by decreasing margin, a margin's pairs together;
     * skip a pair when the locked arcs lead back from its loser to its winner; of the others, skip a
     * pair when the locked arcs plus the others lead back; lock the rest. Returns each candidate's
     * layer: the length of the longest locked path ending at it.
     */
    static int[] referenceLayers(MajorityMatrix matrix) {
        int m = matrix.size();
        boolean[][] locked = new boolean[m][m];
        List<int[]> pairs = new ArrayList<>();
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                if (matrix.beats(x, y)) {
                    pairs.add(new int[] {x, y});
                }
            }
        }
        pairs.sort(Comparator.comparingDouble(p -> -matrix.margin(p[0], p[1])));
        int start = 0;
        while (start < pairs.size()) {
            double margin = matrix.margin(pairs.get(start)[0], pairs.get(start)[1]);
            int end = start;
            while (end < pairs.size() && matrix.margin(pairs.get(end)[0], pairs.get(end)[1]) == margin) {
                end++;
            }
            List<int[]> open = new ArrayList<>();
            for (int[] pair : pairs.subList(start, end)) {
                if (!leads(locked, pair[1], pair[0])) {
                    open.add(pair);
                }
            }
            boolean[][] withOpen = new boolean[m][];
            for (int x = 0; x < m; x++) {
                withOpen[x] = locked[x].clone();
            }
            for (int[] pair : open) {
                withOpen[pair[0]][pair[1]] = true;
            }
            for (int[] pair : open) {
                if (!leads(withOpen, pair[1], pair[0])) {
                    locked[pair[0]][pair[1]] = true;
                }
            }
            start = end;
        }
        int[] layer = new int[m];
        for (int pass = 0; pass < m; pass++) {
            for (int x = 0; x < m; x++) {
                for (int y = 0; y < m; y++) {
                    if (locked[x][y]) {
                        layer[y] = Math.max(layer[y], layer[x] + 1);
                    }
                }
            }
        }
        return layer;
    }

    /** Whether a path of arcs leads from {@code from} to {@code to} (depth-first search). */
    static boolean leads(boolean[][] arcs, int from, int to) {
        boolean[] seen = new boolean[arcs.length];
        int[] stack = new int[arcs.length];
        int size = 0;
        stack[size++] = from;
        seen[from] = true;
        while (size > 0) {
            int v = stack[--size];
            if (v == to) {
                return true;
            }
            for (int w = 0; w < arcs.length; w++) {
                if (arcs[v][w] && !seen[w]) {
                    seen[w] = true;
                    stack[size++] = w;
                }
            }
        }
        return false;
    }

    static int[] layerOf(VoteResult result, int m) {
        int[] layer = new int[m];
        List<int[]> ranking = result.ranking().orElseThrow();
        for (int g = 0; g < ranking.size(); g++) {
            for (int c : ranking.get(g)) {
                layer[c] = g;
            }
        }
        assertThat(ranking.stream().mapToInt(group -> group.length).sum()).isEqualTo(m);
        assertThat(ranking.stream().flatMapToInt(Arrays::stream).sorted().toArray())
                .isEqualTo(IntStream.range(0, m).toArray());
        return layer;
    }
}
