package dev.ordinal.vote;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Range (score) voting (Smith 2000; see Laslier &amp; Sanver 2010, "Handbook on Approval Voting"):
 * each ballot gives each candidate a score and candidates rank by their total. A candidate a ballot
 * leaves unscored ({@code NaN}) gets 0 from it with {@code missing=zero} (the default, so that
 * unscored means "worst" on the usual 0..max scale); with {@code missing=ignore} candidates rank by
 * their average over the ballots that score them, and a candidate no ballot scores ranks last.
 * Needs score ballots. Cost O(ballots × candidates).
 */
public final class RangeVoting implements VotingRule {
    private final boolean ignoreMissing;

    /** @param ignoreMissing average over the ballots that score a candidate instead of counting missing scores as 0 */
    public RangeVoting(boolean ignoreMissing) {
        this.ignoreMissing = ignoreMissing;
    }

    @Override
    public String name() {
        return "score";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.RANKING, Trait.NEEDS_SCORES);
    }

    /** Fails unless the ballots carry scores. */
    static void requireScores(Ballots ballots, String rule) {
        if (!ballots.hasScores()) {
            throw new VoteException("rule '" + rule + "' needs score ballots (a number per candidate, higher is better); "
                    + "these ballots only rank the candidates");
        }
    }

    /** Each candidate's total score, a missing score counting 0. */
    static double[] totals(Ballots ballots) {
        double[] totals = new double[ballots.candidateCount()];
        for (int b = 0; b < ballots.size(); b++) {
            for (int c = 0; c < totals.length; c++) {
                double score = ballots.score(b, c);
                if (!Double.isNaN(score)) {
                    totals[c] += ballots.weight(b) * score;
                }
            }
        }
        return totals;
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        requireScores(ballots, name());
        int m = ballots.candidateCount();
        double[] totals = totals(ballots);
        double[] scoredWeight = new double[m];
        for (int b = 0; b < ballots.size(); b++) {
            for (int c = 0; c < m; c++) {
                if (!Double.isNaN(ballots.score(b, c))) {
                    scoredWeight[c] += ballots.weight(b);
                }
            }
        }
        double[] averages = new double[m];
        List<List<String>> rows = new ArrayList<>();
        for (int c = 0; c < m; c++) {
            averages[c] = scoredWeight[c] > 0 ? totals[c] / scoredWeight[c] : Double.NaN;
            rows.add(List.of(ballots.candidates().name(c), Explanation.number(totals[c]),
                    Explanation.number(scoredWeight[c]), scoredWeight[c] > 0 ? Explanation.number(averages[c]) : "—"));
        }
        VoteResult.Builder result = VoteResult.builder(name(), ballots.candidates());
        if (ignoreMissing) {
            List<int[]> ranking = new ArrayList<>(VoteResult.groupsByScore(averages));
            int[] unscored = IntStream.range(0, m).filter(c -> scoredWeight[c] == 0).toArray();
            if (unscored.length > 0) {
                ranking.add(unscored);
            }
            result.scores("average score", averages).ranking(ranking)
                    .note("Ranked by average score over the ballots that score each candidate (missing=ignore).");
        } else {
            result.rankByScores("total score", totals)
                    .note("Ranked by total score; a missing score counts 0 (missing=zero).");
        }
        return result.table("Scores", List.of("candidate", "total", "weight of ballots scoring", "average"), rows).build();
    }
}
