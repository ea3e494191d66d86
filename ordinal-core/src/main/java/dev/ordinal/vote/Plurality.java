package dev.ordinal.vote;

import java.util.EnumSet;
import java.util.Set;

/**
 * Plurality: each ballot gives one point to its first choice; a ballot whose first group holds
 * several tied candidates splits its point equally among them. Ranks by points.
 */
public final class Plurality implements VotingRule {
    @Override
    public String name() {
        return "plurality";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        double[] points = new double[ballots.candidateCount()];
        for (int b = 0; b < ballots.size(); b++) {
            if (ballots.groupCount(b) == 0) {
                continue;
            }
            int[] top = ballots.groups(b)[0];
            for (int c : top) {
                points[c] += ballots.weight(b) / top.length;
            }
        }
        return VoteResult.builder(name(), ballots.candidates())
                .rankByScores("first-place votes", points)
                .explain(Explanation.builder().scores("First-place votes", "votes", points, ballots.candidates()).build())
                .build();
    }
}
