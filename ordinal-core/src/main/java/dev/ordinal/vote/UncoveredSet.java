package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The uncovered set with Gillies' covering relation (D. B. Gillies, "Solutions to general
 * non-zero-sum games", 1959; see J. Duggan, "Uncovered sets", Social Choice and Welfare 41, 2013):
 * y covers x when y beats x by a strict majority and every candidate that beats y also beats x.
 * The winners are the candidates no one covers. With pairwise ties this differs from Fishburn's
 * covering (y's dominion contains x's); without them the two agree. The set is never empty, lies
 * inside the Smith set, and can be strictly smaller. O(m³/64) with bit rows.
 */
public final class UncoveredSet implements VotingRule {
    @Override
    public String name() {
        return "uncovered";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix matrix = ballots.majority();
        int m = matrix.size();
        int words = (m + 63) >>> 6;
        long[] beatenBy = new long[m * words];
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                if (matrix.beats(y, x)) {
                    beatenBy[x * words + (y >>> 6)] |= 1L << y;
                }
            }
        }
        Items candidates = ballots.candidates();
        List<Integer> uncovered = new ArrayList<>();
        List<List<String>> covers = new ArrayList<>();
        for (int x = 0; x < m; x++) {
            int coveredBy = -1;
            for (int y = 0; y < m && coveredBy < 0; y++) {
                if (matrix.beats(y, x) && subset(beatenBy, y * words, x * words, words)) {
                    coveredBy = y;
                }
            }
            if (coveredBy < 0) {
                uncovered.add(x);
            } else {
                covers.add(List.of(candidates.name(x), candidates.name(coveredBy)));
            }
        }
        int[] winners = uncovered.stream().mapToInt(Integer::intValue).toArray();
        return MajoritySets.result(name(), ballots, matrix, winners, "y covers x when y beats x and every "
                + "candidate that beats y also beats x (Gillies). Uncovered: "
                + PairwiseTables.names(winners, candidates) + ".", explanation -> {
                    if (!covers.isEmpty()) {
                        explanation.table("Covered candidates", List.of("candidate", "covered by"), covers);
                    }
                });
    }

    /** Whether the bit row at {@code inner} is contained in the bit row at {@code outer}. */
    private static boolean subset(long[] rows, int inner, int outer, int words) {
        for (int i = 0; i < words; i++) {
            if ((rows[inner + i] & ~rows[outer + i]) != 0) {
                return false;
            }
        }
        return true;
    }
}
