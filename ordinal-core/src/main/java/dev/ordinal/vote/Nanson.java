package dev.ordinal.vote;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Nanson's method (Nanson 1882; Niou 1987), in the two readings pref_voting calls Strict and Weak
 * Nanson: compute the Borda scores among the candidates still in and eliminate, all at once,
 * every candidate whose score is strictly below the mean ({@code strict}), or at or below the mean
 * unless all scores are equal ({@code weak}); repeat. When all remaining scores
 * are equal the remaining candidates all win. Borda scores of tied and truncated ballots follow
 * {@link Tallies}. A Condorcet winner always scores above the mean and a Condorcet loser below it,
 * so both variants elect the first and never the second. Cost: O(ballots × candidates²) for the
 * majority matrix, then O(candidates²) per round.
 */
public final class Nanson implements VotingRule {
    private final boolean strict;

    /** {@code strict}: eliminate scores below the mean; otherwise scores at or below it. */
    public Nanson(boolean strict) {
        this.strict = strict;
    }

    @Override
    public String name() {
        return strict ? "nanson-strict" : "nanson-weak";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        int m = ballots.candidateCount();
        double[] scores = new double[m];
        return Elimination.run(name(), ballots, (round, remaining) -> {
            Tallies.bordaScores(ballots, remaining, scores);
            double sum = 0;
            int left = 0;
            for (int c = 0; c < m; c++) {
                if (remaining[c]) {
                    sum += scores[c];
                    left++;
                }
            }
            double mean = Tallies.rounded(sum / left);
            Elimination.Count count = new Elimination.Count("Borda score", scores.clone());
            int[] out = IntStream.range(0, m)
                    .filter(c -> remaining[c] && (scores[c] < mean || !strict && scores[c] == mean)).toArray();
            if (out.length == 0) {
                return Elimination.Round.elect(IntStream.range(0, m).filter(c -> remaining[c]).toArray(),
                        "all scores equal", count);
            }
            return Elimination.Round.eliminate(out, (strict ? "below the mean " : "at or below the mean ")
                    + Explanation.number(mean), count);
        }, List.of(Tallies.BORDA_NOTE));
    }
}
