package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.EnumSet;
import java.util.Set;

/**
 * Black's rule (D. Black, "The Theory of Committees and Elections", 1958): the Condorcet winner
 * when there is one, otherwise the Borda winners. The Borda score is read off the majority
 * matrix: {@code score(x) = Σ_y [support(x, y) + tied(x, y) / 2]}, where {@code tied(x, y)} is the
 * weight of the ballots that separate neither (ties, or both unranked). On complete strict ballots
 * this is the usual Borda count (m − 1 points for a first place, down to 0); on ballots with ties
 * or truncation it is the averaged Borda count, where tied candidates, the unranked ones included,
 * share the points of the places they occupy. Winners only: the Borda scores are reported
 * alongside.
 */
public final class Black implements VotingRule {
    @Override
    public String name() {
        return "black";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix matrix = ballots.majority();
        int m = matrix.size();
        double total = ballots.totalWeight();
        double[] borda = new double[m];
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                if (x != y) {
                    double tied = total - matrix.support(x, y) - matrix.support(y, x);
                    borda[x] += matrix.support(x, y) + tied / 2;
                }
            }
        }
        Items candidates = ballots.candidates();
        int condorcetWinner = matrix.condorcetWinner();
        Explanation.Builder explanation = Explanation.builder();
        int[] winners;
        if (condorcetWinner >= 0) {
            winners = new int[] {condorcetWinner};
            explanation.note(candidates.name(condorcetWinner) + " is the Condorcet winner.");
        } else {
            winners = m == 0 ? new int[0] : VoteResult.groupsByScore(borda).get(0);
            explanation.note("There is no Condorcet winner, so the Borda winners win: "
                    + PairwiseTables.names(winners, candidates) + ".");
        }
        PairwiseTables.margins(explanation, matrix, candidates);
        explanation.scores("Borda scores (from the majority matrix)", "Borda score", borda, candidates);
        return VoteResult.builder(name(), candidates)
                .winners(winners)
                .scores("Borda score", borda)
                .explain(explanation.build())
                .build();
    }
}
