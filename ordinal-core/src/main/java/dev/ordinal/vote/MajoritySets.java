package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.function.Consumer;

/**
 * What the rules that elect a set from the majority relation (Condorcet, Smith, Schwartz, the
 * uncovered set) share: the maximal elements of a relation on candidates, and the result they all
 * report — the set as winners, a note naming it, the margin matrix, and any table of their own.
 */
final class MajoritySets {
    private MajoritySets() {
    }

    /** A relation between candidates x and y, read off the majority matrix. */
    @FunctionalInterface
    interface Relation {
        boolean holds(int x, int y);
    }

    /**
     * The candidates in the source components of {@code relation} (the maximal elements of its
     * transitive closure), ascending. O(m²).
     */
    static int[] maximal(MajorityMatrix matrix, Relation relation) {
        int m = matrix.size();
        boolean[] arc = new boolean[m * m];
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                arc[x * m + y] = x != y && relation.holds(x, y);
            }
        }
        return PairwiseTables.members(Digraph.inSourceComponents(arc, m));
    }

    /**
     * The result of {@code rule}: {@code winners} tie as a set; the explanation is {@code note},
     * the margin matrix, then whatever {@code more} adds.
     */
    static VoteResult result(String rule, Ballots ballots, MajorityMatrix matrix, int[] winners, String note,
                             Consumer<Explanation.Builder> more) {
        Items candidates = ballots.candidates();
        Explanation.Builder explanation = Explanation.builder().note(note);
        PairwiseTables.margins(explanation, matrix, candidates);
        more.accept(explanation);
        return VoteResult.builder(rule, candidates)
                .winners(winners)
                .explain(explanation.build())
                .build();
    }

    /** As {@link #result(String, Ballots, MajorityMatrix, int[], String, Consumer)} with nothing more. */
    static VoteResult result(String rule, Ballots ballots, MajorityMatrix matrix, int[] winners, String note) {
        return result(rule, ballots, matrix, winners, note, explanation -> { });
    }
}
