package dev.ordinal.io.audit;

import static dev.ordinal.io.audit.AuditCells.count;
import static dev.ordinal.io.audit.AuditCells.number;

import dev.ordinal.audit.SequentialVoterTest;
import dev.ordinal.audit.VotingPatterns;
import dev.ordinal.audit.WorkerEstimate;
import dev.ordinal.audit.WorkerFit;
import dev.ordinal.audit.run.Attempt;
import dev.ordinal.audit.run.AuditResult;
import dev.ordinal.audit.run.VotersSection;
import dev.ordinal.io.report.DotIntervalPlot;
import dev.ordinal.io.report.Estimate;
import dev.ordinal.io.report.Report;
import dev.ordinal.io.report.SlopeChart;
import dev.ordinal.io.report.Table;
import dev.ordinal.leaderboard.Leaderboard;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The report's Voters section, for sources with several judges. */
final class VoterSections {
    /** Flagged voters listed. */
    static final int LISTED_FLAGS = 20;

    private VoterSections() {
    }

    static void voters(Report report, AuditResult result) {
        VotersSection voters = result.voters();
        String percent = AuditCells.percent(result.settings());
        Report.Section section = report.section("Voters").paragraph("For each source with several judges: a "
                + "Bradley-Terry model with a skill and a left-side bias per voter, P(left) = "
                + "sigmoid(skill * (s_left - s_right) + bias) (skill 1 is the average label, 0 a coin flip, below 0 "
                + "against the ratings; bias > 0 favours the left), with " + percent + "% Laplace intervals; "
                + "Wald's sequential test of each voter's votes against the source's Bradley-Terry ratings "
                + "(H1: random clicks; alpha " + voters.alpha() + ", beta " + voters.beta() + "); rules for scripted "
                + "voting; and the leaderboard from all labels, without flagged voters, and with labels weighted by "
                + "skill.");
        if (voters.panels().isEmpty()) {
            section.paragraph("Every source has a single judge: nothing to audit per voter.");
            return;
        }
        for (Attempt<VotersSection.Panel> panel : voters.panels()) {
            if (panel.failure().isPresent()) {
                section.paragraph("No voter audit of " + panel.subject() + ": " + panel.failure().get());
            } else {
                panel(section, panel.subject(), panel.value().orElseThrow(), percent);
            }
        }
    }

    private static void panel(Report.Section section, String name, VotersSection.Panel panel, String percent) {
        WorkerFit fit = panel.fit();
        List<WorkerEstimate> enough = panel.enough();
        section.paragraph(name + ": " + fit.workers().size() + " voters; " + fit.tooFewLabels().size()
                + " gave too few labels to judge (their estimates mostly repeat the priors)"
                + (enough.isEmpty() ? ", so no voter's skill is reported." : "; of the other " + enough.size() + ", "
                + panel.adversarial() + " vote against the ratings (skill interval below 0) and " + panel.random()
                + " cannot be told from coin flips (skill interval contains 0).")
                + (fit.converged() ? "" : " The worker model did not converge in " + fit.iterations()
                + " iterations; read its figures with care."));
        List<WorkerEstimate> listed = panel.leastReliable();
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
                    + percent + "% intervals", new DotIntervalPlot(listed.stream()
                    .map(worker -> Estimate.of(worker.judge() + " (" + worker.labels() + ")", worker.skill(),
                            worker.skillInterval().lower(), worker.skillInterval().upper())).toList(), "skill", 2));
        }

        List<SequentialVoterTest.Verdict> flagged = panel.flagged();
        section.paragraph(name + ", sequential test: " + flagged.size() + " flagged, " + panel.cleared()
                + " cleared, " + panel.undecided() + " undecided (their votes ran out first)."
                + (flagged.isEmpty() ? "" : " Flagged:"));
        if (!flagged.isEmpty()) {
            List<List<String>> rows = new ArrayList<>();
            for (SequentialVoterTest.Verdict verdict : flagged.subList(0, Math.min(LISTED_FLAGS, flagged.size()))) {
                rows.add(List.of(name, verdict.judge(), count(verdict.votes()), count(verdict.decidedAt()),
                        count(verdict.decisiveVotes()), number(verdict.logLikelihoodRatio())));
            }
            section.table(new Table(List.of("source", "voter", "votes", "decided at vote", "decisive votes used",
                    "log likelihood ratio"), rows));
        }

        List<VotingPatterns.Finding> findings = panel.findings();
        if (findings.isEmpty()) {
            section.paragraph(name + ", voting patterns: none found (duplicate votes on a unit, runs of at least 10 "
                    + "identical or alternating votes, sequences shared with another voter).");
        } else {
            section.paragraph(name + ", voting patterns:");
            section.table(new Table(List.of("source", "voter", "pattern", "votes", "detail"), findings.stream()
                    .map(finding -> List.of(name, finding.judge(), finding.kind().name().toLowerCase(Locale.ROOT)
                            .replace('_', ' '), count(finding.votes()), finding.detail())).toList()));
        }

        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of(name, "all labels", count(fit.workers().size()), "1", "1"));
        for (VotersSection.Screening screening : panel.screenings()) {
            rows.add(List.of(name, screening.leaderboard(), count(screening.voters()),
                    number(screening.kendallTau()), number(screening.topKOverlap())));
        }
        section.paragraph(name + ": leaderboards with voters screened, against the one from all labels (Kendall's "
                + "tau and top-" + panel.k() + " overlap).");
        section.table(new Table(List.of("source", "leaderboard", "voters", "kendall tau vs all",
                "top-k overlap vs all"), rows));
        section.chart(name + ": all labels vs without flagged voters",
                new SlopeChart("all labels", order(panel.screened().all()), "without flagged",
                        order(panel.screened().withoutFlagged())));
        section.chart(name + ": all labels vs weighted by skill",
                new SlopeChart("all labels", order(panel.screened().all()), "weighted by skill",
                        order(panel.screened().weighted())));
    }

    private static List<String> order(Leaderboard board) {
        return board.items().stream().map(Leaderboard.Entry::name).toList();
    }
}
