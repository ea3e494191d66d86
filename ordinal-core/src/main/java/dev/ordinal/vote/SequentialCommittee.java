package dev.ordinal.vote;

import dev.ordinal.error.Require;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The shape the sequential approval-committee rules share (seq-PAV, seq-Phragmén, the Method of
 * Equal Shares): read the ballots as approvals, fill the seats one at a time, follow every tie
 * ({@link TieResolutions}) and report each run's selections in one table
 * ({@link CommitteeReport#sequential}). A rule supplies its name and one run.
 */
abstract class SequentialCommittee implements VotingRule {
    /** Relative slack under which two scores count as tied. */
    static final double TOLERANCE = 1e-9;
    final int seats;
    private final int approveTop;
    private final String tableTitle;
    private final List<String> tableColumns;

    /**
     * @param approveTop   read ballots as approving their top K candidates; 0 to require dichotomous ballots
     * @param tableTitle   the title of the explanation's selections table
     * @param tableColumns its columns
     */
    SequentialCommittee(int seats, int approveTop, String tableTitle, List<String> tableColumns) {
        this.seats = Require.atLeast("seats", seats, 1);
        this.approveTop = Require.atLeast("approve-top", approveTop, 0);
        this.tableTitle = tableTitle;
        this.tableColumns = List.copyOf(tableColumns);
    }

    @Override
    public final Set<Trait> traits() {
        return EnumSet.of(Trait.MULTI_WINNER, Trait.NEEDS_APPROVALS);
    }

    @Override
    public final VoteResult apply(Ballots ballots) {
        ApprovalProfile profile = ApprovalProfile.of(ballots, approveTop, name());
        profile.requireSeats(seats, name());
        TieResolutions.Outcome<CommitteeReport.Selection> outcome = TieResolutions.explore(chooser -> run(profile, chooser));
        return CommitteeReport.sequential(name(), profile, seats, outcome, tableTitle, tableColumns);
    }

    /** One run of the rule with its ties broken by {@code chooser}: the committee in election order and its rows. */
    abstract CommitteeReport.Selection run(ApprovalProfile profile, TieResolutions.Chooser chooser);
}
