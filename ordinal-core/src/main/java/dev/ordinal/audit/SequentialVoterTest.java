package dev.ordinal.audit;

import dev.ordinal.fit.Logistic;
import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Wald's sequential probability ratio test, run per voter over their votes in time order, for
 * voters whose votes are improbable under the current ratings (A. Wald, "Sequential tests of
 * statistical hypotheses", Annals of Mathematical Statistics 16:117–186, 1945), the kind of
 * per-user sequential screening Chatbot Arena describes for spotting anomalous voters
 * (W.-L. Chiang et al., "Chatbot Arena", ICML 2024).
 *
 * <p>H0: each decisive vote follows the ratings, P(left) = σ(s_left − s_right). H1 is either
 * {@link Alternative#RANDOM} (P(left) = ½, a random clicker) or {@link Alternative#ADVERSARIAL}
 * (P(left) = σ(s_right − s_left), a voter who reverses the ratings). After each decisive vote the
 * log-likelihood ratio Λ = Σ log P1(vote)/P0(vote) is compared with Wald's boundaries: the voter
 * is flagged when Λ ≥ log((1 − β)/α) and cleared when Λ ≤ log(β/(1 − α)), and the test stops.
 * Wald's approximations bound the share of H0 voters flagged by about α/(1 − β) and of H1 voters
 * cleared by about β/(1 − α). Ties carry no probability under the halved-tie ratings and are
 * skipped. Cost: O(votes).
 */
public final class SequentialVoterTest {
    /** What a flagged voter is taken to do instead of following the ratings. */
    public enum Alternative {
        /** Each side with probability ½. */
        RANDOM,
        /** The ratings reversed: P(left) = σ(s_right − s_left). */
        ADVERSARIAL
    }

    /** Where a voter's test ended. */
    public enum Decision {
        /** Λ crossed the upper boundary: the votes look like H1. */
        FLAGGED,
        /** Λ crossed the lower boundary: the votes look like the ratings. */
        CLEARED,
        /** The votes ran out between the boundaries. */
        UNDECIDED
    }

    /**
     * One voter's result.
     *
     * @param source             the votes' source
     * @param judge              the voter
     * @param decision           how the test ended
     * @param decidedAt          the 1-based position, in the voter's own sequence, of the vote at which
     *                           the test stopped; the number of votes when undecided
     * @param decisiveVotes      the decisive (non-tie) votes the test used up to that point
     * @param votes              all the voter's votes
     * @param logLikelihoodRatio Λ when the test stopped
     */
    public record Verdict(String source, String judge, Decision decision, int decidedAt, int decisiveVotes, int votes,
                          double logLikelihoodRatio) {
    }

    private final double upper;
    private final double lower;
    private final Alternative alternative;

    /**
     * @param alpha       the tolerated rate of flagging a voter who follows the ratings, in (0, 1)
     * @param beta        the tolerated rate of clearing a voter who follows H1, in (0, 1), with α + β &lt; 1
     * @param alternative H1
     */
    public SequentialVoterTest(double alpha, double beta, Alternative alternative) {
        if (!(alpha > 0 && alpha < 1) || !(beta > 0 && beta < 1) || !(alpha + beta < 1)) {
            throw new IllegalArgumentException("the error rates must lie in (0, 1) with alpha + beta < 1, got alpha "
                    + alpha + " and beta " + beta);
        }
        this.upper = Math.log((1 - beta) / alpha);
        this.lower = Math.log(beta / (1 - alpha));
        this.alternative = alternative;
    }

    /**
     * Tests every voter (a distinct source and judge) in {@code labels}, whose order is taken as
     * time order, against ratings {@code strengths} (natural-log strengths indexed as in
     * {@code items}). Voters are reported in order of first appearance.
     *
     * @throws IllegalArgumentException when a label names an item the ratings do not have
     */
    public List<Verdict> testAll(List<Label> labels, Items items, double[] strengths) {
        if (strengths.length != items.size()) {
            throw new IllegalArgumentException("expected " + items.size() + " strengths, one per item, got "
                    + strengths.length);
        }
        Map<List<String>, List<Label>> byVoter = new LinkedHashMap<>();
        for (Label label : labels) {
            byVoter.computeIfAbsent(List.of(label.source(), label.judge()), key -> new ArrayList<>()).add(label);
        }
        List<Verdict> verdicts = new ArrayList<>();
        byVoter.forEach((voter, votes) -> verdicts.add(test(voter.get(0), voter.get(1), votes, items, strengths)));
        return verdicts;
    }

    private Verdict test(String source, String judge, List<Label> votes, Items items, double[] strengths) {
        double ratio = 0;
        int decisive = 0;
        for (int k = 0; k < votes.size(); k++) {
            Label vote = votes.get(k);
            double difference = strengths[index(items, vote.left(), vote)] - strengths[index(items, vote.right(), vote)];
            if (vote.outcome().isTie()) {
                continue;
            }
            decisive++;
            // The chosen side's margin: the left's lead for a left vote, the right's for a right vote.
            double margin = vote.outcome() == dev.ordinal.judgment.Outcome.A ? difference : -difference;
            double logNull = Logistic.logSigma(margin);
            double logAlternative = alternative == Alternative.RANDOM ? -Math.log(2) : Logistic.logSigma(-margin);
            ratio += logAlternative - logNull;
            if (ratio >= upper) {
                return new Verdict(source, judge, Decision.FLAGGED, k + 1, decisive, votes.size(), ratio);
            }
            if (ratio <= lower) {
                return new Verdict(source, judge, Decision.CLEARED, k + 1, decisive, votes.size(), ratio);
            }
        }
        return new Verdict(source, judge, Decision.UNDECIDED, votes.size(), decisive, votes.size(), ratio);
    }

    private static int index(Items items, String item, Label vote) {
        return items.indexOf(item).orElseThrow(() -> new IllegalArgumentException("voter '" + vote.judge()
                + "' voted on unit '" + vote.unit() + "' with item '" + item + "', which the ratings do not include"));
    }
}
