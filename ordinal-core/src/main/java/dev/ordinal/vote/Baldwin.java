package dev.ordinal.vote;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Baldwin's method (Baldwin 1926): eliminate the candidate with the lowest Borda score, recompute
 * the Borda scores among the candidates still in, and repeat; candidates tied for the lowest score
 * are eliminated together, and when all remaining scores are equal the remaining candidates all
 * win. Borda scores of tied and truncated ballots follow {@link Tallies} (tied and unranked
 * candidates share the average of their positions' points), computed from the majority matrix.
 * Since a Condorcet winner always scores above the average it is never eliminated, and a Condorcet
 * loser always scores below it. Cost: O(ballots × candidates²) for the matrix, then O(candidates²)
 * per round.
 */
public final class Baldwin implements VotingRule {
    @Override
    public String name() {
        return "baldwin";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        double[] scores = new double[ballots.candidateCount()];
        return Elimination.run(name(), ballots, (round, remaining) -> {
            Tallies.bordaScores(ballots, remaining, scores);
            return Elimination.Round.eliminate(Tallies.lowest(scores, remaining), "lowest Borda score",
                    new Elimination.Count("Borda score", scores.clone()));
        }, List.of(Tallies.BORDA_NOTE));
    }
}
