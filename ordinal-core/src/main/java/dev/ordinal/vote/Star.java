package dev.ordinal.vote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * STAR voting, Score Then Automatic Runoff (Frohnmayer 2014; rules as published by the Equal Vote
 * Coalition, starvoting.org): the two candidates with the highest total scores are the finalists,
 * and the finalist scored higher than the other on more ballots wins. A missing score counts 0.
 *
 * <p>Ties. A runoff tie (as many ballots each way) goes to the finalist with the higher total, as
 * the official rules say; if the totals tie too, both win. When the scoring round ties for a
 * finalist place, every tied candidate goes to the runoff, which is then played as a round robin
 * among the finalists: a head-to-head win is by more ballots, or on a tie by the higher total; the
 * finalists with the most wins win (several when they tie). With two finalists this is the ordinary
 * runoff. Ranking: the winners, the other finalists by wins, then the rest by total. Cost
 * O(ballots × candidates).
 */
public final class Star implements VotingRule {
    @Override
    public String name() {
        return "star";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.RANKING, Trait.NEEDS_SCORES);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        RangeVoting.requireScores(ballots, name());
        int m = ballots.candidateCount();
        double[] totals = RangeVoting.totals(ballots);
        List<int[]> byTotal = VoteResult.groupsByScore(totals);
        List<Integer> finalistList = new ArrayList<>();
        for (int[] group : byTotal) {
            if (finalistList.size() >= 2) {
                break;
            }
            Arrays.stream(group).forEach(finalistList::add);
        }
        int[] finalists = finalistList.stream().mapToInt(Integer::intValue).toArray();
        VoteResult.Builder result = VoteResult.builder(name(), ballots.candidates()).scores("total score", totals);
        Explanation.Builder explanation = Explanation.builder()
                .scores("Scoring round (a missing score counts 0)", "total score", totals, ballots.candidates());
        if (finalists.length < 2) {
            return result.ranking(byTotal).explain(explanation.note("Only one candidate: it wins.").build()).build();
        }
        String names = String.join(", ", Arrays.stream(finalists).mapToObj(ballots.candidates()::name).toList());
        explanation.note(finalists.length == 2 ? "Finalists: " + names + "."
                : "The scoring round ties for a finalist place, so " + finalists.length + " finalists go to the runoff: "
                        + names + "; it is played as a round robin.");
        double[] wins = new double[m];
        Arrays.fill(wins, Double.NaN);
        for (int f : finalists) {
            wins[f] = 0;
        }
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < finalists.length; i++) {
            for (int j = i + 1; j < finalists.length; j++) {
                int x = finalists[i];
                int y = finalists[j];
                double[] preferring = runoff(ballots, x, y);
                String outcome;
                if (preferring[0] != preferring[1]) {
                    int winner = preferring[0] > preferring[1] ? x : y;
                    wins[winner]++;
                    outcome = ballots.candidates().name(winner) + " preferred on more ballots";
                } else if (totals[x] != totals[y]) {
                    int winner = totals[x] > totals[y] ? x : y;
                    wins[winner]++;
                    outcome = "tie on ballots; " + ballots.candidates().name(winner) + " has the higher total";
                } else {
                    outcome = "tie on ballots and totals";
                }
                rows.add(List.of(ballots.candidates().name(x), ballots.candidates().name(y), Explanation.number(preferring[0]),
                        Explanation.number(preferring[1]), Explanation.number(preferring[2]), outcome));
            }
        }
        explanation.table("Automatic runoff", List.of("finalist x", "finalist y", "ballots scoring x higher",
                "ballots scoring y higher", "no preference", "outcome"), rows);
        List<int[]> ranking = new ArrayList<>(VoteResult.groupsByScore(wins));
        int[] first = ranking.get(0);
        if (first.length > 1) {
            explanation.note("The runoff ties: " + first.length + " candidates win.");
        }
        for (int[] group : byTotal) {
            int[] rest = Arrays.stream(group).filter(c -> Double.isNaN(wins[c])).toArray();
            if (rest.length > 0) {
                ranking.add(rest);
            }
        }
        return result.ranking(ranking).winners(first).explain(explanation.build()).build();
    }

    /** Weight of ballots scoring x above y, y above x, and neither (a missing score counts 0). */
    private static double[] runoff(Ballots ballots, int x, int y) {
        double[] preferring = new double[3];
        for (int b = 0; b < ballots.size(); b++) {
            double sx = zeroIfMissing(ballots.score(b, x));
            double sy = zeroIfMissing(ballots.score(b, y));
            preferring[sx > sy ? 0 : sy > sx ? 1 : 2] += ballots.weight(b);
        }
        return preferring;
    }

    private static double zeroIfMissing(double score) {
        return Double.isNaN(score) ? 0 : score;
    }
}
