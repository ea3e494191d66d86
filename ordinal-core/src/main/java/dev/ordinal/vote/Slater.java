package dev.ordinal.vote;

import java.util.EnumSet;
import java.util.Set;

/**
 * Slater: the order that contradicts the fewest pairwise majority relations, i.e. the order closest
 * to the majority tournament in the number of reversed arcs (Slater, "Inconsistencies in a schedule
 * of paired comparisons", 1961). A pair the majority ties is neither respected nor contradicted.
 * This is Kemeny's problem with weight 1 on every strict majority and 0 elsewhere, solved by the
 * same {@link LinearOrdering}: exact per component up to {@code exact-limit}, local search with a
 * reported gap beyond. Winners are every candidate first in some optimal order; the ranking is one
 * optimal order.
 */
public final class Slater implements VotingRule {
    private final LinearOrdering solver;

    public Slater() {
        this(LinearOrdering.DEFAULT_EXACT_LIMIT, LinearOrdering.DEFAULT_RESTARTS, LinearOrdering.DEFAULT_SEED);
    }

    /** Parameters as for {@link Kemeny#Kemeny(int, int, long)}. */
    public Slater(int exactLimit, int restarts, long seed) {
        this(new LinearOrdering(exactLimit, restarts, seed));
    }

    Slater(LinearOrdering solver) {
        this.solver = solver;
    }

    @Override
    public String name() {
        return "slater";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix majority = ballots.majority();
        return solver.rank(name(), ballots, (x, y) -> majority.beats(x, y) ? 1 : 0, "number of majority relations respected",
                "number of majority relations contradicted");
    }
}
