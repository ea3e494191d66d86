package dev.ordinal.vote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Sequential proportional approval voting (seq-PAV; Thiele 1895, see Lackner &amp; Skowron 2023,
 * "Multi-Winner Voting with Approval Preferences", §2.2): seats are filled one at a time, each by
 * the candidate that raises the PAV score Σ weight × H(approved members) the most, i.e. whose
 * approvers, each weighted 1/(1 + members it already approves), weigh the most. A ballot approves
 * its first group (or its top {@code approve-top} candidates). Ties at any step are followed every
 * way ({@link TieResolutions}), so tied committees are all reported. Cost O(seats · Σ|approvals|)
 * per run.
 */
public final class SequentialPav extends SequentialCommittee {

    /** @param approveTop read ballots as approving their top K candidates; 0 to require dichotomous ballots */
    public SequentialPav(int seats, int approveTop) {
        super(seats, approveTop, "Seq-PAV selections",
                List.of("seat", "elected", "PAV score gain", "tied with"));
    }

    @Override
    public String name() {
        return "seq-pav";
    }

    @Override
    CommitteeReport.Selection run(ApprovalProfile profile, TieResolutions.Chooser chooser) {
        int m = profile.candidateCount;
        int[] satisfaction = new int[profile.ballotCount];
        boolean[] chosen = new boolean[m];
        int[] order = new int[seats];
        List<List<String>> rows = new ArrayList<>();
        double[] gain = new double[m];
        for (int seat = 0; seat < seats; seat++) {
            double best = Double.NEGATIVE_INFINITY;
            for (int c = 0; c < m; c++) {
                if (chosen[c]) {
                    continue;
                }
                double total = 0;
                for (int b : profile.approvers[c]) {
                    total += profile.weight[b] / (satisfaction[b] + 1);
                }
                gain[c] = total;
                best = Math.max(best, total);
            }
            double cut = best - TOLERANCE * Math.max(1, best);
            int[] tied = IntStream.range(0, m).filter(c -> !chosen[c] && gain[c] >= cut).toArray();
            int pick = tied[chooser.choose(tied.length, Arrays.toString(committeeSoFar(chosen)))];
            chosen[pick] = true;
            order[seat] = pick;
            for (int b : profile.approvers[pick]) {
                satisfaction[b]++;
            }
            rows.add(List.of(Integer.toString(seat + 1), profile.candidates.name(pick), Explanation.number(gain[pick]),
                    CommitteeReport.tiedWith(profile, tied, pick)));
        }
        return new CommitteeReport.Selection(order, rows);
    }

    private static int[] committeeSoFar(boolean[] chosen) {
        return IntStream.range(0, chosen.length).filter(c -> chosen[c]).toArray();
    }
}
