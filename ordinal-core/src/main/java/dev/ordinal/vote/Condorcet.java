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
        if (winner >= 0) {
            return MajoritySets.result(name(), ballots, matrix, new int[] {winner},
                    ballots.candidates().name(winner) + " beats every other candidate: the Condorcet winner.");
        }
        return MajoritySets.result(name(), ballots, matrix, IntStream.range(0, matrix.size()).toArray(),
                "No candidate beats every other one, so all candidates tie.");
    }
}
