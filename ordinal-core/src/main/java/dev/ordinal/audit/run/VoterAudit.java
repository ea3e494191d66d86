package dev.ordinal.audit.run;

import dev.ordinal.error.DataException;
import dev.ordinal.audit.Label;
import dev.ordinal.audit.ScreenedLeaderboards;
import dev.ordinal.audit.SequentialVoterTest;
import dev.ordinal.audit.VotingPatterns;
import dev.ordinal.audit.WorkerEstimate;
import dev.ordinal.audit.WorkerFit;
import dev.ordinal.audit.WorkerModel;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.metric.RankingAgreement;
import dev.ordinal.metric.RankingAgreementReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Computes the {@link VotersSection}: per multi-judge source, the {@link WorkerModel} (a skill and
 * a position bias per voter), {@link SequentialVoterTest Wald's sequential test} of each voter
 * against the source's Bradley–Terry ratings (H1: random clicks), {@link VotingPatterns} and
 * {@link ScreenedLeaderboards}.
 */
final class VoterAudit {
    /** Voters listed as least reliable. */
    static final int LISTED_VOTERS = 15;
    /** The sequential test's tolerated rate of flagging an honest voter (its type I error). */
    static final double ALPHA = 0.05;
    /** The sequential test's tolerated rate of clearing a random voter (its type II error). */
    static final double BETA = 0.1;

    private VoterAudit() {
    }

    static VotersSection run(AuditRequest request, Runnable step) {
        List<Attempt<VotersSection.Panel>> panels = new ArrayList<>();
        for (AuditSource source : request.sources()) {
            if (!source.isPanel()) {
                continue;
            }
            try {
                panels.add(Attempt.of(source.name(), panel(source.labels(), request.settings())));
            } catch (IllegalArgumentException | DataException e) {
                panels.add(Attempt.failed(source.name(), Attempt.reason(e)));
            }
            step.run();
        }
        return new VotersSection(ALPHA, BETA, panels);
    }

    private static VotersSection.Panel panel(List<Label> labels, AuditSettings settings) {
        LeaderboardRequest fitRequest = settings.leaderboardRequest();
        WorkerFit fit = WorkerModel.defaults().fit(labels);
        List<WorkerEstimate> enough = fit.workers().stream().filter(WorkerEstimate::enoughLabels).toList();
        List<WorkerEstimate> leastReliable = enough.stream()
                .sorted(Comparator.comparingDouble(WorkerEstimate::skill)).limit(LISTED_VOTERS).toList();

        ComparisonTable table = ScreenedLeaderboards.table(labels, label -> 1);
        Fit ratings = MaximumLikelihood.fit(fitRequest.model().likelihood(table), table.items(), fitRequest.fit());
        List<SequentialVoterTest.Verdict> verdicts = new SequentialVoterTest(ALPHA, BETA,
                SequentialVoterTest.Alternative.RANDOM).testAll(labels, table.items(), ratings.strengths());
        List<SequentialVoterTest.Verdict> flagged = verdicts.stream()
                .filter(verdict -> verdict.decision() == SequentialVoterTest.Decision.FLAGGED).toList();
        long cleared = verdicts.stream()
                .filter(verdict -> verdict.decision() == SequentialVoterTest.Decision.CLEARED).count();
        long undecided = verdicts.stream()
                .filter(verdict -> verdict.decision() == SequentialVoterTest.Decision.UNDECIDED).count();

        List<VotingPatterns.Finding> findings = VotingPatterns.defaults().find(labels);

        ScreenedLeaderboards.Comparison screened = ScreenedLeaderboards.sideBySide(labels, verdicts, fit, fitRequest);
        int k = Math.min(settings.topK(), screened.all().items().size());
        List<VotersSection.Screening> screenings = new ArrayList<>();
        screenings.add(screening("without flagged voters", fit.workers().size() - screened.removedVoters(),
                screened.all(), screened.withoutFlagged(), k));
        screenings.add(screening("weighted by skill", fit.workers().size(), screened.all(), screened.weighted(), k));
        return new VotersSection.Panel(fit, enough, leastReliable, verdicts, flagged, cleared, undecided, findings,
                screened, screenings, k);
    }

    private static VotersSection.Screening screening(String name, int voters, Leaderboard all, Leaderboard screened,
                                                     int k) {
        RankingAgreementReport agreement = RankingAgreement.between(all, screened, Math.max(1, k));
        return new VotersSection.Screening(name, voters, agreement.kendallTau().value().orElse(Double.NaN),
                agreement.topKOverlap().value().orElse(Double.NaN));
    }
}
