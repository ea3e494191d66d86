package dev.ordinal.audit;

import dev.ordinal.audit.PairVerdicts.Pair;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise transitivity inconsistency (Wang et al. 2025, "TrustJudge: Inconsistencies of
 * LLM-as-a-Judge and How to Alleviate Them", section 3): within one judge and context, every triad
 * of items whose three pairs were all judged is checked for being a weak order. A triad that is not
 * is a cycle when its three verdicts are strict (A ≻ B ≻ C ≻ A) and a tie contradiction otherwise
 * (A = B = C but A ≻ C, and the like). This is TrustJudge's non-transitivity ratio for groups of
 * k = 3; unlike the reference code, which names the kind of a one-tie triad by the order the three
 * pairs are listed in, the kind here does not depend on how the items are named.
 *
 * <p>Triads are found from each item's sorted neighbours, so the cost is O(Σ degree² · log degree)
 * per judge and context, not O(items³).
 */
public final class Transitivity {
    private static final int[][] PERMUTATIONS = {{0, 1, 2}, {0, 2, 1}, {1, 0, 2}, {1, 2, 0}, {2, 0, 1}, {2, 1, 0}};

    private Transitivity() {
    }

    /** The triads of every judge and context, summed per judge, per context and overall. */
    public static Breakdown<TransitivityCount> count(PairVerdicts verdicts) {
        Map<JudgeContext, TransitivityCount> byScope = new LinkedHashMap<>();
        for (JudgeContext scope : verdicts.scopes()) {
            byScope.put(scope, countScope(verdicts.items(scope), verdicts.pairs(scope)));
        }
        return Breakdown.of(byScope, TransitivityCount.ZERO, TransitivityCount::plus);
    }

    private static TransitivityCount countScope(List<String> items, Map<Pair, Outcome> pairs) {
        Map<String, Integer> index = new HashMap<>();
        for (String item : items) {
            index.put(item, index.size());
        }
        int n = items.size();
        // Preference of the lower index over the higher: +1, 0 or −1, keyed by (low << 32 | high).
        Map<Long, Integer> preference = new HashMap<>();
        List<List<Integer>> higherNeighbours = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            higherNeighbours.add(new ArrayList<>());
        }
        for (Map.Entry<Pair, Outcome> entry : pairs.entrySet()) {
            int first = index.get(entry.getKey().first());
            int second = index.get(entry.getKey().second());
            int value = entry.getValue() == Outcome.A ? 1 : entry.getValue() == Outcome.B ? -1 : 0;
            int low = Math.min(first, second);
            int high = Math.max(first, second);
            preference.put(key(low, high), first == low ? value : -value);
            higherNeighbours.get(low).add(high);
        }
        long triads = 0;
        long cycles = 0;
        long contradictions = 0;
        int[][] matrix = new int[3][3];
        for (int i = 0; i < n; i++) {
            int[] above = higherNeighbours.get(i).stream().mapToInt(Integer::intValue).sorted().toArray();
            for (int a = 0; a < above.length; a++) {
                for (int b = a + 1; b < above.length; b++) {
                    Integer jk = preference.get(key(above[a], above[b]));
                    if (jk == null) {
                        continue;
                    }
                    triads++;
                    fill(matrix, preference.get(key(i, above[a])), jk, preference.get(key(i, above[b])));
                    if (!weakOrder(matrix)) {
                        if (matrix[0][1] != 0 && matrix[1][2] != 0 && matrix[0][2] != 0) {
                            cycles++;
                        } else {
                            contradictions++;
                        }
                    }
                }
            }
        }
        return new TransitivityCount(triads, cycles, contradictions);
    }

    private static long key(int low, int high) {
        return (long) low << 32 | high;
    }

    /** The antisymmetric preference matrix of items 0 &lt; 1 &lt; 2 from the three upper entries. */
    private static void fill(int[][] matrix, int ij, int jk, int ik) {
        matrix[0][1] = ij;
        matrix[1][0] = -ij;
        matrix[1][2] = jk;
        matrix[2][1] = -jk;
        matrix[0][2] = ik;
        matrix[2][0] = -ik;
    }

    /** Whether "at least as good as" is transitive: no a ≽ b ≽ c with c ≻ a. */
    private static boolean weakOrder(int[][] matrix) {
        for (int[] p : PERMUTATIONS) {
            if (matrix[p[0]][p[1]] >= 0 && matrix[p[1]][p[2]] >= 0 && matrix[p[0]][p[2]] < 0) {
                return false;
            }
        }
        return true;
    }
}
