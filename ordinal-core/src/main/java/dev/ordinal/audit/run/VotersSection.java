package dev.ordinal.audit.run;

import dev.ordinal.audit.ScreenedLeaderboards;
import dev.ordinal.audit.SequentialVoterTest;
import dev.ordinal.audit.VotingPatterns;
import dev.ordinal.audit.WorkerEstimate;
import dev.ordinal.audit.WorkerFit;
import java.util.List;

/**
 * The Voters section, for each source with several judges (crowd workers, a panel of LLM judges).
 *
 * @param alpha  the sequential test's tolerated rate of flagging an honest voter
 * @param beta   its tolerated rate of clearing a random one
 * @param panels one attempt per multi-judge source, in order; none when every source has one judge
 */
public record VotersSection(double alpha, double beta, List<Attempt<Panel>> panels) {
    public VotersSection {
        panels = List.copyOf(panels);
    }

    /**
     * One source's voters.
     *
     * @param fit           the worker model's fit: a skill and a left-side bias per voter
     * @param enough        the voters with enough labels to be judged
     * @param leastReliable the least skilled of those, lowest first, at most 15
     * @param verdicts      Wald's sequential test of each voter against the source's ratings
     * @param flagged       the flagged voters, in the test's order
     * @param cleared       how many voters the test cleared
     * @param undecided     how many ran out of votes first
     * @param findings      scripted-voting patterns
     * @param screened      the leaderboard from all labels, without flagged voters, and weighted by skill
     * @param screenings    each screened leaderboard against the one from all labels
     * @param k             the top-k overlap's k
     */
    public record Panel(WorkerFit fit, List<WorkerEstimate> enough, List<WorkerEstimate> leastReliable,
                        List<SequentialVoterTest.Verdict> verdicts, List<SequentialVoterTest.Verdict> flagged,
                        long cleared, long undecided, List<VotingPatterns.Finding> findings,
                        ScreenedLeaderboards.Comparison screened, List<Screening> screenings, int k) {
        public Panel {
            enough = List.copyOf(enough);
            leastReliable = List.copyOf(leastReliable);
            verdicts = List.copyOf(verdicts);
            flagged = List.copyOf(flagged);
            findings = List.copyOf(findings);
            screenings = List.copyOf(screenings);
        }

        /** Voters whose skill interval lies below 0: they vote against the ratings. */
        public long adversarial() {
            return enough.stream().filter(WorkerEstimate::adversarial).count();
        }

        /** Voters whose skill interval contains 0: they cannot be told from coin flips. */
        public long random() {
            return enough.stream().filter(WorkerEstimate::indistinguishableFromRandom).count();
        }
    }

    /**
     * A leaderboard with voters screened, against the one from all labels.
     *
     * @param leaderboard which: {@code without flagged voters} or {@code weighted by skill}
     * @param voters      how many voters it keeps
     * @param kendallTau  Kendall's τ with the one from all labels (NaN when undefined)
     * @param topKOverlap the top-k overlap with it (NaN when undefined)
     */
    public record Screening(String leaderboard, int voters, double kendallTau, double topKOverlap) {
    }
}
