package dev.ordinal.vote;

import dev.ordinal.error.Require;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Approval voting (Brams &amp; Fishburn 1978): each ballot approves its first group (or its top
 * {@code approve-top} candidates) and candidates rank by total approval weight. With one seat the
 * most approved candidates win; with more seats the {@code seats} most approved (multi-winner
 * approval voting, "AV" in Lackner &amp; Skowron 2023), every candidate tied with the last of them
 * winning too, so a tie for the last seat shows as more winners than seats.
 */
public final class ApprovalVoting implements VotingRule {
    private final int seats;
    private final int approveTop;

    /** @param approveTop read ballots as approving their top K candidates; 0 to require dichotomous ballots */
    public ApprovalVoting(int seats, int approveTop) {
        this.seats = Require.atLeast("seats", seats, 1);
        this.approveTop = Require.atLeast("approve-top", approveTop, 0);
    }

    @Override
    public String name() {
        return "approval";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.MAJORITY, Trait.RANKING, Trait.MULTI_WINNER, Trait.NEEDS_APPROVALS);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        ApprovalProfile profile = ApprovalProfile.of(ballots, approveTop, name());
        profile.requireSeats(seats, name());
        double[] approvals = new double[profile.candidateCount];
        for (int c = 0; c < approvals.length; c++) {
            approvals[c] = profile.approvalWeight(c);
        }
        List<int[]> ranking = VoteResult.groupsByScore(approvals);
        List<Integer> winners = new ArrayList<>();
        for (int[] group : ranking) {
            if (winners.size() >= seats) {
                break;
            }
            for (int c : group) {
                winners.add(c);
            }
        }
        VoteResult.Builder result = VoteResult.builder(name(), profile.candidates).seats(seats)
                .rankByScores("approvals", approvals)
                .winners(winners.stream().mapToInt(Integer::intValue).toArray())
                .explain(Explanation.builder().scores("Approvals", "approval weight", approvals, profile.candidates).build());
        if (winners.size() > seats) {
            result.note(winners.size() + " candidates tie for " + seats + (seats == 1 ? " seat" : " seats")
                    + ": all of them are listed as winners.");
        }
        if (seats > 1) {
            int[] committee = winners.stream().mapToInt(Integer::intValue).toArray();
            if (committee.length == seats) {
                result.note(JustifiedRepresentation.check(profile, committee).describe(profile, committee));
            }
        }
        return result.build();
    }
}
