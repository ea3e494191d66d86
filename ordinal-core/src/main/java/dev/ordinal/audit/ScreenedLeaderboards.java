package dev.ordinal.audit;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleFunction;

/**
 * What a leaderboard looks like when voters' labels are screened: all labels, the labels of
 * voters the {@link SequentialVoterTest} flagged removed, and every label weighted by its voter's
 * reliability from the {@link WorkerModel}. A label's weight multiplies its count in the
 * {@link ComparisonTable}, so a weighted Bradley–Terry fit maximises Σ weight · log-likelihood.
 */
public final class ScreenedLeaderboards {
    /**
     * The three leaderboards side by side.
     *
     * @param all            from every label
     * @param withoutFlagged from the labels of voters not flagged
     * @param weighted       from every label, weighted by its voter's reliability
     * @param removedVoters  how many voters were flagged and removed
     */
    public record Comparison(Leaderboard all, Leaderboard withoutFlagged, Leaderboard weighted, int removedVoters) {
    }

    private ScreenedLeaderboards() {
    }

    /**
     * A table of the labels, each with the weight {@code weight} gives it; labels weighted 0 or
     * less are left out.
     *
     * @throws IllegalArgumentException when no label keeps a positive weight
     */
    public static ComparisonTable table(List<Label> labels, ToDoubleFunction<Label> weight) {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        int kept = 0;
        for (Label label : labels) {
            double w = weight.applyAsDouble(label);
            if (w > 0) {
                builder.add(label.left(), label.right(), label.outcome(), w);
                kept++;
            }
        }
        if (kept == 0) {
            throw new IllegalArgumentException("no label is left to rank: all " + labels.size()
                    + " labels come from removed or zero-weight voters");
        }
        return builder.build();
    }

    /** The labels of voters the test did not flag, each with weight 1. */
    public static ComparisonTable withoutFlagged(List<Label> labels, List<SequentialVoterTest.Verdict> verdicts) {
        Set<List<String>> flagged = new HashSet<>();
        for (SequentialVoterTest.Verdict verdict : verdicts) {
            if (verdict.decision() == SequentialVoterTest.Decision.FLAGGED) {
                flagged.add(List.of(verdict.source(), verdict.judge()));
            }
        }
        return table(labels, label -> flagged.contains(List.of(label.source(), label.judge())) ? 0 : 1);
    }

    /**
     * Every label weighted by its voter's skill, floored at 0 (a voter no better than chance, or
     * worse, counts for nothing). A voter with too few labels to judge, or missing from the fit,
     * gets weight 1, that of the average label.
     */
    public static ComparisonTable weightedBySkill(List<Label> labels, WorkerFit fit) {
        Map<List<String>, Double> weights = new HashMap<>();
        for (WorkerEstimate worker : fit.workers()) {
            weights.put(List.of(worker.source(), worker.judge()),
                    worker.enoughLabels() ? Math.max(worker.skill(), 0) : 1.0);
        }
        return table(labels, label -> weights.getOrDefault(List.of(label.source(), label.judge()), 1.0));
    }

    /** The three leaderboards, each ranked with {@code request}. */
    public static Comparison sideBySide(List<Label> labels, List<SequentialVoterTest.Verdict> verdicts, WorkerFit fit,
                                        LeaderboardRequest request) {
        int removed = (int) verdicts.stream().filter(v -> v.decision() == SequentialVoterTest.Decision.FLAGGED).count();
        return new Comparison(Leaderboards.rank(table(labels, label -> 1), request),
                Leaderboards.rank(withoutFlagged(labels, verdicts), request),
                Leaderboards.rank(weightedBySkill(labels, fit), request), removed);
    }
}
