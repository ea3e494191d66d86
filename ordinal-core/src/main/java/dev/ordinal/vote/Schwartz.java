package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.EnumSet;
import java.util.Set;

/**
 * The Schwartz set (T. Schwartz, "Rationality and the myth of the maximum", Noûs 6, 1972; GOCHA in
 * "The Logic of Collective Choice", 1986): the union of the minimal sets that no outside
 * candidate beats by a strict majority, i.e. the candidates in the source components of the strict
 * majority relation (the maximal elements of its transitive closure). It is contained in the Smith
 * set and equals it when no two candidates tie pairwise. O(m²).
 */
public final class Schwartz implements VotingRule {
    @Override
    public String name() {
        return "schwartz";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix matrix = ballots.majority();
        int m = matrix.size();
        boolean[] strict = new boolean[m * m];
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                strict[x * m + y] = matrix.beats(x, y);
            }
        }
        int[] winners = PairwiseTables.members(Digraph.inSourceComponents(strict, m));
        Items candidates = ballots.candidates();
        Explanation.Builder explanation = Explanation.builder().note("Schwartz set: "
                + PairwiseTables.names(winners, candidates) + ". No candidate outside it beats any of them, "
                + "and each of them is in a cycle of majority defeats with the others of its group, or alone.");
        PairwiseTables.margins(explanation, matrix, candidates);
        return VoteResult.builder(name(), candidates)
                .winners(winners)
                .explain(explanation.build())
                .build();
    }
}
