package dev.ordinal.vote;

import dev.ordinal.error.Require;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.TDistribution;

/**
 * Duel scoring, after Fajcik et al. 2024, "BenCzechMark: A Czech-centric Multitask and Multimetric
 * Benchmark for Large Language Models with Duel Scoring Mechanism": on every task, every system
 * duels every other system scored on it, and wins the duel only if its per-example scores are
 * significantly better at level α. A system's <em>win score</em> on a task is the share of its
 * duels there that it won; its category win score is the mean of its win scores over the tasks
 * of the category, and its overall score the mean of its category win scores (each task is its
 * own category when none are given, so the overall score is then the mean over tasks). Means
 * run over the tasks (categories) where the system has a win score.
 *
 * <p>The test. BenCzechMark uses a one-tailed paired t-test for accuracy and exact match, a
 * Bayesian test for AUROC and bootstrapping for perplexity and summarisation metrics (leaderboard
 * "About" page). Here every task uses the one-tailed paired t-test on the per-example
 * differences dᵢ = xᵢ − yᵢ (yᵢ − xᵢ on lower-is-better tasks) over the examples both systems
 * scored: t = mean(d) / (sd(d)/√n) with n − 1 degrees of freedom, p = P(T ≥ t), and A wins if
 * p &lt; α. With sd(d) = 0 the p-value is 0, ½ or 1 as mean(d) is positive, zero or negative;
 * with fewer than two paired examples there is no test and neither side wins. A duel counts
 * in the denominator whenever both systems have scores on the task.
 *
 * <p>Cost: O(systems² · examples) per task.
 */
public final class DuelScoring {
    public static final double DEFAULT_ALPHA = 0.05;

    /** Win scores that differ only by rounding must tie. */
    private static final double ROUNDING = 1e9;

    private final double alpha;

    /** @param alpha the significance level, in (0, 1) */
    public DuelScoring(double alpha) {
        this.alpha = Require.between("alpha", alpha, 0, 1);
    }

    public double alpha() {
        return alpha;
    }

    /**
     * The one-tailed p-value of "A is better than B" on task {@code t}, where {@code a} and
     * {@code b} are system indices; {@code NaN} with fewer than two examples scored by both.
     */
    public static double pValue(ExampleScores scores, int t, int a, int b) {
        double sign = scores.direction(t) == BenchmarkTable.Direction.HIGHER_IS_BETTER ? 1 : -1;
        int n = 0;
        double mean = 0;
        double squares = 0;
        for (int e = 0; e < scores.exampleCount(t); e++) {
            double x = scores.score(t, a, e);
            double y = scores.score(t, b, e);
            if (Double.isNaN(x) || Double.isNaN(y)) {
                continue;
            }
            // Welford's update: one pass, no cancellation.
            double difference = sign * (x - y);
            n++;
            double delta = difference - mean;
            mean += delta / n;
            squares += delta * (difference - mean);
        }
        if (n < 2) {
            return Double.NaN;
        }
        double variance = squares / (n - 1);
        if (variance <= 1e-24 * Math.max(1, mean * mean)) {
            return mean > 0 ? 0 : mean < 0 ? 1 : 0.5;
        }
        double statistic = mean / Math.sqrt(variance / n);
        return TDistribution.of(n - 1).survivalProbability(statistic);
    }

    public DuelScores apply(ExampleScores scores) {
        int systems = scores.systemCount();
        int tasks = scores.taskCount();
        if (systems == 0) {
            throw new VoteException("there are no systems to duel");
        }
        double[][][] pValues = new double[tasks][systems][systems];
        double[][] winScores = new double[systems][tasks];
        int[][] duelsWon = new int[systems][systems];
        for (int t = 0; t < tasks; t++) {
            boolean[] scored = new boolean[systems];
            for (int s = 0; s < systems; s++) {
                scored[s] = scores.scored(t, s);
            }
            for (int a = 0; a < systems; a++) {
                int duels = 0;
                int won = 0;
                for (int b = 0; b < systems; b++) {
                    pValues[t][a][b] = Double.NaN;
                    if (a == b || !scored[a] || !scored[b]) {
                        continue;
                    }
                    double p = pValue(scores, t, a, b);
                    pValues[t][a][b] = p;
                    duels++;
                    if (p < alpha) {
                        won++;
                        duelsWon[a][b]++;
                    }
                }
                winScores[a][t] = duels == 0 ? Double.NaN : (double) won / duels;
            }
        }
        Map<String, List<Integer>> tasksByCategory = new LinkedHashMap<>();
        for (int t = 0; t < tasks; t++) {
            tasksByCategory.computeIfAbsent(scores.category(t), category -> new ArrayList<>()).add(t);
        }
        List<String> categories = List.copyOf(tasksByCategory.keySet());
        double[][] categoryScores = new double[systems][categories.size()];
        double[] overall = new double[systems];
        for (int s = 0; s < systems; s++) {
            int c = 0;
            for (List<Integer> members : tasksByCategory.values()) {
                double[] values = new double[members.size()];
                for (int i = 0; i < values.length; i++) {
                    values[i] = winScores[s][members.get(i)];
                }
                categoryScores[s][c++] = meanOfNumbers(values);
            }
            overall[s] = Math.rint(meanOfNumbers(categoryScores[s]) * ROUNDING) / ROUNDING;
        }
        return new DuelScores(scores, alpha, pValues, winScores, duelsWon, categories, categoryScores, overall);
    }

    /** The mean of the values that are not {@code NaN}; {@code NaN} when there are none. */
    private static double meanOfNumbers(double[] values) {
        double sum = 0;
        int count = 0;
        for (double value : values) {
            if (!Double.isNaN(value)) {
                sum += value;
                count++;
            }
        }
        return count == 0 ? Double.NaN : sum / count;
    }
}
