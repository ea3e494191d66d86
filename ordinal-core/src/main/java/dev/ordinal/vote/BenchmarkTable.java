package dev.ordinal.vote;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.Require;
import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * A benchmark table: the score of each system (row) on each task (column), as in a GLUE-style
 * leaderboard. Each task says whether higher or lower is better (accuracy vs perplexity) and
 * carries a weight (1 by default); a cell is {@code NaN} where the system was not evaluated.
 * Immutable.
 *
 * <p>Read as an election (Rofin et al. 2023, "Vote'n'Rank: Revision of Benchmarking with Social
 * Choice Theory", EACL), every task is a voter whose ballot orders the systems by their score on
 * it: see {@link #toBallots()}.
 */
public final class BenchmarkTable {
    /** Which end of a task's scale is better. */
    public enum Direction {
        HIGHER_IS_BETTER("higher"),
        LOWER_IS_BETTER("lower");

        private final String label;

        Direction(String label) {
            this.label = label;
        }

        /** {@code higher} or {@code lower}, as files and the CLI write it. */
        public String label() {
            return label;
        }
    }

    /**
     * One column.
     *
     * @param name      the task's name, unique in the table
     * @param direction which end of its scale is better
     * @param weight    how many voters the task counts as; positive and finite
     */
    public record Task(String name, Direction direction, double weight) {
        public Task {
            if (name.isEmpty()) {
                throw new DataException("a task needs a name");
            }
            Require.positive("weight", weight);
        }

        /** A higher-is-better task of weight 1. */
        public static Task of(String name) {
            return new Task(name, Direction.HIGHER_IS_BETTER, 1);
        }
    }

    private final Items systems;
    private final List<Task> tasks;
    private final double[][] scores;

    /**
     * @param systems the row names, distinct
     * @param tasks   the columns, distinct names
     * @param scores  {@code scores[system][task]}: a finite number, or {@code NaN} where missing
     */
    public BenchmarkTable(List<String> systems, List<Task> tasks, double[][] scores) {
        this.systems = Items.of(systems);
        this.tasks = List.copyOf(tasks);
        Set<String> names = new HashSet<>();
        for (Task task : tasks) {
            if (!names.add(task.name())) {
                throw new DataException("task '" + task.name() + "' appears twice");
            }
        }
        if (scores.length != systems.size()) {
            throw new IllegalArgumentException("scores has " + scores.length + " rows for " + systems.size()
                    + " systems");
        }
        this.scores = new double[scores.length][];
        for (int s = 0; s < scores.length; s++) {
            if (scores[s].length != tasks.size()) {
                throw new IllegalArgumentException("system '" + systems.get(s) + "' has " + scores[s].length
                        + " scores for " + tasks.size() + " tasks");
            }
            for (int t = 0; t < tasks.size(); t++) {
                if (Double.isInfinite(scores[s][t])) {
                    throw new DataException("system '" + systems.get(s) + "', task '"
                            + tasks.get(t).name() + "': the score must be finite (or NaN where missing), got "
                            + scores[s][t]);
                }
            }
            this.scores[s] = scores[s].clone();
        }
    }

    public Items systems() {
        return systems;
    }

    public int systemCount() {
        return systems.size();
    }

    public List<Task> tasks() {
        return tasks;
    }

    public int taskCount() {
        return tasks.size();
    }

    public Task task(int t) {
        return tasks.get(t);
    }

    /** The score as given, {@code NaN} where missing. */
    public double score(int system, int task) {
        return scores[system][task];
    }

    public boolean has(int system, int task) {
        return !Double.isNaN(scores[system][task]);
    }

    /**
     * The same table with the named tasks lower-is-better and every other task higher-is-better.
     *
     * @throws InvalidParameterException naming {@code lower-is-better} when a name is not a task of the table
     */
    public BenchmarkTable withLowerIsBetter(Collection<String> lowerIsBetter) {
        Set<String> wanted = new TreeSet<>(lowerIsBetter);
        List<Task> changed = new ArrayList<>();
        for (Task task : tasks) {
            Direction direction = wanted.remove(task.name()) ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER;
            changed.add(new Task(task.name(), direction, task.weight()));
        }
        if (!wanted.isEmpty()) {
            throw new InvalidParameterException("lower-is-better", String.join(",", wanted), "names of the table's "
                    + "tasks: " + String.join(", ", tasks.stream().map(Task::name).toList()));
        }
        return new BenchmarkTable(systems.ids(), changed, scores);
    }

    /**
     * Task {@code t}'s scores mapped linearly onto [0, 1] with 1 for the best system on the task and
     * 0 for the worst, whatever the task's direction and scale; {@code NaN} where missing. When
     * every scored system has the same score, each gets 1 (all tie for best).
     */
    public double[] normalised(int t) {
        double best = Double.NEGATIVE_INFINITY;
        double worst = Double.POSITIVE_INFINITY;
        double sign = tasks.get(t).direction() == Direction.HIGHER_IS_BETTER ? 1 : -1;
        for (double[] row : scores) {
            if (!Double.isNaN(row[t])) {
                best = Math.max(best, sign * row[t]);
                worst = Math.min(worst, sign * row[t]);
            }
        }
        double[] result = new double[scores.length];
        for (int s = 0; s < scores.length; s++) {
            double value = scores[s][t];
            result[s] = Double.isNaN(value) ? Double.NaN : best == worst ? 1 : (sign * value - worst) / (best - worst);
        }
        return result;
    }

    /** Whether task {@code t} tells some of the systems it scores apart (not all equal, at least two). */
    public boolean separates(int t) {
        double first = Double.NaN;
        for (double[] row : scores) {
            if (!Double.isNaN(row[t])) {
                if (Double.isNaN(first)) {
                    first = row[t];
                } else if (row[t] != first) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The tasks as voters: one score ballot per task, weighted by the task's weight, whose scores
     * are the {@link #normalised(int) normalised} ones. Its weak order is therefore the task's
     * order of the systems, best first; equal scores tie; a system without a score on the task is
     * unranked, which {@link Ballots} reads as tied below every ranked system. Tasks that order
     * the systems identically merge into one ballot of their summed weight.
     */
    public Ballots toBallots() {
        Ballots.Builder builder = Ballots.builder();
        for (int s = 0; s < systems.size(); s++) {
            builder.candidate(systems.id(s));
        }
        for (int t = 0; t < tasks.size(); t++) {
            builder.addScores(normalised(t), tasks.get(t).weight());
        }
        return builder.build();
    }
}
