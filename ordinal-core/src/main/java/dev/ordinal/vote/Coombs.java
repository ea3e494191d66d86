package dev.ordinal.vote;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Coombs' method (Coombs 1964; Grofman and Feld 2004): a candidate with a strict majority of the
 * first choices among the candidates still in wins; otherwise every candidate tied for the most
 * last places is eliminated at once, and the count repeats. When all candidates still in tie for
 * the most last places, they all win. First choices and last places of tied and truncated ballots
 * follow {@link Tallies}: a group of k candidates gives each 1/k, unranked candidates share a
 * ballot's last place, and a ballot ranking none of the remaining candidates is exhausted (it
 * counts neither in the majority threshold nor in the last places). Cost: O(rounds × ballots ×
 * candidates).
 */
public final class Coombs implements VotingRule {
    @Override
    public String name() {
        return "coombs";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        int m = ballots.candidateCount();
        double[] first = new double[m];
        double[] last = new double[m];
        return Elimination.run(name(), ballots, (round, remaining) -> {
            double active = Tallies.firstChoices(ballots, remaining, first);
            Elimination.Count firstCount = new Elimination.Count("first choices", first.clone());
            int[] top = Tallies.highest(first, remaining);
            if (top.length == 1 && first[top[0]] > active / 2) {
                return Elimination.Round.elect(top, "majority of the " + Explanation.number(active)
                        + " first choices", firstCount);
            }
            Tallies.lastPlaces(ballots, remaining, last);
            return Elimination.Round.eliminate(Tallies.highest(last, remaining), "most last places",
                    firstCount, new Elimination.Count("last places", last.clone()));
        }, List.of(Tallies.FIRST_CHOICES_NOTE, Tallies.LAST_PLACES_NOTE));
    }
}
