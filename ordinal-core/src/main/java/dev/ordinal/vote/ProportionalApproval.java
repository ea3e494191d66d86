package dev.ordinal.vote;

import dev.ordinal.error.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Proportional approval voting (PAV; Thiele 1895, see Lackner &amp; Skowron 2023, "Multi-Winner
 * Voting with Approval Preferences", §2.2), computed exactly: the committees W of {@code seats}
 * candidates that maximise Σ_b w_b H(|A_b ∩ W|), H(j) = 1 + 1/2 + ... + 1/j. PAV satisfies EJR
 * (Aziz et al. 2017).
 *
 * <p>Branch and bound over candidates in decreasing order of approval weight, each either taken or
 * left. Because the PAV score is submodular, the gains the remaining candidates would bring to the
 * current partial committee bound what they can add together: a branch is cut when the current
 * score plus the largest {@code seats − taken} such gains falls below the best score found.
 * Every committee scoring within 1e-9 (relative) of the optimum is kept, so ties are reported (at
 * most {@link #KEPT} of them). Finding a PAV committee is NP-hard (Aziz et al. 2015); the worst case
 * visits every committee, C(m, seats) of them, and the search gives up with a VoteException after
 * {@link #NODE_LIMIT} nodes, suggesting seq-pav. Profiles of a few dozen candidates and ten-odd
 * seats usually take well under that.
 */
public final class ProportionalApproval implements VotingRule {
    /** Search nodes (partial committees) visited before giving up. */
    public static final long NODE_LIMIT = 20_000_000L;
    /** Tied optimal committees kept. */
    static final int KEPT = 10_000;
    private static final double TOLERANCE = 1e-9;
    private final int seats;
    private final int approveTop;

    /** @param approveTop read ballots as approving their top K candidates; 0 to require dichotomous ballots */
    public ProportionalApproval(int seats, int approveTop) {
        this.seats = Require.atLeast("seats", seats, 1);
        this.approveTop = Require.atLeast("approve-top", approveTop, 0);
    }

    @Override
    public String name() {
        return "pav";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.MULTI_WINNER, Trait.NEEDS_APPROVALS);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        ApprovalProfile profile = ApprovalProfile.of(ballots, approveTop, name());
        profile.requireSeats(seats, name());
        Search search = new Search(profile, seats);
        search.run(0, 0, 0);
        int[] first = search.optimal.get(0);
        Explanation.Builder trace = Explanation.builder()
                .note("PAV score Σ weight × H(approved members) of the optimal committee"
                        + (search.optimal.size() > 1 ? "s" : "") + ": " + Explanation.number(search.best)
                        + " (branch and bound visited " + search.nodes + " partial committees).");
        int[] satisfaction = profile.satisfaction(first);
        double[] weightBySatisfaction = new double[seats + 1];
        for (int b = 0; b < profile.ballotCount; b++) {
            weightBySatisfaction[satisfaction[b]] += profile.weight[b];
        }
        List<List<String>> rows = new ArrayList<>();
        for (int j = 0; j <= seats; j++) {
            if (weightBySatisfaction[j] > 0) {
                rows.add(List.of(Integer.toString(j), Explanation.number(weightBySatisfaction[j]),
                        Explanation.number(ApprovalProfile.harmonic(j)),
                        Explanation.number(weightBySatisfaction[j] * ApprovalProfile.harmonic(j))));
            }
        }
        trace.table("Ballots by approved members of " + profile.names(first),
                List.of("approved members j", "ballot weight", "H(j)", "weight × H(j)"), rows);
        String incomplete = search.optimal.size() == KEPT && search.dropped
                ? "Only the first " + KEPT + " tied optimal committees were kept; others exist." : null;
        return CommitteeReport.build(name(), profile, seats, search.optimal, incomplete, trace.build());
    }

    /** The branch and bound, with its state in primitive arrays. */
    private static final class Search {
        private final ApprovalProfile profile;
        private final int seats;
        private final int[] order;
        private final int[] satisfaction;
        private final int[] committee;
        private final double[] gains;
        private final List<int[]> optimal = new ArrayList<>();
        private double best = Double.NEGATIVE_INFINITY;
        private long nodes;
        private boolean dropped;

        Search(ApprovalProfile profile, int seats) {
            this.profile = profile;
            this.seats = seats;
            double[] approval = new double[profile.candidateCount];
            for (int c = 0; c < approval.length; c++) {
                approval[c] = profile.approvalWeight(c);
            }
            order = IntStream.range(0, profile.candidateCount).boxed()
                    .sorted((x, y) -> Double.compare(approval[y], approval[x])).mapToInt(Integer::intValue).toArray();
            satisfaction = new int[profile.ballotCount];
            committee = new int[seats];
            gains = new double[profile.candidateCount];
        }

        /** Decides order[position..] given {@code taken} members so far scoring {@code score}. */
        void run(int position, int taken, double score) {
            if (++nodes > NODE_LIMIT) {
                throw new VoteException("pav: the exact search passed " + NODE_LIMIT + " nodes without finishing ("
                        + profile.candidateCount + " candidates, " + seats + " seats)", "use rule seq-pav for large elections");
            }
            if (taken == seats) {
                record(score);
                return;
            }
            int needed = seats - taken;
            int left = order.length - position;
            if (left < needed) {
                return;
            }
            for (int i = position; i < order.length; i++) {
                gains[i - position] = gain(order[i]);
            }
            double[] remaining = Arrays.copyOf(gains, left);
            Arrays.sort(remaining);
            double bound = score;
            for (int i = 0; i < needed; i++) {
                bound += remaining[left - 1 - i];
            }
            if (bound < best - TOLERANCE * Math.max(1, Math.abs(best))) {
                return;
            }
            int c = order[position];
            double gain = gain(c);
            committee[taken] = c;
            for (int b : profile.approvers[c]) {
                satisfaction[b]++;
            }
            run(position + 1, taken + 1, score + gain);
            for (int b : profile.approvers[c]) {
                satisfaction[b]--;
            }
            run(position + 1, taken, score);
        }

        private double gain(int c) {
            double total = 0;
            for (int b : profile.approvers[c]) {
                total += profile.weight[b] / (satisfaction[b] + 1);
            }
            return total;
        }

        private void record(double score) {
            double tolerance = TOLERANCE * Math.max(1, Math.abs(score));
            if (score > best + tolerance) {
                best = score;
                optimal.clear();
                dropped = false;
            } else if (score < best - tolerance) {
                return;
            }
            if (optimal.size() < KEPT) {
                int[] sorted = committee.clone();
                Arrays.sort(sorted);
                optimal.add(sorted);
            } else {
                dropped = true;
            }
        }
    }
}
