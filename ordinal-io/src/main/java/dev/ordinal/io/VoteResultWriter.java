package dev.ordinal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.judgment.Items;
import dev.ordinal.vote.Explanation;
import dev.ordinal.vote.VoteResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Writes voting results: one rule's result as text (winners, ranking, lottery, explanation) or
 * JSON ({@code {"rule", "winners", "ranking", "lottery", "scores", "explanation"}} with the
 * candidates' names), and several rules side by side as a text table, JSON array or CSV.
 */
public final class VoteResultWriter {
    private VoteResultWriter() {
    }

    /** One rule's result, or why the rule could not be applied to these ballots. */
    public record RuleOutcome(String rule, VoteResult result, String problem) {
        public static RuleOutcome of(VoteResult result) {
            return new RuleOutcome(result.rule(), result, null);
        }

        public static RuleOutcome failed(String rule, String problem) {
            return new RuleOutcome(rule, null, problem);
        }
    }

    public static ObjectNode toJson(VoteResult result) {
        Items candidates = result.candidates();
        ObjectNode json = JsonOutput.object();
        json.put("rule", result.rule());
        json.put("seats", result.seats());
        ArrayNode winners = json.putArray("winners");
        result.winnerNames().forEach(winners::add);
        result.ranking().ifPresent(groups -> {
            ArrayNode ranking = json.putArray("ranking");
            for (int[] group : groups) {
                ArrayNode names = ranking.addArray();
                Arrays.stream(group).mapToObj(candidates::name).forEach(names::add);
            }
        });
        result.lottery().ifPresent(p -> {
            ObjectNode lottery = json.putObject("lottery");
            for (int c = 0; c < p.length; c++) {
                lottery.put(candidates.name(c), TextCells.rounded(p[c], 9));
            }
        });
        result.scores().ifPresent(values -> {
            ObjectNode scores = json.putObject("scores");
            scores.put("name", result.scoreName().orElse("score"));
            ObjectNode byCandidate = scores.putObject("values");
            for (int c = 0; c < values.length; c++) {
                if (Double.isNaN(values[c])) {
                    byCandidate.putNull(candidates.name(c));
                } else {
                    byCandidate.put(candidates.name(c), TextCells.rounded(values[c], 9));
                }
            }
        });
        json.set("explanation", toJson(result.explanation()));
        return json;
    }

    /** An explanation as a JSON array of {@code {"note"}} and {@code {"table", "columns", "rows"}} objects. */
    static ArrayNode toJson(Explanation explanation) {
        ArrayNode parts = JsonOutput.object().arrayNode();
        for (Explanation.Part part : explanation.parts()) {
            ObjectNode node = parts.addObject();
            if (part instanceof Explanation.Note note) {
                node.put("note", note.text());
            } else if (part instanceof Explanation.Table table) {
                node.put("table", table.title());
                ArrayNode columns = node.putArray("columns");
                table.columns().forEach(columns::add);
                ArrayNode rows = node.putArray("rows");
                for (List<String> row : table.rows()) {
                    ArrayNode cells = rows.addArray();
                    row.forEach(cells::add);
                }
            }
        }
        return parts;
    }

    /** An explanation as text: notes as paragraphs, tables titled and aligned. */
    static void printExplanation(PrintWriter writer, Explanation explanation) {
        for (Explanation.Part part : explanation.parts()) {
            writer.println();
            if (part instanceof Explanation.Note note) {
                writer.println(note.text());
            } else if (part instanceof Explanation.Table table) {
                writer.println(table.title() + ":");
                List<String[]> rows = new ArrayList<>();
                rows.add(table.columns().toArray(new String[0]));
                table.rows().forEach(row -> rows.add(row.toArray(new String[0])));
                TextCells.printAligned(writer, rows, 0);
            }
        }
    }

    public static void writeJson(VoteResult result, Writer out) throws IOException {
        JsonOutput.write(toJson(result), out);
    }

    /** Winners, ranking, lottery and scores, then (when {@code explain}) the explanation. */
    public static void writeText(VoteResult result, Writer out, boolean explain) throws IOException {
        PrintWriter writer = new PrintWriter(out);
        Items candidates = result.candidates();
        writer.println("rule: " + result.rule() + (result.seats() > 1 ? " (" + result.seats() + " seats)" : ""));
        int[] winners = result.winners();
        String label = winners.length > result.seats() ? "winners (tied)" : winners.length > 1 ? "winners" : "winner";
        writer.println(label + ": " + String.join(", ", result.winnerNames()));
        result.ranking().ifPresent(groups -> writer.println("ranking: " + ranking(groups, candidates)));
        result.lottery().ifPresent(p -> {
            List<String> entries = new ArrayList<>();
            for (int c = 0; c < p.length; c++) {
                if (p[c] > 0) {
                    entries.add(candidates.name(c) + " " + TextCells.fixed(p[c], 4));
                }
            }
            writer.println("lottery: " + String.join(", ", entries));
        });
        if (explain) {
            printExplanation(writer, result.explanation());
        }
        writer.flush();
    }

    /**
     * Several rules side by side: rule, winners, ranking; a rule that does not apply says why in
     * short (its full message is in the JSON and CSV output, and from {@code --rule NAME}).
     */
    public static void writeComparisonTable(List<RuleOutcome> outcomes, Writer out) throws IOException {
        PrintWriter writer = new PrintWriter(out);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"rule", "winners", "ranking"});
        for (RuleOutcome outcome : outcomes) {
            rows.add(outcome.result() == null
                    ? new String[] {outcome.rule(), "n/a", shortProblem(outcome)}
                    : new String[] {outcome.rule(), String.join(", ", outcome.result().winnerNames()),
                        outcome.result().ranking().map(groups -> ranking(groups, outcome.result().candidates())).orElse("")});
        }
        int[] widths = new int[2];
        for (String[] row : rows) {
            widths[0] = Math.max(widths[0], row[0].length());
            widths[1] = Math.max(widths[1], row[1].length());
        }
        for (String[] row : rows) {
            writer.println(String.format(Locale.ROOT, "%-" + widths[0] + "s  %-" + widths[1] + "s  %s", (Object[]) row)
                    .stripTrailing());
        }
        writer.flush();
    }

    /** A rule's problem up to its first colon, semicolon or full stop, without the "rule 'x'" prefix. */
    private static String shortProblem(RuleOutcome outcome) {
        String text = outcome.problem().replaceFirst("^rule '[^']*' ", "");
        int end = text.length();
        for (String stop : List.of(":", ";", ". ", " (")) {
            int at = text.indexOf(stop);
            if (at > 0) {
                end = Math.min(end, at);
            }
        }
        return text.substring(0, end);
    }

    public static void writeComparisonJson(List<RuleOutcome> outcomes, Writer out) throws IOException {
        ObjectNode document = JsonOutput.object();
        ArrayNode results = document.putArray("results");
        for (RuleOutcome outcome : outcomes) {
            if (outcome.result() == null) {
                results.addObject().put("rule", outcome.rule()).put("error", outcome.problem());
            } else {
                results.add(toJson(outcome.result()));
            }
        }
        JsonOutput.write(document, out);
    }

    public static void writeComparisonCsv(List<RuleOutcome> outcomes, Writer out) throws IOException {
        PrintWriter writer = new PrintWriter(out);
        writer.println("rule,winners,ranking,error");
        for (RuleOutcome outcome : outcomes) {
            VoteResult result = outcome.result();
            String winners = result == null ? "" : String.join(";", result.winnerNames());
            String ranking = result == null ? "" : result.ranking().map(groups -> ranking(groups, result.candidates())).orElse("");
            writer.println(String.join(",", TextCells.csv(outcome.rule()), TextCells.csv(winners), TextCells.csv(ranking),
                    TextCells.csv(outcome.problem() == null ? "" : outcome.problem())));
        }
        writer.flush();
    }

    /** {@code A > B = C > D}: groups best first, tied candidates joined by "=". */
    static String ranking(List<int[]> groups, Items candidates) {
        return groups.stream()
                .map(group -> Arrays.stream(group).mapToObj(candidates::name).collect(Collectors.joining(" = ")))
                .collect(Collectors.joining(" > "));
    }

}
