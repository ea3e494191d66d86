package dev.ordinal.vote;

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
        int[] winners = MajoritySets.maximal(matrix, matrix::beats);
        return MajoritySets.result(name(), ballots, matrix, winners, "Schwartz set: "
                + PairwiseTables.names(winners, ballots.candidates()) + ". No candidate outside it beats any of them, "
                + "and each of them is in a cycle of majority defeats with the others of its group, or alone.");
    }
}
