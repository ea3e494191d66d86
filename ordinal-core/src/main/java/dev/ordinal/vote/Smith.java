package dev.ordinal.vote;

import java.util.EnumSet;
import java.util.Set;

/**
 * The Smith set (J. H. Smith, "Aggregation of preferences with variable electorate",
 * Econometrica 41, 1973): the smallest non-empty set of candidates each of whom beats every
 * candidate outside it by a strict majority. It is also the top cycle of the weak majority
 * relation (x ≽ y when x does not lose to y), that is the maximal elements of its transitive
 * closure, Schwartz's GETCHA (T. Schwartz, "The Logic of Collective Choice", 1986): the relation
 * is complete, so its strongly connected components form a chain, and the first one is the Smith
 * set. The {@code top-cycle} entry is this same rule under that name; the top cycle of the strict
 * majority relation is the Schwartz set ({@link Schwartz}). O(m²).
 */
public final class Smith implements VotingRule {
    private final String name;

    public Smith() {
        this("smith");
    }

    private Smith(String name) {
        this.name = name;
    }

    /** The Smith set under the name {@code top-cycle}. */
    public static Smith topCycle() {
        return new Smith("top-cycle");
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix matrix = ballots.majority();
        int[] winners = MajoritySets.maximal(matrix, (x, y) -> matrix.margin(x, y) >= 0);
        return MajoritySets.result(name, ballots, matrix, winners, "Smith set: "
                + PairwiseTables.names(winners, ballots.candidates())
                + ". Each of them beats every candidate outside it, and no smaller set does so.");
    }
}
