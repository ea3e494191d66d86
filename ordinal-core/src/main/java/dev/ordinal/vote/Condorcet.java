package dev.ordinal.vote;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * The Condorcet rule: the Condorcet winner, the candidate that beats every other by a strict
 * majority (Condorcet 1785), when there is one; otherwise every candidate ties. It gives no
 * ranking. Pairwise ties count as no win, so a candidate that only ties some others is not a
 * Condorcet winner.
 */
public final class Condorcet implements VotingRule {
    @Override
    public String name() {
        return "condorcet";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.MAJORITY);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix matrix = ballots.majority();
        int winner = matrix.condorcetWinner();
        Explanation.Builder explanation = Explanation.builder();
        if (winner >= 0) {
            explanation.note(ballots.candidates().name(winner) + " beats every other candidate: the Condorcet winner.");
        } else {
            explanation.note("No candidate beats every other one, so all candidates tie.");
        }
        PairwiseTables.margins(explanation, matrix, ballots.candidates());
        int[] winners = winner >= 0 ? new int[] {winner} : IntStream.range(0, matrix.size()).toArray();
        return VoteResult.builder(name(), ballots.candidates())
                .winners(winners)
                .explain(explanation.build())
                .build();
    }
}
