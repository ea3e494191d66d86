package dev.ordinal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.leaderboard.Interval;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.UncertaintyMethod;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a {@link Leaderboard} as a table for people, as JSON for programs (the documented
 * schema other tools read), or as CSV, and the matrix of expected scores as CSV.
 */
public final class LeaderboardWriter {
    private LeaderboardWriter() {
    }

    /** The JSON document: model, ties, scale, judgments, items (best first), fit, uncertainty, warnings. */
    public static ObjectNode toJson(Leaderboard board) {
        ObjectNode root = JsonOutput.object();
        root.put("model", board.model());
        root.put("ties", board.ties());
        root.put("scale", board.scale());
        root.put("judgments", board.judgments());
        ArrayNode items = root.putArray("items");
        for (Leaderboard.Entry entry : board.items()) {
            ObjectNode item = items.addObject();
            item.put("name", entry.name());
            item.put("rating", TextCells.rounded(entry.rating(), 2));
            entry.ci().ifPresent(ci -> item.putArray("ci").add(TextCells.rounded(ci.lower(), 2)).add(TextCells.rounded(ci.upper(), 2)));
            item.put("rank", entry.rank());
            item.putArray("rank_range").add(entry.rankRange().best()).add(entry.rankRange().worst());
            entry.rankQuantiles().ifPresent(q -> item.putArray("rank_quantiles").add(q.best()).add(q.worst()));
            item.put("wins", entry.wins());
            item.put("losses", entry.losses());
            item.put("ties", entry.ties());
            item.put("comparisons", entry.comparisons());
        }
        ObjectNode fit = root.putObject("fit");
        fit.put("converged", board.fit().converged());
        fit.put("iterations", board.fit().iterations());
        fit.put("log_likelihood", TextCells.rounded(board.fit().logLikelihood(), 4));
        for (Map.Entry<String, Double> extra : board.fit().extras().entrySet()) {
            fit.put(extra.getKey(), TextCells.rounded(extra.getValue(), 6));
        }
        ObjectNode uncertainty = root.putObject("uncertainty");
        Leaderboard.UncertaintySummary summary = board.uncertainty();
        uncertainty.put("method", summary.method().label());
        if (summary.method() == UncertaintyMethod.BOOTSTRAP) {
            uncertainty.put("rounds", summary.rounds());
        }
        if (summary.method() != UncertaintyMethod.NONE) {
            uncertainty.put("level", summary.level());
        }
        if (summary.method() == UncertaintyMethod.BOOTSTRAP) {
            uncertainty.put("seed", summary.seed());
            uncertainty.put("degenerate_rounds", summary.degenerateRounds());
        }
        if (!board.warnings().isEmpty()) {
            ArrayNode warnings = root.putArray("warnings");
            board.warnings().forEach(warnings::add);
        }
        return root;
    }

    public static void writeJson(Leaderboard board, Writer out) throws IOException {
        JsonOutput.write(toJson(board), out);
    }

    public static void writeCsv(Leaderboard board, Writer out) throws IOException {
        PrintWriter writer = new PrintWriter(out);
        writer.println("rank,name,rating,ci_lower,ci_upper,rank_best,rank_worst,wins,losses,ties,comparisons");
        for (Leaderboard.Entry entry : board.items()) {
            writer.println(String.join(",", String.valueOf(entry.rank()), TextCells.csv(entry.name()),
                    TextCells.fixed(entry.rating(), 2),
                    entry.ci().map(ci -> TextCells.fixed(ci.lower(), 2)).orElse(""),
                    entry.ci().map(ci -> TextCells.fixed(ci.upper(), 2)).orElse(""),
                    String.valueOf(entry.rankRange().best()), String.valueOf(entry.rankRange().worst()),
                    String.valueOf(entry.wins()), String.valueOf(entry.losses()), String.valueOf(entry.ties()),
                    String.valueOf(entry.comparisons())));
        }
        writer.flush();
    }

    /** An aligned table with a one-line summary on top. */
    public static void writeTable(Leaderboard board, Writer out) throws IOException {
        PrintWriter writer = new PrintWriter(out);
        Leaderboard.UncertaintySummary summary = board.uncertainty();
        String intervals = switch (summary.method()) {
            case BOOTSTRAP -> percent(summary.level()) + " bootstrap intervals (" + summary.rounds() + " rounds, seed "
                    + summary.seed() + ")";
            case SANDWICH -> percent(summary.level()) + " sandwich (robust) intervals";
            case FISHER -> percent(summary.level()) + " Fisher-information intervals";
            case NONE -> "no intervals";
        };
        writer.printf(Locale.ROOT, "%s, ties: %s, scale: %s; %,d judgments, %d items; %s%n", board.model(), board.ties(),
                board.scale(), board.judgments(), board.items().size(), intervals);
        writer.println();
        boolean withCi = summary.method() != UncertaintyMethod.NONE;
        List<String[]> rows = new ArrayList<>();
        rows.add(withCi
                ? new String[] {"rank", "item", "rating", percent(summary.level()) + " interval", "rank range", "wins",
                    "losses", "ties", "n"}
                : new String[] {"rank", "item", "rating", "wins", "losses", "ties", "n"});
        int decimals = board.scale().equals("logit") ? 3 : 1;
        for (Leaderboard.Entry entry : board.items()) {
            String range = entry.rankRange().best() == entry.rankRange().worst()
                    ? String.valueOf(entry.rankRange().best())
                    : entry.rankRange().best() + "–" + entry.rankRange().worst();
            String interval = entry.ci().map(ci -> formatInterval(ci, decimals)).orElse("");
            rows.add(withCi
                    ? new String[] {String.valueOf(entry.rank()), entry.name(), TextCells.fixed(entry.rating(), decimals),
                        interval, range, String.valueOf(entry.wins()), String.valueOf(entry.losses()),
                        String.valueOf(entry.ties()), String.valueOf(entry.comparisons())}
                    : new String[] {String.valueOf(entry.rank()), entry.name(), TextCells.fixed(entry.rating(), decimals),
                        String.valueOf(entry.wins()), String.valueOf(entry.losses()), String.valueOf(entry.ties()),
                        String.valueOf(entry.comparisons())});
        }
        TextCells.printAligned(writer, rows, 1);
        writer.printf(Locale.ROOT, "%nfit: %s in %d iterations, log-likelihood %.4f%s%n",
                board.fit().converged() ? "converged" : "NOT converged", board.fit().iterations(),
                board.fit().logLikelihood(), extras(board));
        writer.flush();
    }

    /** Expected score of the row item against the column item, items in leaderboard order. */
    public static void writeExpectedScores(Leaderboard board, Writer out) throws IOException {
        PrintWriter writer = new PrintWriter(out);
        double[][] scores = board.expectedScores();
        StringBuilder header = new StringBuilder("item");
        board.items().forEach(entry -> header.append(',').append(TextCells.csv(entry.name())));
        writer.println(header);
        for (int i = 0; i < scores.length; i++) {
            StringBuilder row = new StringBuilder(TextCells.csv(board.items().get(i).name()));
            for (double score : scores[i]) {
                row.append(',').append(TextCells.fixed(score, 4));
            }
            writer.println(row);
        }
        writer.flush();
    }

    private static String extras(Leaderboard board) {
        StringBuilder text = new StringBuilder();
        board.fit().extras().forEach((name, value) ->
                text.append(String.format(Locale.ROOT, ", %s %.4f", name, value)));
        return text.toString();
    }

    private static String formatInterval(Interval ci, int decimals) {
        return "[" + TextCells.fixed(ci.lower(), decimals) + ", " + TextCells.fixed(ci.upper(), decimals) + "]";
    }

    private static String percent(double level) {
        return BigDecimal.valueOf(level * 100).stripTrailingZeros().toPlainString() + "%";
    }

}
