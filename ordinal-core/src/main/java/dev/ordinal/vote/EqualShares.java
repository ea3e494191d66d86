package dev.ordinal.vote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The Method of Equal Shares (Peters &amp; Skowron 2020, "Proportionality and the limits of
 * welfarism", EC; there called Rule X), with unit costs. Every unit of ballot weight gets a budget
 * of k/n (k seats, n the total weight), and a candidate costs 1. A candidate c is ρ-affordable
 * when its approvers, each paying min(budget, ρ) per unit of weight, raise exactly 1; each step
 * elects the candidate with the smallest such ρ and charges its approvers. When no candidate is
 * affordable any more and seats remain, the committee is completed by seq-Phragmén starting from
 * loads equal to the budget each ballot has spent (the "Phragmén phase" of Lackner &amp; Skowron
 * 2023, "Multi-Winner Voting with Approval Preferences", §2.5, also abcvoting's default). Ties are
 * followed every way ({@link TieResolutions}). Cost O(seats · Σ|approvals| · log) per run.
 */
public final class EqualShares extends SequentialCommittee {

    /** @param approveTop read ballots as approving their top K candidates; 0 to require dichotomous ballots */
    public EqualShares(int seats, int approveTop) {
        super(seats, approveTop, "Equal Shares selections",
                List.of("phase", "seat", "elected", "price ρ per unit of weight / maximal load", "tied with"));
    }

    @Override
    public String name() {
        return "equal-shares";
    }

    @Override
    CommitteeReport.Selection run(ApprovalProfile profile, TieResolutions.Chooser chooser) {
        int m = profile.candidateCount;
        double share = seats / profile.totalWeight;
        double[] budget = new double[profile.ballotCount];
        Arrays.fill(budget, share);
        boolean[] chosen = new boolean[m];
        int[] order = new int[seats];
        int size = 0;
        List<List<String>> rows = new ArrayList<>();
        double[] price = new double[m];
        while (size < seats) {
            double best = Double.POSITIVE_INFINITY;
            for (int c = 0; c < m; c++) {
                price[c] = chosen[c] ? Double.POSITIVE_INFINITY : price(profile, budget, c);
                best = Math.min(best, price[c]);
            }
            if (Double.isInfinite(best)) {
                break;
            }
            double cut = best + TOLERANCE * Math.max(1, best);
            int[] tied = IntStream.range(0, m).filter(c -> price[c] <= cut).toArray();
            int pick = tied[chooser.choose(tied.length, state(chosen, budget))];
            chosen[pick] = true;
            order[size++] = pick;
            for (int b : profile.approvers[pick]) {
                budget[b] = Math.max(0, budget[b] - Math.min(budget[b], price[pick]));
            }
            rows.add(List.of("equal shares", Integer.toString(size), profile.candidates.name(pick),
                    Explanation.number(price[pick]), CommitteeReport.tiedWith(profile, tied, pick)));
        }
        if (size < seats) {
            double[] loads = new double[profile.ballotCount];
            for (int b = 0; b < loads.length; b++) {
                loads[b] = share - budget[b];
            }
            return new CommitteeReport.Selection(
                    Phragmen.extend(profile, seats, Arrays.copyOf(order, size), loads, chooser, rows, "Phragmén completion"),
                    rows);
        }
        return new CommitteeReport.Selection(order, rows);
    }

    /**
     * The smallest ρ at which candidate c's approvers, paying min(budget, ρ) per unit of weight,
     * raise 1; infinite when their whole budgets fall short.
     */
    private static double price(ApprovalProfile profile, double[] budget, int c) {
        int[] approvers = profile.approvers[c];
        double available = 0;
        double weight = 0;
        for (int b : approvers) {
            available += profile.weight[b] * budget[b];
            weight += profile.weight[b];
        }
        if (weight == 0 || available < 1 - TOLERANCE) {
            return Double.POSITIVE_INFINITY;
        }
        Integer[] byBudget = Arrays.stream(approvers).boxed().toArray(Integer[]::new);
        Arrays.sort(byBudget, (x, y) -> Double.compare(budget[x], budget[y]));
        double remaining = 1;
        for (int b : byBudget) {
            double rho = remaining / weight;
            if (rho <= budget[b]) {
                return rho;
            }
            remaining -= profile.weight[b] * budget[b];
            weight -= profile.weight[b];
        }
        // only rounding separates the budgets from 1: the poorest approvers pay everything they have
        return budget[byBudget[byBudget.length - 1]];
    }

    /** The committee so far and the budgets (rounded so that equal states compare equal). */
    private static String state(boolean[] chosen, double[] budget) {
        StringBuilder key = new StringBuilder();
        for (boolean c : chosen) {
            key.append(c ? '1' : '0');
        }
        for (double left : budget) {
            key.append(',').append(Math.round(left * 1e9));
        }
        return key.toString();
    }
}
