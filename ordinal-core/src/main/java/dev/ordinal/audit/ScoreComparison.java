package dev.ordinal.audit;

import dev.ordinal.audit.PairVerdicts.Pair;
import dev.ordinal.judgment.Outcome;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Score–comparison inconsistency (Wang et al. 2025, "TrustJudge: Inconsistencies of
 * LLM-as-a-Judge and How to Alleviate Them", section 3): a judge scored items one at a time and
 * also compared them in pairs; within one judge and context, a verdict conflicts with the scores
 * when the lower-scored item wins (a reversal), or when the verdict is strict but the scores are
 * level, or a tie but the scores differ (TrustJudge's conflict ratio counts all three; the
 * reversal rate counts only the first). Scores are level when they differ by at most the
 * tolerance. A judge's scores and verdicts are matched by source, judge and context; several
 * scores of one item are averaged. Cost: O(scores + verdicts).
 */
public final class ScoreComparison {
    private ScoreComparison() {
    }

    /**
     * Counts the conflicts of every judge and context that has verdicts.
     *
     * @param tolerance the largest score difference still read as level, not negative (0: only equal scores)
     * @throws IllegalArgumentException when no verdict has scores for both its items
     */
    public static Breakdown<ScoreComparisonCount> count(PairVerdicts verdicts, List<ScoreLabel> scores,
                                                        double tolerance) {
        if (!(tolerance >= 0) || Double.isInfinite(tolerance)) {
            throw new IllegalArgumentException("score tolerance must be finite and not negative, got " + tolerance);
        }
        Map<JudgeContext, Map<String, double[]>> sums = new LinkedHashMap<>();
        for (ScoreLabel score : scores) {
            double[] sum = sums.computeIfAbsent(score.scope(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(score.item(), key -> new double[2]);
            sum[0] += score.score();
            sum[1]++;
        }
        Map<JudgeContext, ScoreComparisonCount> byScope = new LinkedHashMap<>();
        for (JudgeContext scope : verdicts.scopes()) {
            Map<String, double[]> scored = sums.getOrDefault(scope, Map.of());
            long compared = 0;
            long reversals = 0;
            long mismatches = 0;
            long unscored = 0;
            for (Map.Entry<Pair, Outcome> entry : verdicts.pairs(scope).entrySet()) {
                double[] first = scored.get(entry.getKey().first());
                double[] second = scored.get(entry.getKey().second());
                if (first == null || second == null) {
                    unscored++;
                    continue;
                }
                compared++;
                double difference = first[0] / first[1] - second[0] / second[1];
                boolean level = Math.abs(difference) <= tolerance;
                Outcome verdict = entry.getValue();
                if (verdict == Outcome.TIE) {
                    mismatches += level ? 0 : 1;
                } else if (level) {
                    mismatches++;
                } else if (verdict == Outcome.A ? difference < 0 : difference > 0) {
                    reversals++;
                }
            }
            byScope.put(scope, new ScoreComparisonCount(compared, reversals, mismatches, unscored));
        }
        Breakdown<ScoreComparisonCount> breakdown = Breakdown.of(byScope, ScoreComparisonCount.ZERO,
                ScoreComparisonCount::plus);
        if (breakdown.total().compared() == 0) {
            throw new IllegalArgumentException("none of the " + verdicts.size() + " pairwise verdicts has scores for "
                    + "both its items; scores and verdicts are matched by source, judge and context (" + sums.size()
                    + " judge-contexts have scores)");
        }
        return breakdown;
    }
}
