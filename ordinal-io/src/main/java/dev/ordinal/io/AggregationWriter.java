package dev.ordinal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.judgment.Items;
import dev.ordinal.vote.AggregationResult;
import dev.ordinal.vote.BenchmarkTable;
import dev.ordinal.vote.VoteResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Writes an {@link AggregationResult}, the methods side by side: as an aligned table of ranks for
 * people, as JSON for programs (every method's winners, ranking, scores, lottery and explanation),
 * or as CSV with one column of ranks per method.
 *
 * <p>A cell holds the system's competition rank under the method (tied systems share a rank,
 * marked {@code =} in the table), blank (CSV, JSON {@code null}) or {@code -} (table) where the
 * method does not rank it; a method that gives only a lottery shows each system's probability.
 */
public final class AggregationWriter {
    private AggregationWriter() {
    }

    /** The ranks table, best first by the first method, then the winners; with {@code explain} every explanation. */
    public static void writeTable(AggregationResult result, boolean explain, Writer out) throws IOException {
        PrintWriter writer = new PrintWriter(out);
        BenchmarkTable table = result.table();
        long lower = table.tasks().stream().filter(t -> t.direction() == BenchmarkTable.Direction.LOWER_IS_BETTER)
                .count();
        writer.printf(Locale.ROOT, "%d systems, %d tasks (%d lower-is-better); rank by method (1 = best, = tied,"
                + " - not ranked)%n%n", table.systemCount(), table.taskCount(), lower);
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("system"));
        result.results().forEach(r -> header.add(isLotteryOnly(r) ? r.rule() + " (p)" : r.rule()));
        rows.add(header.toArray(new String[0]));
        List<int[]> ranks = result.results().stream().map(AggregationResult::ranks).toList();
        for (int s : order(result, ranks)) {
            String[] row = new String[header.size()];
            row[0] = table.systems().name(s);
            for (int m = 0; m < ranks.size(); m++) {
                String cell = cell(result.results().get(m), ranks.get(m), s);
                row[m + 1] = cell.isEmpty() ? "-" : cell;
            }
            rows.add(row);
        }
        TextCells.printAligned(writer, rows, 0);
        writer.println();
        for (VoteResult method : result.results()) {
            writer.printf("%s: %s%n", method.rule(), method.winners().length == 0 ? "no winner"
                    : String.join(", ", method.winnerNames()));
        }
        if (explain) {
            writer.printf("%n== all methods ==%n");
            VoteResultWriter.printExplanation(writer, result.explanation());
            for (VoteResult method : result.results()) {
                writer.printf("%n== %s ==%n", method.rule());
                VoteResultWriter.printExplanation(writer, method.explanation());
            }
        }
        writer.flush();
    }

    /** One row per system in table order: {@code system} then one rank column per method. */
    public static void writeCsv(AggregationResult result, Writer out) throws IOException {
        PrintWriter writer = new PrintWriter(out);
        StringBuilder header = new StringBuilder("system");
        result.results().forEach(r -> header.append(',').append(TextCells.csv(r.rule())));
        writer.println(header);
        List<int[]> ranks = result.results().stream().map(AggregationResult::ranks).toList();
        Items systems = result.table().systems();
        for (int s = 0; s < systems.size(); s++) {
            StringBuilder row = new StringBuilder(TextCells.csv(systems.name(s)));
            for (int m = 0; m < ranks.size(); m++) {
                row.append(',').append(cell(result.results().get(m), ranks.get(m), s).replace("=", ""));
            }
            writer.println(row);
        }
        writer.flush();
    }

    /** The JSON document: systems, tasks, methods (each with ranks, winners, ranking, scores, lottery, explanation). */
    public static ObjectNode toJson(AggregationResult result) {
        ObjectNode root = JsonOutput.object();
        BenchmarkTable table = result.table();
        Items systems = table.systems();
        ArrayNode systemNames = root.putArray("systems");
        IntStream.range(0, systems.size()).forEach(s -> systemNames.add(systems.name(s)));
        ArrayNode tasks = root.putArray("tasks");
        for (BenchmarkTable.Task task : table.tasks()) {
            tasks.addObject().put("name", task.name()).put("direction", task.direction().label())
                    .put("weight", task.weight());
        }
        ArrayNode methods = root.putArray("methods");
        for (VoteResult method : result.results()) {
            ObjectNode node = VoteResultWriter.toJson(method);
            int[] ranks = AggregationResult.ranks(method);
            ObjectNode rankNode = node.putObject("ranks");
            for (int s = 0; s < systems.size(); s++) {
                if (ranks[s] > 0) {
                    rankNode.put(systems.name(s), ranks[s]);
                } else {
                    rankNode.putNull(systems.name(s));
                }
            }
            methods.add(node);
        }
        root.set("explanation", VoteResultWriter.toJson(result.explanation()));
        return root;
    }

    public static void writeJson(AggregationResult result, Writer out) throws IOException {
        JsonOutput.write(toJson(result), out);
    }

    private static boolean isLotteryOnly(VoteResult result) {
        return result.ranking().isEmpty() && result.lottery().isPresent();
    }

    /** Rank ("2", or "2=" when tied), lottery probability, "win" for a winner of a rule without either, or "". */
    private static String cell(VoteResult result, int[] ranks, int system) {
        if (result.ranking().isPresent()) {
            if (ranks[system] == 0) {
                return "";
            }
            long shared = Arrays.stream(ranks).filter(rank -> rank == ranks[system]).count();
            return ranks[system] + (shared > 1 ? "=" : "");
        }
        if (result.lottery().isPresent()) {
            return TextCells.fixed(result.lottery().get()[system], 3);
        }
        return Arrays.stream(result.winners()).anyMatch(w -> w == system) ? "win" : "";
    }

    /** Systems by their rank under the first method that ranks, unranked last, then in table order. */
    private static List<Integer> order(AggregationResult result, List<int[]> ranks) {
        int[] key = ranks.stream().filter(r -> Arrays.stream(r).anyMatch(rank -> rank > 0)).findFirst()
                .orElse(new int[result.table().systemCount()]);
        return IntStream.range(0, key.length).boxed()
                .sorted(Comparator.comparingInt(s -> key[s] == 0 ? Integer.MAX_VALUE : key[s])).toList();
    }
}
