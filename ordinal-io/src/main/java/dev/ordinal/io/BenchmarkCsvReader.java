package dev.ordinal.io;

import dev.ordinal.vote.BenchmarkTable;
import dev.ordinal.vote.BenchmarkTable.Direction;
import dev.ordinal.vote.ExampleScores;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads benchmark scores from CSV (RFC 4180, a header row first) with {@link CsvRows}: a wide
 * table of systems × tasks, or long per-example scores. Both are read whole or not at all: the
 * first problem ends the read with a located {@link InputException}.
 */
final class BenchmarkCsvReader {
    static final String DIRECTION = "direction";
    static final String WEIGHT = "weight";
    static final String SYSTEM = "system";
    static final String TASK = "task";
    static final String EXAMPLE = "example";
    static final String SCORE = "score";
    static final String CATEGORY = "category";
    static final String EXPECTED_DIRECTION = "higher or lower (which end of the task's scale is better)";
    static final String EXPECTED_SCORE = "a finite number, or blank, NA, NaN or - where there is none";
    /** What a cell may say for "no score". */
    private static final Set<String> MISSING = Set.of("", "na", "n/a", "nan", "-");

    private BenchmarkCsvReader() {
    }

    /**
     * A wide table: the first column names the system, every other column is a task. Rows whose
     * first cell is {@code direction} or {@code weight}, right after the header, give each task's
     * direction ({@code higher}/{@code lower}, blank = higher) and weight (blank = 1).
     */
    static BenchmarkTable readTable(InputStream in, String source, Collection<String> lowerIsBetter) {
        ReadTally tally = new ReadTally(source, false, "systems");
        try (CsvRows csv = CsvRows.open(in, tally)) {
            List<String> header = csv.header(tally::nothingFound);
            long headerLine = csv.line();
            if (header.size() < 2) {
                throw tally.error(headerLine, null, String.join(",", header), "the header has no task column",
                        "a first column naming the system, then one column per task", "no tasks");
            }
            List<String> tasks = header.subList(1, header.size());
            Map<String, Integer> columnOfTask = new HashMap<>();
            for (int t = 0; t < tasks.size(); t++) {
                String task = tasks.get(t);
                if (task.isEmpty()) {
                    throw tally.error(headerLine, null, null, "column " + (t + 2) + " of the header has no name",
                            "a task name", "missing task name");
                }
                Integer earlier = columnOfTask.putIfAbsent(task, t + 2);
                if (earlier != null) {
                    throw tally.error(headerLine, task, task, "task '" + task + "' names columns " + earlier + " and "
                            + (t + 2), "each task once", "duplicate task");
                }
            }
            int[] slots = new int[header.size()];
            Arrays.setAll(slots, i -> i);
            String[] values = new String[header.size()];
            Direction[] directions = new Direction[tasks.size()];
            long[] directionLines = new long[tasks.size()];
            double[] weights = new double[tasks.size()];
            Arrays.fill(directions, Direction.HIGHER_IS_BETTER);
            Arrays.fill(weights, 1);
            List<String> systems = new ArrayList<>();
            List<double[]> rows = new ArrayList<>();
            Map<String, Long> lineOfSystem = new HashMap<>();
            while (csv.next(slots, values)) {
                long line = csv.line();
                if (csv.fieldCount() > header.size()) {
                    throw tally.error(line, null, null, "the row has " + csv.fieldCount() + " fields, the header "
                            + header.size(), "one field per header column", "too many fields");
                }
                String first = values[0].strip();
                String label = first.toLowerCase(Locale.ROOT);
                if (systems.isEmpty() && (label.equals(DIRECTION) || label.equals(WEIGHT))) {
                    for (int t = 0; t < tasks.size(); t++) {
                        String cell = values[t + 1].strip();
                        if (label.equals(DIRECTION)) {
                            directions[t] = direction(tally, line, tasks.get(t), cell);
                            directionLines[t] = line;
                        } else {
                            weights[t] = weight(tally, line, tasks.get(t), cell);
                        }
                    }
                    continue;
                }
                if (first.isEmpty()) {
                    throw tally.error(line, header.get(0), null, "missing system name", "the system's name",
                            "missing field");
                }
                Long earlier = lineOfSystem.putIfAbsent(first, line);
                if (earlier != null) {
                    throw tally.error(line, header.get(0), first, "system '" + first + "' already has a row at line "
                            + earlier, "one row per system", "duplicate system");
                }
                double[] row = new double[tasks.size()];
                for (int t = 0; t < tasks.size(); t++) {
                    row[t] = score(tally, line, tasks.get(t), values[t + 1]);
                }
                systems.add(first);
                rows.add(row);
            }
            if (systems.isEmpty()) {
                throw tally.nothingFound();
            }
            checkTasks(tally, lowerIsBetter, tasks);
            List<BenchmarkTable.Task> columns = new ArrayList<>();
            for (int t = 0; t < tasks.size(); t++) {
                String task = tasks.get(t);
                if (lowerIsBetter.contains(task)) {
                    if (directionLines[t] > 0 && directions[t] == Direction.HIGHER_IS_BETTER) {
                        throw tally.error(directionLines[t], task, "higher", "task '" + task + "' is higher-is-better "
                                + "here but --lower-is-better names it", "one direction per task", "conflicting direction");
                    }
                    directions[t] = Direction.LOWER_IS_BETTER;
                }
                columns.add(new BenchmarkTable.Task(task, directions[t], weights[t]));
            }
            return new BenchmarkTable(systems, columns, rows.toArray(new double[0][]));
        }
    }

    /**
     * Long per-example scores: columns {@code system, task, example, score}, optionally
     * {@code direction} and {@code category} (each the same on every row of a task). A blank or NA
     * score means the system has no score on that example; the row is read but records nothing.
     */
    static ExampleScores readExamples(InputStream in, String source, Collection<String> lowerIsBetter) {
        ReadTally tally = new ReadTally(source, false, "scores");
        List<String> wanted = List.of(SYSTEM, TASK, EXAMPLE, SCORE, DIRECTION, CATEGORY);
        try (CsvRows csv = CsvRows.open(in, tally)) {
            List<String> header = csv.header(tally::nothingFound);
            for (String column : wanted.subList(0, 4)) {
                if (!header.contains(column)) {
                    throw tally.error(csv.line(), null, column, "column '" + column + "' is not in the header " + header,
                            "a header with system, task, example, score and optionally direction, category",
                            "missing column");
                }
            }
            int[] slots = new int[header.size()];
            Arrays.fill(slots, -1);
            for (int slot = 0; slot < wanted.size(); slot++) {
                int index = header.indexOf(wanted.get(slot));
                if (index >= 0) {
                    slots[index] = slot;
                }
            }
            String[] values = new String[wanted.size()];
            ExampleScores.Builder builder = ExampleScores.builder();
            Set<String> tasks = new LinkedHashSet<>();
            Map<String, TaskLabel> directions = new LinkedHashMap<>();
            Map<String, TaskLabel> categories = new HashMap<>();
            while (csv.next(slots, values)) {
                long line = csv.line();
                tally.records(1);
                String system = required(tally, line, SYSTEM, values[0], "the system's name");
                String task = required(tally, line, TASK, values[1], "the task's name");
                String example = required(tally, line, EXAMPLE, values[2], "the example's id");
                double score = score(tally, line, SCORE, values[3]);
                String direction = values[4].strip().toLowerCase(Locale.ROOT);
                if (!direction.isEmpty()) {
                    direction(tally, line, DIRECTION, direction);
                    TaskLabel first = directions.putIfAbsent(task, new TaskLabel(direction, line));
                    if (first != null && !first.value().equals(direction)) {
                        throw tally.error(line, DIRECTION, direction, "task '" + task + "' is '" + first.value()
                                + "' at line " + first.line(), "one direction per task", "conflicting direction");
                    }
                }
                String category = values[5].strip();
                if (!category.isEmpty()) {
                    TaskLabel first = categories.putIfAbsent(task, new TaskLabel(category, line));
                    if (first != null && !first.value().equals(category)) {
                        throw tally.error(line, CATEGORY, category, "task '" + task + "' is in category '"
                                + first.value() + "' at line " + first.line(), "one category per task",
                                "conflicting category");
                    }
                }
                if (Double.isNaN(score)) {
                    continue;
                }
                long earlier = builder.add(system, task, example, score, line);
                if (earlier != 0) {
                    throw tally.error(line, EXAMPLE, example, "system '" + system + "' already has a score on example '"
                            + example + "' of task '" + task + "' at line " + earlier,
                            "one score per system, task and example", "duplicate score");
                }
                tasks.add(task);
                tally.kept(1);
            }
            tally.finish();
            checkTasks(tally, lowerIsBetter, List.copyOf(tasks));
            for (String task : tasks) {
                TaskLabel given = directions.get(task);
                boolean lower = lowerIsBetter.contains(task);
                if (lower && given != null && given.value().equals("higher")) {
                    throw tally.error(given.line(), DIRECTION, "higher", "task '" + task + "' is higher-is-better here "
                            + "but --lower-is-better names it", "one direction per task", "conflicting direction");
                }
                builder.direction(task, lower || given != null && given.value().equals("lower")
                        ? Direction.LOWER_IS_BETTER : Direction.HIGHER_IS_BETTER);
                if (categories.containsKey(task)) {
                    builder.category(task, categories.get(task).value());
                }
            }
            return builder.build();
        }
    }

    /** A per-task label (direction or category) and the line that first gave it. */
    private record TaskLabel(String value, long line) {
    }

    private static String required(ReadTally tally, long line, String field, String value, String expected) {
        String stripped = value.strip();
        if (stripped.isEmpty()) {
            throw tally.error(line, field, null, "missing value", expected, "missing field");
        }
        return stripped;
    }

    /** A score, or {@code NaN} for a cell that says there is none. */
    private static double score(ReadTally tally, long line, String field, String text) {
        String cell = text.strip();
        if (MISSING.contains(cell.toLowerCase(Locale.ROOT))) {
            return Double.NaN;
        }
        double value;
        try {
            value = Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw tally.error(line, field, cell, "'" + cell + "' is not a number", EXPECTED_SCORE, "not a number");
        }
        if (!Double.isFinite(value)) {
            throw tally.error(line, field, cell, "'" + cell + "' is not finite", EXPECTED_SCORE, "not finite");
        }
        return value;
    }

    private static Direction direction(ReadTally tally, long line, String field, String cell) {
        return switch (cell.toLowerCase(Locale.ROOT)) {
            case "", "higher" -> Direction.HIGHER_IS_BETTER;
            case "lower" -> Direction.LOWER_IS_BETTER;
            default -> throw tally.error(line, field, cell, "'" + cell + "' is not a direction", EXPECTED_DIRECTION,
                    "unknown direction");
        };
    }

    private static double weight(ReadTally tally, long line, String field, String cell) {
        if (cell.isEmpty()) {
            return 1;
        }
        try {
            double weight = Double.parseDouble(cell);
            if (weight > 0 && Double.isFinite(weight)) {
                return weight;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw tally.error(line, field, cell, "'" + cell + "' is not a valid weight", "a positive, finite number",
                "invalid weight");
    }

    /** Fails when {@code lowerIsBetter} names something that is not one of {@code tasks}. */
    private static void checkTasks(ReadTally tally, Collection<String> lowerIsBetter, List<String> tasks) {
        List<String> unknown = lowerIsBetter.stream().filter(name -> !tasks.contains(name)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw tally.error(0, null, String.join(",", unknown), "--lower-is-better names "
                    + String.join(", ", unknown) + ", not a task here", "task names among " + String.join(", ", tasks),
                    "unknown task");
        }
    }
}
