package dev.ordinal.vote;

import dev.ordinal.error.DataException;
import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Per-example scores of systems on benchmark tasks: the score of each system on each example of
 * each task ({@code NaN} where it has none), each task with its direction and, optionally, a
 * category (BenCzechMark groups its tasks into categories and weighs the categories equally).
 * Examples are paired by their id within a task. Immutable; built by {@link Builder}.
 */
public final class ExampleScores {
    private final Items systems;
    private final List<String> tasks;
    private final List<BenchmarkTable.Direction> directions;
    private final List<String> categories;
    private final List<List<String>> examples;
    /** {@code scores[task][system][example]}. */
    private final double[][][] scores;

    private ExampleScores(Items systems, List<String> tasks, List<BenchmarkTable.Direction> directions,
                          List<String> categories, List<List<String>> examples, double[][][] scores) {
        this.systems = systems;
        this.tasks = tasks;
        this.directions = directions;
        this.categories = categories;
        this.examples = examples;
        this.scores = scores;
    }

    public static Builder builder() {
        return new Builder();
    }

    public Items systems() {
        return systems;
    }

    public int systemCount() {
        return systems.size();
    }

    public int taskCount() {
        return tasks.size();
    }

    public String task(int t) {
        return tasks.get(t);
    }

    public BenchmarkTable.Direction direction(int t) {
        return directions.get(t);
    }

    /** The task's category; a task given none is a category of its own, named after it. */
    public String category(int t) {
        return categories.get(t).isEmpty() ? tasks.get(t) : categories.get(t);
    }

    /** Whether any task was given a category. */
    public boolean categorised() {
        return categories.stream().anyMatch(category -> !category.isEmpty());
    }

    public int exampleCount(int t) {
        return examples.get(t).size();
    }

    public String example(int t, int e) {
        return examples.get(t).get(e);
    }

    /** The score of {@code system} on example {@code e} of task {@code t}, {@code NaN} where it has none. */
    public double score(int t, int system, int e) {
        return scores[t][system][e];
    }

    /** Whether {@code system} has a score on some example of task {@code t}. */
    public boolean scored(int t, int system) {
        for (double value : scores[t][system]) {
            if (!Double.isNaN(value)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The benchmark table of these scores: each system's mean score over the examples of each task
     * it has scores on ({@code NaN} where it has none), with the tasks' directions and weight 1.
     */
    public BenchmarkTable meanTable() {
        double[][] means = new double[systems.size()][tasks.size()];
        for (int s = 0; s < systems.size(); s++) {
            for (int t = 0; t < tasks.size(); t++) {
                double sum = 0;
                int count = 0;
                for (double value : scores[t][s]) {
                    if (!Double.isNaN(value)) {
                        sum += value;
                        count++;
                    }
                }
                means[s][t] = count == 0 ? Double.NaN : sum / count;
            }
        }
        List<BenchmarkTable.Task> columns = new ArrayList<>();
        for (int t = 0; t < tasks.size(); t++) {
            columns.add(new BenchmarkTable.Task(tasks.get(t), directions.get(t), 1));
        }
        return new BenchmarkTable(systems.ids(), columns, means);
    }

    /**
     * Accumulates scores one example at a time. Systems, tasks and examples are numbered in order
     * of first appearance. Not thread-safe.
     */
    public static final class Builder {
        private final Items.Builder systems = new Items.Builder();
        private final Map<String, Column> columns = new LinkedHashMap<>();

        private Column column(String task) {
            if (task.isEmpty()) {
                throw new DataException("a task needs a name");
            }
            return columns.computeIfAbsent(task, name -> new Column());
        }

        /** Sets a task's direction (higher is better until set). */
        public Builder direction(String task, BenchmarkTable.Direction direction) {
            column(task).direction = direction;
            return this;
        }

        /** Sets a task's category. */
        public Builder category(String task, String category) {
            column(task).category = category;
            return this;
        }

        /**
         * Records one score, unless {@code system} already has one on this example of this task.
         *
         * @param position where the record comes from (e.g. its line), positive; kept to name the
         *                 first record when another one repeats it
         * @return 0 when recorded; the first record's position when this repeats it (nothing changes)
         */
        public long add(String system, String task, String example, double score, long position) {
            if (!Double.isFinite(score)) {
                throw new DataException("a score must be finite, got " + score);
            }
            if (position < 1) {
                throw new IllegalArgumentException("a position must be positive, got " + position);
            }
            Column column = column(task);
            int s = systems.intern(system);
            Integer known = column.exampleIndex.putIfAbsent(example, column.exampleIds.size());
            int e = known == null ? column.exampleIds.size() : known;
            if (known == null) {
                column.exampleIds.add(example);
            }
            return column.put(s, e, score, position);
        }

        public ExampleScores build() {
            Items items = systems.build();
            int m = items.size();
            List<String> tasks = List.copyOf(columns.keySet());
            List<BenchmarkTable.Direction> directions = new ArrayList<>();
            List<String> categories = new ArrayList<>();
            List<List<String>> examples = new ArrayList<>();
            double[][][] scores = new double[tasks.size()][m][];
            int t = 0;
            for (Column column : columns.values()) {
                directions.add(column.direction);
                categories.add(column.category);
                examples.add(List.copyOf(column.exampleIds));
                int n = column.exampleIds.size();
                for (int s = 0; s < m; s++) {
                    double[] row = new double[n];
                    Arrays.fill(row, Double.NaN);
                    if (s < column.scores.size() && column.scores.get(s) != null) {
                        System.arraycopy(column.scores.get(s), 0, row, 0, Math.min(n, column.scores.get(s).length));
                    }
                    scores[t][s] = row;
                }
                t++;
            }
            return new ExampleScores(items, tasks, List.copyOf(directions), List.copyOf(categories),
                    List.copyOf(examples), scores);
        }

        /** One task's scores while they are read: per system, a growing array indexed by example. */
        private static final class Column {
            private final HashMap<String, Integer> exampleIndex = new HashMap<>();
            private final List<String> exampleIds = new ArrayList<>();
            private final List<double[]> scores = new ArrayList<>();
            private final List<long[]> positions = new ArrayList<>();
            private BenchmarkTable.Direction direction = BenchmarkTable.Direction.HIGHER_IS_BETTER;
            private String category = "";

            long put(int system, int example, double score, long position) {
                while (scores.size() <= system) {
                    scores.add(null);
                    positions.add(null);
                }
                double[] row = scores.get(system);
                long[] rowPositions = positions.get(system);
                if (row == null || row.length <= example) {
                    int capacity = Math.max(16, 2 * (example + 1));
                    int old = row == null ? 0 : row.length;
                    row = row == null ? new double[capacity] : Arrays.copyOf(row, capacity);
                    Arrays.fill(row, old, capacity, Double.NaN);
                    rowPositions = rowPositions == null ? new long[capacity] : Arrays.copyOf(rowPositions, capacity);
                    scores.set(system, row);
                    positions.set(system, rowPositions);
                }
                if (rowPositions[example] != 0) {
                    return rowPositions[example];
                }
                row[example] = score;
                rowPositions[example] = position;
                return 0;
            }
        }
    }
}
