package dev.ordinal.vote;

import dev.ordinal.app.Entry;
import dev.ordinal.app.Registries;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.Require;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One ranking of the systems of a {@link BenchmarkTable} per method, side by side, after
 * Rofin et al. 2023, "Vote'n'Rank: Revision of Benchmarking with Social Choice Theory" (EACL):
 * the tasks are voters, and the usual mean of the scores is only one of many ways to count
 * their votes, with known failures (it can crown a system that no task ranks first).
 *
 * <p>The methods, by the names users type:
 * <ul>
 *   <li>{@code mean}: the weighted mean of the system's normalised scores
 *   ({@link BenchmarkTable#normalised(int)}: per task, 1 for the best system, 0 for the worst,
 *   linear in between) over the tasks it was scored on. Vote'n'Rank averages raw scores, which
 *   only makes sense when every task is higher-is-better on one scale; min–max normalisation
 *   makes the mean independent of each task's direction and unit (accuracy in %, perplexity,
 *   BLEU...) while keeping the cardinal gaps that distinguish a mean from a rank count (the mean
 *   rank would merely be Borda). Tasks that do not separate the systems they score (all equal,
 *   or only one scored) say nothing about the order and are left out.</li>
 *   <li>{@code median}: the weighted median of the same normalised scores (where the cumulative
 *   weight is exactly half, the midpoint of the two middle values).</li>
 *   <li>{@code bt} (or {@code bradley-terry}): the registry's rule with {@code unranked=unknown}, i.e. task-wise
 *   comparisons (every task on which both systems of a pair are scored gives one comparison,
 *   weighted by the task's weight: a win for the better one, a tie, counted as half a win, for
 *   equal scores; a missing cell says nothing). A benchmark has few tasks, and a system that beats
 *   every other on every task has no finite maximum-likelihood strength; then the fit is the MAP
 *   estimate under a Gaussian N(0, σ²) prior on the log-strengths ({@code σ} =
 *   {@value #DEFAULT_PRIOR_SIGMA} by default).</li>
 *   <li>any rule of {@link Registries#rules()}, applied with its default options to
 *   {@link BenchmarkTable#toBallots()}: one ballot per task.</li>
 * </ul>
 * Cost: the rules' own, plus O(systems² · tasks) for the comparisons.
 */
public final class TableAggregation {
    /** The methods of the Vote'n'Rank comparison, in the order the CLI prints them. */
    public static final List<String> DEFAULT_METHODS =
            List.of("mean", "median", "borda", "copeland", "schulze", "kemeny", "maximal-lottery", "bradley-terry");
    /** The methods this class computes itself; every other name is looked up in {@link Registries#rules()}. */
    public static final List<String> TABLE_METHODS = List.of("mean", "median");
    /** Standard deviation of the Bradley–Terry prior on log-strengths. */
    public static final double DEFAULT_PRIOR_SIGMA = 2;

    /** The registry's name of the Bradley–Terry rule, which reads unranked systems as unknown here. */
    private static final String BRADLEY_TERRY = "bt";
    /** Scores that differ only by rounding must tie. */
    private static final double ROUNDING = 1e9;

    private final List<String> methods;
    private final Map<String, VotingRule> rules = new LinkedHashMap<>();
    private final double priorSigma;

    /**
     * @param methods    method names, in output order: {@link #TABLE_METHODS} or registered rules
     * @param priorSigma the Bradley–Terry prior's standard deviation, positive
     * @throws InvalidParameterException naming {@code rules} for a missing or repeated method (an unknown
     *                                   one fails in {@link VotingRules#create})
     */
    public TableAggregation(List<String> methods, double priorSigma) {
        if (methods.isEmpty()) {
            throw new InvalidParameterException("rules", "", "at least one method to aggregate with, e.g. mean or borda");
        }
        Set<String> seen = new HashSet<>();
        for (String method : methods) {
            if (!seen.add(method)) {
                throw new InvalidParameterException("rules", String.join(",", methods), "methods named once each ('"
                        + method + "' is named twice)");
            }
        }
        Require.positive("prior", priorSigma);
        for (String method : methods) {
            if (!TABLE_METHODS.contains(method)) {
                Entry<VotingRule> rule = Registries.rules().entry(method);
                rules.put(method, rule.name().equals(BRADLEY_TERRY) ? StrengthModelRule.bradleyTerry(priorSigma, true)
                        : rule.create());
            }
        }
        this.methods = List.copyOf(methods);
        this.priorSigma = priorSigma;
    }

    public List<String> methods() {
        return methods;
    }

    /** Every method's result on {@code table}, in the order of {@link #methods()}. */
    public AggregationResult apply(BenchmarkTable table) {
        if (table.systemCount() == 0) {
            throw new VoteException("the table has no systems");
        }
        double[][] normalised = new double[table.taskCount()][];
        boolean[] separating = new boolean[table.taskCount()];
        for (int t = 0; t < table.taskCount(); t++) {
            normalised[t] = table.normalised(t);
            separating[t] = table.separates(t);
        }
        Ballots ballots = table.toBallots();
        List<VoteResult> results = new ArrayList<>();
        for (String method : methods) {
            results.add(switch (method) {
                case "mean" -> byNormalisedScores(table, normalised, separating, true);
                case "median" -> byNormalisedScores(table, normalised, separating, false);
                default -> applyRule(rules.get(method), ballots);
            });
        }
        return new AggregationResult(table, results, explain(table, normalised, separating));
    }

    private static VoteResult applyRule(VotingRule rule, Ballots ballots) {
        try {
            return rule.apply(ballots);
        } catch (VoteException e) {
            throw new VoteException("rule '" + rule.name() + "' on the task ballots: " + e.getMessage());
        }
    }

    private static VoteResult byNormalisedScores(BenchmarkTable table, double[][] normalised, boolean[] separating,
                                                 boolean mean) {
        int systems = table.systemCount();
        double[] values = new double[table.taskCount()];
        double[] weights = new double[table.taskCount()];
        double[] aggregate = new double[systems];
        for (int s = 0; s < systems; s++) {
            int count = 0;
            for (int t = 0; t < table.taskCount(); t++) {
                if (table.has(s, t) && separating[t]) {
                    values[count] = normalised[t][s];
                    weights[count++] = table.task(t).weight();
                }
            }
            double value = count == 0 ? Double.NaN
                    : mean ? weightedMean(values, weights, count) : weightedMedian(values, weights, count);
            aggregate[s] = Math.rint(value * ROUNDING) / ROUNDING;
        }
        String name = mean ? "mean" : "median";
        String scoreName = name + " normalised score";
        return VoteResult.builder(name, table.systems())
                .rankByScores(scoreName, aggregate)
                .note("The " + (mean ? "weighted mean" : "weighted median") + " of each system's normalised scores "
                        + "(1 = best on the task, 0 = worst) over the tasks it was scored on that separate the "
                        + "systems; a system with none is not ranked.")
                .explain(Explanation.builder().scores("Aggregate", scoreName, aggregate, table.systems()).build())
                .build();
    }

    static double weightedMean(double[] values, double[] weights, int count) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < count; i++) {
            sum += weights[i] * values[i];
            total += weights[i];
        }
        return sum / total;
    }

    /**
     * The value where the cumulative weight, in increasing order of value, reaches half the total;
     * the midpoint of the two values on either side when it reaches exactly half (so that
     * unit weights give the usual median).
     */
    static double weightedMedian(double[] values, double[] weights, int count) {
        Integer[] order = new Integer[count];
        for (int i = 0; i < count; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> Double.compare(values[x], values[y]));
        double total = 0;
        for (int i = 0; i < count; i++) {
            total += weights[i];
        }
        double cumulative = 0;
        for (int k = 0; k < count; k++) {
            cumulative += weights[order[k]];
            if (Math.abs(cumulative - total / 2) <= 1e-12 * total && k + 1 < count) {
                return (values[order[k]] + values[order[k + 1]]) / 2;
            }
            if (cumulative > total / 2) {
                return values[order[k]];
            }
        }
        return values[order[count - 1]];
    }

    private static Explanation explain(BenchmarkTable table, double[][] normalised, boolean[] separating) {
        List<String> columns = new ArrayList<>();
        columns.add("system");
        for (BenchmarkTable.Task task : table.tasks()) {
            columns.add(task.name());
        }
        List<List<String>> rows = new ArrayList<>();
        for (int s = 0; s < table.systemCount(); s++) {
            List<String> row = new ArrayList<>();
            row.add(table.systems().name(s));
            for (int t = 0; t < table.taskCount(); t++) {
                row.add(table.has(s, t) ? Explanation.number(normalised[t][s]) : "-");
            }
            rows.add(row);
        }
        Explanation.Builder explanation = Explanation.builder();
        List<String> silent = new ArrayList<>();
        for (int t = 0; t < table.taskCount(); t++) {
            if (!separating[t]) {
                silent.add(table.task(t).name());
            }
        }
        if (!silent.isEmpty()) {
            explanation.note("Tasks that do not separate the systems they score, left out of mean and median: "
                    + String.join(", ", silent) + ".");
        }
        return explanation.table("Normalised scores (1 = best on the task, 0 = worst, - = missing)", columns, rows)
                .build();
    }
}
