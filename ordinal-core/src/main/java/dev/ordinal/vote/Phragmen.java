package dev.ordinal.vote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Phragmén's sequential rule (seq-Phragmén; Phragmén 1894, as formalised by Brill, Freeman,
 * Janson &amp; Lackner 2017, "Phragmén's voting methods and justified representation", AAAI):
 * electing a candidate puts one unit of load on its approvers, spread so as to keep the largest
 * load as small as possible. Each step elects the candidate c whose approvers N(c) would end with
 * the smallest common load t(c) = (1 + Σ_{b∈N(c)} w_b ℓ_b) / Σ_{b∈N(c)} w_b (loads ℓ per unit of
 * ballot weight w), and sets their loads to t(c). A candidate nobody approves is elected only when
 * no approved candidate is left, all such candidates tying. Ties are followed every way
 * ({@link TieResolutions}). Cost O(seats · Σ|approvals|) per run.
 */
public final class Phragmen extends SequentialCommittee {

    /** @param approveTop read ballots as approving their top K candidates; 0 to require dichotomous ballots */
    public Phragmen(int seats, int approveTop) {
        super(seats, approveTop, "Seq-Phragmén selections", List.of("seat", "elected", "maximal load", "tied with"));
    }

    @Override
    public String name() {
        return "phragmen";
    }

    @Override
    CommitteeReport.Selection run(ApprovalProfile profile, TieResolutions.Chooser chooser) {
        List<List<String>> rows = new ArrayList<>();
        int[] order = extend(profile, seats, new int[0], new double[profile.ballotCount], chooser, rows, "");
        return new CommitteeReport.Selection(order, rows);
    }

    /**
     * Fills the committee that starts as {@code start} up to {@code seats} members by seq-Phragmén,
     * starting from the given {@code loads} (per unit of ballot weight, updated in place); appends one
     * row per selection to {@code rows} (with {@code phase} as an extra first cell when non-empty) and
     * returns the whole committee in order of selection.
     */
    static int[] extend(ApprovalProfile profile, int seats, int[] start, double[] loads, TieResolutions.Chooser chooser,
            List<List<String>> rows, String phase) {
        int m = profile.candidateCount;
        boolean[] chosen = new boolean[m];
        int[] order = Arrays.copyOf(start, seats);
        for (int c : start) {
            chosen[c] = true;
        }
        double[] maxLoad = new double[m];
        for (int seat = start.length; seat < seats; seat++) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < m; c++) {
                if (chosen[c]) {
                    continue;
                }
                double approval = 0;
                double load = 1;
                for (int b : profile.approvers[c]) {
                    approval += profile.weight[b];
                    load += profile.weight[b] * loads[b];
                }
                maxLoad[c] = approval > 0 ? load / approval : Double.POSITIVE_INFINITY;
                best = Math.min(best, maxLoad[c]);
            }
            boolean approved = !Double.isInfinite(best);
            double cut = approved ? best + TOLERANCE * Math.max(1, best) : best;
            int[] tied = IntStream.range(0, m).filter(c -> !chosen[c] && maxLoad[c] <= cut).toArray();
            int pick = tied[chooser.choose(tied.length, state(chosen, loads))];
            chosen[pick] = true;
            order[seat] = pick;
            if (approved) {
                for (int b : profile.approvers[pick]) {
                    loads[b] = maxLoad[pick];
                }
            }
            List<String> row = new ArrayList<>();
            if (!phase.isEmpty()) {
                row.add(phase);
            }
            row.add(Integer.toString(seat + 1));
            row.add(profile.candidates.name(pick));
            row.add(approved ? Explanation.number(maxLoad[pick]) : "— (no approvers)");
            row.add(CommitteeReport.tiedWith(profile, tied, pick));
            rows.add(row);
        }
        return order;
    }

    /** The committee so far and the loads (rounded so that equal states compare equal). */
    private static String state(boolean[] chosen, double[] loads) {
        StringBuilder key = new StringBuilder();
        for (int c = 0; c < chosen.length; c++) {
            key.append(chosen[c] ? '1' : '0');
        }
        for (double load : loads) {
            key.append(',').append(Math.round(load * 1e9));
        }
        return key.toString();
    }
}
