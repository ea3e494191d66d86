package dev.ordinal.vote;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Instant-runoff voting (Hare; the alternative vote): count each ballot's first choice among the
 * candidates still in; a candidate with a strict majority of the votes still counting wins;
 * otherwise every candidate tied for the fewest first choices is eliminated at once (the variant
 * pref_voting's {@code instant_runoff} implements; Holliday and Pacuit, pref_voting, 2025), and the
 * count repeats. When all candidates still in tie, they all win. First choices of tied and
 * truncated ballots follow {@link Tallies}: a best group of k candidates gives each 1/k, and a
 * ballot that ranks none of the remaining candidates is exhausted and drops out of the majority
 * threshold. Cost: O(rounds × ballots × candidates).
 */
public final class InstantRunoff implements VotingRule {
    @Override
    public String name() {
        return "irv";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        double[] votes = new double[ballots.candidateCount()];
        return Elimination.run(name(), ballots, (round, remaining) -> {
            double active = Tallies.firstChoices(ballots, remaining, votes);
            Elimination.Count count = new Elimination.Count("first choices", votes.clone());
            int[] top = Tallies.highest(votes, remaining);
            if (top.length == 1 && votes[top[0]] > active / 2) {
                return Elimination.Round.elect(top, "majority of the " + Explanation.number(active)
                        + " votes still counting", count);
            }
            return Elimination.Round.eliminate(Tallies.lowest(votes, remaining), "fewest first choices", count);
        }, List.of(Tallies.FIRST_CHOICES_NOTE));
    }
}
