package dev.ordinal.vote;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Plurality with runoff (the two-round system, counted from one set of ranked ballots): the two
 * candidates with the most first choices go to a runoff, in which each ballot votes for whichever
 * of them it ranks higher. Ties for the runoff places are not broken: every candidate tied for
 * first or for second place goes through, and with more than two finalists the runoff is a
 * plurality count among them (so its winner need not have a majority). This differs from
 * pref_voting's {@code plurality_with_runoff_put}, which runs one runoff per possible pair and
 * elects every pair's winner. Votes of tied and truncated ballots follow {@link Tallies}: a ballot
 * ranking two finalists equally gives each half its vote, and a ballot ranking no finalist is
 * exhausted. Cost: O(ballots × candidates).
 */
public final class PluralityRunoff implements VotingRule {
    @Override
    public String name() {
        return "plurality-runoff";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        int m = ballots.candidateCount();
        double[] votes = new double[m];
        return Elimination.run(name(), ballots, (round, remaining) -> {
            Tallies.firstChoices(ballots, remaining, votes);
            if (round == 1) {
                double[] ordered = IntStream.range(0, m).mapToDouble(c -> -votes[c]).sorted().toArray();
                double second = -ordered[1];
                int[] others = IntStream.range(0, m).filter(c -> votes[c] < second).toArray();
                if (others.length > 0) {
                    return Elimination.Round.eliminate(others, "not among the two with most first choices",
                            new Elimination.Count("first choices", votes.clone()));
                }
            }
            return Elimination.Round.elect(Tallies.highest(votes, remaining),
                    round == 1 ? "every candidate is in the runoff; most votes" : "most votes in the runoff",
                    new Elimination.Count(round == 1 ? "first choices" : "runoff", votes.clone()));
        }, List.of(Tallies.FIRST_CHOICES_NOTE));
    }
}
