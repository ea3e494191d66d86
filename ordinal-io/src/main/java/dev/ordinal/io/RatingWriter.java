package dev.ordinal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.rating.Evaluation;
import dev.ordinal.rating.Rating;
import dev.ordinal.rating.RatingHistory;
import dev.ordinal.rating.RatingSystem;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes the ratings of an online system (table, JSON, CSV) and the side-by-side scores of
 * {@code ordinal evaluate}. Field names follow the system: Elo has {@code rating}; Glicko-2
 * {@code rating}, {@code rd}, {@code volatility} on the Glicko scale; TrueSkill, OpenSkill and
 * the batch baseline {@code mu}, {@code sigma}, {@code conservative}.
 */
public final class RatingWriter {
    private RatingWriter() {
    }

    /** How a system's ratings are named in output. */
    private enum Shape {
        ELO, GLICKO, GAUSSIAN;

        static Shape of(RatingSystem system) {
            return switch (system.name()) {
                case "elo", "bt-batch" -> ELO;
                case "glicko2" -> GLICKO;
                default -> GAUSSIAN;
            };
        }

        List<String> columns() {
            return switch (this) {
                case ELO -> List.of("rating");
                case GLICKO -> List.of("rating", "rd", "volatility");
                case GAUSSIAN -> List.of("mu", "sigma", "conservative");
            };
        }

        double[] values(Rating rating) {
            return switch (this) {
                case ELO -> new double[] {rating.mean()};
                case GLICKO -> new double[] {rating.mean(), rating.deviation(), rating.volatility().orElse(Double.NaN)};
                case GAUSSIAN -> new double[] {rating.mean(), rating.deviation(), rating.conservative()};
            };
        }
    }

    /** Players best first by their conservative rating, then by name. */
    public static List<String> ranked(RatingSystem system) {
        List<String> players = new ArrayList<>(system.players());
        players.sort(Comparator.<String>comparingDouble(p -> -system.rating(p).conservative())
                .thenComparing(Comparator.naturalOrder()));
        return players;
    }

    public static void writeJson(RatingSystem system, int games, Writer out) throws IOException {
        Shape shape = Shape.of(system);
        ObjectNode root = JsonOutput.object();
        root.put("system", system.name());
        root.put("games", games);
        ArrayNode items = root.putArray("items");
        for (String player : ranked(system)) {
            ObjectNode item = items.addObject();
            item.put("name", player);
            double[] values = shape.values(system.rating(player));
            for (int k = 0; k < values.length; k++) {
                item.put(shape.columns().get(k), TextCells.rounded(values[k], shape == Shape.GLICKO && k == 2 ? 6 : 3));
            }
            item.put("games", system.games(player));
        }
        JsonOutput.write(root, out);
    }

    public static void writeCsv(RatingSystem system, Writer out) {
        Shape shape = Shape.of(system);
        PrintWriter writer = new PrintWriter(out);
        writer.println("rank,name," + String.join(",", shape.columns()) + ",games");
        int rank = 1;
        for (String player : ranked(system)) {
            StringBuilder line = new StringBuilder().append(rank++).append(',').append(TextCells.csv(player));
            for (double value : shape.values(system.rating(player))) {
                line.append(',').append(TextCells.fixed(value, 6));
            }
            writer.println(line.append(',').append(system.games(player)));
        }
        writer.flush();
    }

    public static void writeTable(RatingSystem system, int games, Writer out) {
        Shape shape = Shape.of(system);
        List<String[]> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("rank", "player"));
        header.addAll(shape.columns());
        header.add("games");
        rows.add(header.toArray(new String[0]));
        int rank = 1;
        for (String player : ranked(system)) {
            List<String> row = new ArrayList<>(List.of(String.valueOf(rank++), player));
            double[] values = shape.values(system.rating(player));
            for (int k = 0; k < values.length; k++) {
                row.add(TextCells.fixed(values[k], shape == Shape.GLICKO && k == 2 ? 5 : shape == Shape.GAUSSIAN ? 3 : 1));
            }
            row.add(String.valueOf(system.games(player)));
            rows.add(row.toArray(new String[0]));
        }
        PrintWriter writer = new PrintWriter(out);
        writer.printf(Locale.ROOT, "%s: %,d games, %,d players%n%n", system.name(), games, system.players().size());
        TextCells.printAligned(writer, rows, 1);
        writer.flush();
    }

    /** One history row per player of each game, after the game: game, time, player, rating fields. */
    public static String historyHeader(RatingSystem system) {
        return "game_id,time,player," + String.join(",", Shape.of(system).columns()) + ",games";
    }

    public static String historyRow(RatingHistory.Point point, RatingSystem system) {
        StringBuilder line = new StringBuilder().append(TextCells.csv(point.gameId())).append(',')
                .append(point.time().map(Object::toString).orElse("")).append(',').append(TextCells.csv(point.player()));
        for (double value : Shape.of(system).values(point.rating())) {
            line.append(',').append(TextCells.fixed(value, 6));
        }
        return line.append(',').append(point.games()).toString();
    }

    public static void writeEvaluationJson(List<Evaluation.Result> results, Writer out) throws IOException {
        ObjectNode root = JsonOutput.object();
        ArrayNode systems = root.putArray("systems");
        for (Evaluation.Result result : results) {
            ObjectNode node = systems.addObject();
            node.put("name", result.system());
            node.put("games", result.games());
            node.put("scored", result.scored());
            node.put("decisive", result.decisive());
            putFinite(node, "accuracy", result.accuracy(), 4);
            putFinite(node, "log_loss", result.logLoss(), 4);
            putFinite(node, "brier", result.brier(), 4);
            putFinite(node, "updates_per_second", result.updatesPerSecond(), 0);
            ArrayNode bins = node.putArray("calibration");
            for (Evaluation.Bin bin : result.calibration()) {
                ObjectNode entry = bins.addObject();
                entry.put("lower", bin.lower());
                entry.put("upper", bin.upper());
                entry.put("count", bin.count());
                putFinite(entry, "predicted", bin.meanPredicted(), 4);
                putFinite(entry, "observed", bin.meanObserved(), 4);
            }
        }
        JsonOutput.write(root, out);
    }

    /** The side-by-side scores, then the calibration of every system by decile of predicted p. */
    public static void writeEvaluationTable(List<Evaluation.Result> results, Writer out) {
        PrintWriter writer = new PrintWriter(out);
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"system", "games", "scored", "accuracy", "log-loss", "brier", "updates/s"});
        for (Evaluation.Result result : results) {
            rows.add(new String[] {result.system(), String.valueOf(result.games()), String.valueOf(result.scored()),
                TextCells.fixed(result.accuracy(), 4), TextCells.fixed(result.logLoss(), 4), TextCells.fixed(result.brier(), 4),
                String.format(Locale.ROOT, "%,.0f", result.updatesPerSecond())});
        }
        TextCells.printAligned(writer, rows, 0);
        writer.println();
        writer.println("calibration: observed mean result (games) by decile of predicted expected score");
        List<String[]> calibration = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("predicted"));
        results.forEach(result -> header.add(result.system()));
        calibration.add(header.toArray(new String[0]));
        for (int b = 0; b < 10; b++) {
            List<String> row = new ArrayList<>(List.of(String.format(Locale.ROOT, "%.1f-%.1f", b / 10.0, (b + 1) / 10.0)));
            for (Evaluation.Result result : results) {
                Evaluation.Bin bin = result.calibration().get(b);
                row.add(bin.count() == 0 ? "-" : TextCells.fixed(bin.meanObserved(), 3) + " (" + bin.count() + ")");
            }
            calibration.add(row.toArray(new String[0]));
        }
        TextCells.printAligned(writer, calibration, 0);
        writer.flush();
    }

    private static void putFinite(ObjectNode node, String field, double value, int decimals) {
        if (Double.isFinite(value)) {
            node.put(field, TextCells.rounded(value, decimals));
        }
    }

}
