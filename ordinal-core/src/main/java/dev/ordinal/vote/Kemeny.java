package dev.ordinal.vote;

import java.util.EnumSet;
import java.util.Set;

/**
 * Kemeny–Young: the order that maximises the total pairwise agreement, the sum over ordered pairs
 * (x before y) of support(x, y), which is the order minimising the weighted Kendall-tau distance to
 * the ballots (a pair a ballot ties or leaves unranked counts for neither order). Kemeny,
 * "Mathematics without numbers", 1959; Young and Levenglick, "A consistent extension of
 * Condorcet's election principle", 1978. Computing it is NP-hard (Bartholdi, Tovey and Trick,
 * 1989); {@link LinearOrdering} solves it exactly per component of the majority graph up to
 * {@code exact-limit} candidates, in O(2^k k) time for a component of k, and by local search with a
 * reported optimality gap beyond. The winners are every candidate first in some optimal order; the
 * ranking is one optimal order, and the explanation says whether it is the only one.
 */
public final class Kemeny implements VotingRule {
    private final LinearOrdering solver;

    public Kemeny() {
        this(LinearOrdering.DEFAULT_EXACT_LIMIT, LinearOrdering.DEFAULT_RESTARTS, LinearOrdering.DEFAULT_SEED);
    }

    /**
     * @param exactLimit largest component solved exactly (at most {@value LinearOrdering#MAX_EXACT_LIMIT})
     * @param restarts local-search starts for larger components
     * @param seed seed of the random starts
     */
    public Kemeny(int exactLimit, int restarts, long seed) {
        this(new LinearOrdering(exactLimit, restarts, seed));
    }

    Kemeny(LinearOrdering solver) {
        this.solver = solver;
    }

    @Override
    public String name() {
        return "kemeny";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix majority = ballots.majority();
        return solver.rank(name(), ballots, majority::support, "agreement (Σ support(x, y) over x ranked before y)",
                "weighted Kendall-tau distance to the ballots");
    }
}
