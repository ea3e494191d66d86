package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Bucklin voting (Grand Junction system; as pref_voting's {@code bucklin}): count each ballot's
 * first choice; while no candidate has a strict majority, add the ballots' next ranks, so that at
 * depth d every candidate a ballot ranks in its first d positions has that ballot's vote; at the
 * first depth where some candidate has a majority, the candidate(s) with the most votes win. When
 * no depth gives a majority (truncated ballots), the most votes once every rank is counted win.
 * The ranking is by votes at the final depth, which are the scores.
 *
 * <p>Ties and truncation: a tied group of k candidates occupying positions p+1 … p+k gives each of
 * them (d − p)/k of the ballot's vote at depth d, capped at a whole vote, so at depth 1 a top
 * group of k gives each 1/k, as first-choice counts do; unranked candidates get nothing. The
 * majority is of the weight of the ballots that rank at least one candidate. Cost:
 * O(depths × ballots × candidates).
 */
public final class Bucklin implements VotingRule {
    @Override
    public String name() {
        return "bucklin";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        Items candidates = ballots.candidates();
        int m = candidates.size();
        double voting = 0;
        int longest = 1;
        for (int b = 0; b < ballots.size(); b++) {
            int ranked = 0;
            for (int c = 0; c < m; c++) {
                ranked += ballots.ranks(b, c) ? 1 : 0;
            }
            longest = Math.max(longest, ranked);
            voting += ranked > 0 ? ballots.weight(b) : 0;
        }
        double majority = Tallies.rounded(voting) / 2;
        boolean[] all = new boolean[m];
        Arrays.fill(all, true);
        double[] votes = new double[m];
        int[] sizes = new int[m + 1];
        int[] starts = new int[m + 1];
        List<List<String>> rows = new ArrayList<>();
        int depth = 0;
        boolean decided = false;
        while (!decided && m > 0) {
            depth++;
            Arrays.fill(votes, 0);
            for (int b = 0; b < ballots.size(); b++) {
                int groups = ballots.groupCount(b);
                Arrays.fill(sizes, 0, groups + 1, 0);
                for (int c = 0; c < m; c++) {
                    sizes[ballots.level(b, c)]++;
                }
                for (int g = 1; g <= groups; g++) {
                    starts[g] = starts[g - 1] + sizes[g - 1];
                }
                double weight = ballots.weight(b);
                for (int c = 0; c < m; c++) {
                    int level = ballots.level(b, c);
                    if (level < groups) {
                        double reached = (double) (depth - starts[level]) / sizes[level];
                        votes[c] += weight * Math.max(0, Math.min(1, reached));
                    }
                }
            }
            for (int c = 0; c < m; c++) {
                votes[c] = Tallies.rounded(votes[c]);
            }
            int[] top = Tallies.highest(votes, all);
            boolean reachedMajority = votes[top[0]] > majority;
            decided = reachedMajority || depth >= longest;
            String result = reachedMajority ? "majority (over " + Explanation.number(majority) + "): most votes win: "
                    + Elimination.names(candidates, top)
                    : decided ? "no majority at any depth; most votes win: " + Elimination.names(candidates, top)
                    : "no majority";
            List<String> row = new ArrayList<>();
            row.add(Integer.toString(depth));
            for (int c = 0; c < m; c++) {
                row.add(Explanation.number(votes[c]));
            }
            row.add(result);
            rows.add(row);
        }
        List<String> columns = new ArrayList<>(List.of("ranks counted"));
        for (int c = 0; c < m; c++) {
            columns.add(candidates.name(c));
        }
        columns.add("result");
        Explanation.Builder explanation = Explanation.builder();
        if (!ballots.strictAndComplete()) {
            explanation.note("A group of k tied candidates in positions p+1 … p+k gives each (d − p)/k of the"
                    + " ballot's vote once d ranks are counted (at most a whole vote); unranked candidates get"
                    + " nothing; the majority is of the ballots that rank someone.");
        }
        return VoteResult.builder(name(), candidates)
                .rankByScores("votes within the first " + depth + " ranks", votes)
                .explain(explanation.table("Votes by ranks counted", columns, rows).build())
                .build();
    }
}
