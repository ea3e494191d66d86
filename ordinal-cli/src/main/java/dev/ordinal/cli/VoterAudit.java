package dev.ordinal.cli;

import static dev.ordinal.cli.AuditInput.count;
import static dev.ordinal.cli.AuditInput.number;

import dev.ordinal.audit.Label;
import dev.ordinal.audit.ScreenedLeaderboards;
import dev.ordinal.audit.SequentialVoterTest;
import dev.ordinal.audit.VotingPatterns;
import dev.ordinal.audit.WorkerEstimate;
import dev.ordinal.audit.WorkerFit;
import dev.ordinal.audit.WorkerModel;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.io.LoadedLabels;
import dev.ordinal.io.report.DotIntervalPlot;
import dev.ordinal.io.report.Estimate;
import dev.ordinal.io.report.Report;
import dev.ordinal.io.report.SlopeChart;
import dev.ordinal.io.report.Table;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.metric.RankingAgreement;
import dev.ordinal.metric.RankingAgreementReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The voters section of {@code ordinal audit}, for sources with several judges (crowd workers, a
 * panel of LLM judges): each voter's skill and position bias from the worker model, the sequential
 * test against the ratings, scripted patterns, and the leaderboard with suspect voters screened.
 */
final class VoterAudit {
    /** Voters listed in the skill table: the least reliable first. */
    static final int LISTED_VOTERS = 15;
    /** Flagged voters listed. */
    static final int LISTED_FLAGS = 20;
    /** The sequential test's tolerated rates of flagging an honest voter and clearing a random one. */
    static final double ALPHA = 0.05;
    static final double BETA = 0.1;

    private VoterAudit() {
    }

    static void voters(Report report, AuditInput input, Runnable step) {
        Report.Section section = report.section("Voters").paragraph("For each source with several judges: a "
                + "Bradley-Terry model with a skill and a left-side bias per voter, P(left) = "
                + "sigmoid(skill * (s_left - s_right) + bias) (skill 1 is the average label, 0 a coin flip, below 0 "
                + "against the ratings; bias > 0 favours the left), with " + input.percent() + "% Laplace intervals; "
                + "Wald's sequential test of each voter's votes against the source's Bradley-Terry ratings "
                + "(H1: random clicks; alpha " + ALPHA + ", beta " + BETA + "); rules for scripted voting; and the "
                + "leaderboard from all labels, without flagged voters, and with labels weighted by skill.");
        List<LoadedLabels> panels = input.sources().stream().filter(source -> AuditInput.judges(source) > 1).toList();
        if (panels.isEmpty()) {
            section.paragraph("Every source has a single judge: nothing to audit per voter.");
            return;
        }
        for (LoadedLabels source : panels) {
            try {
                panel(section, input, source);
            } catch (IllegalArgumentException | NoFiniteEstimateException e) {
                section.paragraph("No voter audit of " + source.source() + ": " + e.getMessage());
            }
            step.run();
        }
    }

    private static void panel(Report.Section section, AuditInput input, LoadedLabels source) {
        List<Label> labels = source.labels();
        String name = source.source();
        WorkerFit fit = WorkerModel.defaults().fit(labels);
        List<WorkerEstimate> enough = fit.workers().stream().filter(WorkerEstimate::enoughLabels).toList();
        long adversarial = enough.stream().filter(WorkerEstimate::adversarial).count();
        long random = enough.stream().filter(WorkerEstimate::indistinguishableFromRandom).count();
        section.paragraph(name + ": " + fit.workers().size() + " voters; " + fit.tooFewLabels().size()
                + " gave too few labels to judge (their estimates mostly repeat the priors)"
                + (enough.isEmpty() ? ", so no voter's skill is reported." : "; of the other " + enough.size() + ", "
                + adversarial + " vote against the ratings (skill interval below 0) and " + random
                + " cannot be told from coin flips (skill interval contains 0).")
                + (fit.converged() ? "" : " The worker model did not converge in " + fit.iterations()
                + " iterations; read its figures with care."));
        List<WorkerEstimate> listed = enough.stream()
                .sorted(Comparator.comparingDouble(WorkerEstimate::skill)).limit(LISTED_VOTERS).toList();
        if (!listed.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (WorkerEstimate worker : listed) {
                rows.add(List.of(name, worker.judge(), count(worker.labels()), number(worker.skill()),
                        number(worker.skillInterval().lower()), number(worker.skillInterval().upper()),
                        number(worker.bias()), number(worker.biasInterval().lower()),
                        number(worker.biasInterval().upper()),
                        worker.adversarial() ? "adversarial" : worker.indistinguishableFromRandom() ? "random" : ""));
            }
            section.table(new Table(List.of("source", "voter", "labels", "skill", "skill lower", "skill upper",
                    "bias", "bias lower", "bias upper", "finding"), rows));
            section.chart(name + ": the " + listed.size() + " least reliable voters' skill, with "
                    + input.percent() + "% intervals", new DotIntervalPlot(listed.stream()
                    .map(worker -> Estimate.of(worker.judge() + " (" + worker.labels() + ")", worker.skill(),
                            worker.skillInterval().lower(), worker.skillInterval().upper())).toList(), "skill", 2));
        }

        ComparisonTable table = ScreenedLeaderboards.table(labels, label -> 1);
        Fit ratings = MaximumLikelihood.fit(input.request().model().likelihood(table), table.items(),
                input.request().fit());
        List<SequentialVoterTest.Verdict> verdicts = new SequentialVoterTest(ALPHA, BETA,
                SequentialVoterTest.Alternative.RANDOM).testAll(labels, table.items(), ratings.strengths());
        Map<SequentialVoterTest.Decision, Long> decisions = verdicts.stream()
                .collect(Collectors.groupingBy(SequentialVoterTest.Verdict::decision, Collectors.counting()));
        List<SequentialVoterTest.Verdict> flagged = verdicts.stream()
                .filter(verdict -> verdict.decision() == SequentialVoterTest.Decision.FLAGGED).toList();
        section.paragraph(name + ", sequential test: " + decisions.getOrDefault(SequentialVoterTest.Decision.FLAGGED, 0L)
                + " flagged, " + decisions.getOrDefault(SequentialVoterTest.Decision.CLEARED, 0L) + " cleared, "
                + decisions.getOrDefault(SequentialVoterTest.Decision.UNDECIDED, 0L) + " undecided (their votes ran "
                + "out first)." + (flagged.isEmpty() ? "" : " Flagged:"));
        if (!flagged.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (SequentialVoterTest.Verdict verdict : flagged.subList(0, Math.min(LISTED_FLAGS, flagged.size()))) {
                rows.add(List.of(name, verdict.judge(), count(verdict.votes()), count(verdict.decidedAt()),
                        count(verdict.decisiveVotes()), number(verdict.logLikelihoodRatio())));
            }
            section.table(new Table(List.of("source", "voter", "votes", "decided at vote", "decisive votes used",
                    "log likelihood ratio"), rows));
        }

        List<VotingPatterns.Finding> findings = VotingPatterns.defaults().find(labels);
        if (findings.isEmpty()) {
            section.paragraph(name + ", voting patterns: none found (duplicate votes on a unit, runs of at least 10 "
                    + "identical or alternating votes, sequences shared with another voter).");
        } else {
            section.paragraph(name + ", voting patterns:");
            section.table(new Table(List.of("source", "voter", "pattern", "votes", "detail"), findings.stream()
                    .map(finding -> List.of(name, finding.judge(), finding.kind().name().toLowerCase(java.util.Locale.ROOT)
                            .replace('_', ' '), count(finding.votes()), finding.detail())).toList()));
        }

        ScreenedLeaderboards.Comparison screened = ScreenedLeaderboards.sideBySide(labels, verdicts, fit,
                input.request());
        int k = Math.min(input.topK(), screened.all().items().size());
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(name, "all labels", count(fit.workers().size()), "1", "1"));
        Map<String, Leaderboard> variants = Map.of("without flagged voters", screened.withoutFlagged(),
                "weighted by skill", screened.weighted());
        for (String variant : List.of("without flagged voters", "weighted by skill")) {
            RankingAgreementReport agreement = RankingAgreement.between(screened.all(), variants.get(variant),
                    Math.max(1, k));
            int voters = variant.startsWith("without") ? fit.workers().size() - screened.removedVoters()
                    : fit.workers().size();
            rows.add(List.of(name, variant, count(voters), number(AuditInput.value(agreement.kendallTau())),
                    number(AuditInput.value(agreement.topKOverlap()))));
        }
        section.paragraph(name + ": leaderboards with voters screened, against the one from all labels (Kendall's "
                + "tau and top-" + k + " overlap).");
        section.table(new Table(List.of("source", "leaderboard", "voters", "kendall tau vs all",
                "top-k overlap vs all"), rows));
        Function<Leaderboard, List<String>> order = board -> board.items().stream().map(Leaderboard.Entry::name)
                .toList();
        section.chart(name + ": all labels vs without flagged voters",
                new SlopeChart("all labels", order.apply(screened.all()), "without flagged",
                        order.apply(screened.withoutFlagged())));
        section.chart(name + ": all labels vs weighted by skill",
                new SlopeChart("all labels", order.apply(screened.all()), "weighted by skill",
                        order.apply(screened.weighted())));
    }
}
