package dev.ordinal.vote;

import dev.ordinal.error.Require;
import dev.ordinal.judgment.Items;
import java.util.Map;

/**
 * The approval reading of some ballots as primitive arrays, shared by the approval rules and the
 * EJR check: for each distinct ballot its approved candidates and weight, for each candidate the
 * ballots approving it. Ballots are read as approvals when they are dichotomous (approved = first
 * group); otherwise the rule's {@code approve-top=K} option must say how to read them.
 */
final class ApprovalProfile {
    /** The option all approval rules accept. */
    static final String APPROVE_TOP = "approve-top";

    final Items candidates;
    final int candidateCount;
    final int ballotCount;
    /** approved[b]: the candidates ballot b approves, ascending. */
    final int[][] approved;
    /** approvers[c]: the ballots approving candidate c, ascending. */
    final int[][] approvers;
    /** approves[b][c]. */
    final boolean[][] approves;
    final double[] weight;
    final double totalWeight;

    private ApprovalProfile(Ballots ballots) {
        candidates = ballots.candidates();
        candidateCount = ballots.candidateCount();
        ballotCount = ballots.size();
        approved = new int[ballotCount][];
        approves = new boolean[ballotCount][candidateCount];
        weight = new double[ballotCount];
        int[] approverCounts = new int[candidateCount];
        double total = 0;
        for (int b = 0; b < ballotCount; b++) {
            weight[b] = ballots.weight(b);
            total += weight[b];
            int count = 0;
            for (int c = 0; c < candidateCount; c++) {
                if (ballots.approves(b, c)) {
                    approves[b][c] = true;
                    approverCounts[c]++;
                    count++;
                }
            }
            approved[b] = new int[count];
            int position = 0;
            for (int c = 0; c < candidateCount; c++) {
                if (approves[b][c]) {
                    approved[b][position++] = c;
                }
            }
        }
        totalWeight = total;
        approvers = new int[candidateCount][];
        for (int c = 0; c < candidateCount; c++) {
            approvers[c] = new int[approverCounts[c]];
        }
        int[] filled = new int[candidateCount];
        for (int b = 0; b < ballotCount; b++) {
            for (int c : approved[b]) {
                approvers[c][filled[c]++] = b;
            }
        }
    }

    /**
     * The approvals of {@code ballots} for {@code rule}: with {@code approveTop > 0} each ballot's
     * top groups up to its {@code approveTop}-th candidate ({@link Ballots#approvingTop(int)});
     * otherwise the ballots must be dichotomous.
     */
    static ApprovalProfile of(Ballots ballots, int approveTop, String rule) {
        if (approveTop > 0) {
            return new ApprovalProfile(ballots.approvingTop(approveTop));
        }
        if (!ballots.dichotomous()) {
            throw new VoteException("rule '" + rule + "' needs approval ballots: every ballot dichotomous, its approved "
                    + "candidates in its first group and the others unranked or in one group below; these ballots rank "
                    + "more levels than that. Pass " + APPROVE_TOP + "=K to approve each ballot's top K candidates.");
        }
        return new ApprovalProfile(ballots);
    }


    /** Fails unless a committee of {@code seats} can be drawn from these candidates. */
    void requireSeats(int seats, String rule) {
        if (seats > candidateCount) {
            throw new VoteException("rule '" + rule + "' cannot fill " + seats + " seats from " + candidateCount
                    + " candidates", "set seats to " + candidateCount + " or fewer");
        }
    }

    /** Total weight of the ballots approving candidate {@code c}. */
    double approvalWeight(int c) {
        double total = 0;
        for (int b : approvers[c]) {
            total += weight[b];
        }
        return total;
    }

    /** For each ballot, how many members of {@code committee} it approves. */
    int[] satisfaction(int[] committee) {
        int[] count = new int[ballotCount];
        for (int c : committee) {
            for (int b : approvers[c]) {
                count[b]++;
            }
        }
        return count;
    }

    /** The PAV score of a committee: sum over ballots of weight × H(number of approved members). */
    double pavScore(int[] committee) {
        int[] count = satisfaction(committee);
        double score = 0;
        for (int b = 0; b < ballotCount; b++) {
            score += weight[b] * harmonic(count[b]);
        }
        return score;
    }

    static double harmonic(int j) {
        double h = 0;
        for (int i = 1; i <= j; i++) {
            h += 1.0 / i;
        }
        return h;
    }

    /** Candidate names of {@code committee}, in the given order, as "{a, b, c}". */
    String names(int[] committee) {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < committee.length; i++) {
            text.append(i == 0 ? "" : ", ").append(candidates.name(committee[i]));
        }
        return text.append('}').toString();
    }
}
