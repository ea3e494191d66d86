package dev.ordinal.io;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordinal.audit.PreferenceProbability;
import dev.ordinal.audit.RatingDistribution;
import dev.ordinal.audit.ScoreLabel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Reads what the consistency audit (TrustJudge) needs beyond pairwise labels, all or nothing: the
 * first problem ends the read with an {@link InputException} naming the line, the field and what
 * was expected. Each file belongs to one source, given by the caller.
 * <ul>
 * <li>{@link #scores}: a judge's score of each item on its own, CSV with a header row or JSON Lines
 *     (a JSON array too), fields {@code judge}, {@code context}, {@code item}, {@code score};
 * <li>{@link #ratings}: a judge's probabilities over a rating scale per item, JSON Lines
 *     {@code {"judge","context","item","grades":[1,2,...],"probabilities":[...]}}; the
 *     probabilities are not negative and sum to 1 within {@value #SUM_TOLERANCE}, one per grade,
 *     and the grades increase strictly;
 * <li>{@link #preferences}: a judge's probabilities of one pairwise verdict in one order, JSON Lines
 *     {@code {"judge","context","left","right","left_wins","tie"}}, each in [0, 1] with
 *     {@code left_wins + tie} at most 1 within {@value #SUM_TOLERANCE} (the right side wins the
 *     rest); an optional {@code right_wins} must make the three sum to 1 within the same tolerance.
 * </ul>
 * In every format {@code judge} may be left out (the judge is then the source's name, as for a label
 * file without a judge column) and so may {@code context} (then empty, as for labels without a
 * prompt column); names may be JSON strings or numbers (LLMFAO numbers its prompts). Other fields
 * are ignored. A score may be a JSON number or a string holding one. Gzip is undone whenever the content starts with the gzip magic bytes.
 */
public final class ConsistencyFiles {
    /** How far probabilities may sum from 1. */
    public static final double SUM_TOLERANCE = 1e-6;

    private ConsistencyFiles() {
    }

    /** Reads scores from the file at {@code path} (or standard input for {@code -}), all of source {@code source}. */
    public static List<ScoreLabel> scores(String path, String source) {
        try (InputSource input = InputSource.open(path, bytes -> { })) {
            return scores(input, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads scores from a stream the caller owns, naming it {@code sourceName} in errors. */
    public static List<ScoreLabel> scores(InputStream in, String sourceName, String source) {
        return scores(InputSource.of(in, sourceName, false, bytes -> { }), source);
    }

    /** Reads rating distributions from the file at {@code path} (or standard input for {@code -}). */
    public static List<RatingDistribution> ratings(String path, String source) {
        try (InputSource input = InputSource.open(path, bytes -> { })) {
            return ratings(input, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads rating distributions from a stream the caller owns, naming it {@code sourceName} in errors. */
    public static List<RatingDistribution> ratings(InputStream in, String sourceName, String source) {
        return ratings(InputSource.of(in, sourceName, false, bytes -> { }), source);
    }

    /** Reads preference probabilities from the file at {@code path} (or standard input for {@code -}). */
    public static List<PreferenceProbability> preferences(String path, String source) {
        try (InputSource input = InputSource.open(path, bytes -> { })) {
            return preferences(input, source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads preference probabilities from a stream the caller owns, naming it {@code sourceName} in errors. */
    public static List<PreferenceProbability> preferences(InputStream in, String sourceName, String source) {
        return preferences(InputSource.of(in, sourceName, false, bytes -> { }), source);
    }

    private static List<ScoreLabel> scores(InputSource input, String source) {
        ReadTally tally = new ReadTally(input.name(), false, "scores");
        List<ScoreLabel> scores = new ArrayList<>();
        JsonRecords.Receiver json = (line, record) -> {
            object(tally, line, record, "a score");
            JsonNode value = record.get("score");
            String score = value == null || value.isNull() ? null : value.isValueNode() ? value.asText() : value.toString();
            addScore(tally, scores, line, source, optionalName(tally, line, record, "judge", source),
                    optionalName(tally, line, record, "context", ""), name(tally, line, record, "item"), score);
        };
        switch (input.resolve(InputFormat.AUTO)) {
            case ARENA_CSV -> scoresCsv(input.stream(), tally, scores, source);
            case ARENA_JSON -> JsonRecords.streamArray(input.stream(), tally, tally::nothingFound, json);
            case AUTO -> JsonRecords.streamLines(input.stream(), tally, json);
            default -> throw tally.error(0, null, null, "this looks like a PrefLib file",
                    "CSV with a header row (judge,context,item,score), JSON Lines or a JSON array", "unsupported format");
        }
        tally.finish();
        return List.copyOf(scores);
    }

    private static void scoresCsv(InputStream in, ReadTally tally, List<ScoreLabel> scores, String source) {
        try (CsvRows csv = CsvRows.open(in, tally)) {
            List<String> header = csv.header(tally::nothingFound).stream().map(String::strip).toList();
            for (String field : List.of("item", "score")) {
                if (!header.contains(field)) {
                    throw tally.error(csv.line(), null, String.join(",", header), "the header has no column '"
                            + field + "'", "columns judge, context, item and score (judge and context optional)",
                            "missing column");
                }
            }
            int[] slots = new int[header.size()];
            Arrays.fill(slots, -1);
            List<String> fields = List.of("judge", "context", "item", "score");
            for (int f = 0; f < fields.size(); f++) {
                int column = header.indexOf(fields.get(f));
                if (column >= 0) {
                    slots[column] = f;
                }
            }
            String[] values = new String[fields.size()];
            while (true) {
                Arrays.fill(values, null);
                if (!csv.next(slots, values)) {
                    break;
                }
                long line = csv.line();
                String item = values[2] == null ? "" : values[2].strip();
                if (item.isEmpty()) {
                    tally.records(1);
                    throw tally.error(line, "item", item, "the item is empty", "a name", "empty name");
                }
                String judge = values[0] == null || values[0].isBlank() ? source : values[0].strip();
                String context = values[1] == null ? "" : values[1].strip();
                addScore(tally, scores, line, source, judge, context, item, values[3]);
            }
        }
    }

    private static void addScore(ReadTally tally, List<ScoreLabel> scores, long line, String source, String judge,
                                 String context, String item, String text) {
        tally.records(1);
        double score = number(tally, line, "score", text, "a finite number, higher is better");
        scores.add(new ScoreLabel(source, judge, context, item, score));
        tally.kept(1);
    }

    private static List<RatingDistribution> ratings(InputSource input, String source) {
        ReadTally tally = new ReadTally(input.name(), false, "ratings");
        List<RatingDistribution> ratings = new ArrayList<>();
        JsonRecords.streamLines(input.stream(), tally, (line, record) -> {
            tally.records(1);
            object(tally, line, record, "a rating");
            String judge = optionalName(tally, line, record, "judge", source);
            String context = optionalName(tally, line, record, "context", "");
            String item = name(tally, line, record, "item");
            double[] grades = numbers(tally, line, record, "grades");
            double[] probabilities = numbers(tally, line, record, "probabilities");
            if (grades.length != probabilities.length) {
                throw tally.error(line, "probabilities", record.get("probabilities").toString(), grades.length
                        + " grades but " + probabilities.length + " probabilities", "one probability per grade",
                        "length mismatch");
            }
            for (int g = 1; g < grades.length; g++) {
                if (!(grades[g] > grades[g - 1])) {
                    throw tally.error(line, "grades", record.get("grades").toString(), "grade " + plain(grades[g])
                            + " does not follow " + plain(grades[g - 1]), "grades in strictly increasing order",
                            "bad grades");
                }
            }
            double total = 0;
            for (double probability : probabilities) {
                if (probability < 0) {
                    throw tally.error(line, "probabilities", record.get("probabilities").toString(),
                            "probability " + plain(probability) + " is negative", "probabilities of at least 0",
                            "negative probability");
                }
                total += probability;
            }
            if (Math.abs(total - 1) > SUM_TOLERANCE) {
                throw tally.error(line, "probabilities", record.get("probabilities").toString(), "the probabilities sum "
                        + "to " + plain(total), "a sum of 1 (within " + SUM_TOLERANCE + ")", "probabilities do not sum to 1");
            }
            ratings.add(new RatingDistribution(source, judge, context, item, grades, probabilities));
            tally.kept(1);
        });
        tally.finish();
        return List.copyOf(ratings);
    }

    private static List<PreferenceProbability> preferences(InputSource input, String source) {
        ReadTally tally = new ReadTally(input.name(), false, "preferences");
        List<PreferenceProbability> preferences = new ArrayList<>();
        JsonRecords.streamLines(input.stream(), tally, (line, record) -> {
            tally.records(1);
            object(tally, line, record, "a preference");
            String judge = optionalName(tally, line, record, "judge", source);
            String context = optionalName(tally, line, record, "context", "");
            String left = name(tally, line, record, "left");
            String right = name(tally, line, record, "right");
            if (left.equals(right)) {
                throw tally.error(line, "right", right, "'" + left + "' is compared with itself", "two different items",
                        "self-comparison");
            }
            double leftWins = probability(tally, line, record, "left_wins");
            double tie = probability(tally, line, record, "tie");
            JsonNode rightNode = record.get("right_wins");
            boolean hasRight = rightNode != null && !rightNode.isNull();
            double total = leftWins + tie + (hasRight ? probability(tally, line, record, "right_wins") : 0);
            if (hasRight ? Math.abs(total - 1) > SUM_TOLERANCE : total > 1 + SUM_TOLERANCE) {
                throw tally.error(line, hasRight ? "right_wins" : "tie", null, (hasRight ? "left_wins + tie + right_wins"
                        : "left_wins + tie") + " is " + plain(total), (hasRight ? "a sum of 1" : "at most 1")
                        + " (within " + SUM_TOLERANCE + ")", "probabilities do not sum to 1");
            }
            preferences.add(new PreferenceProbability(source, judge, context, left, right, leftWins,
                    Math.min(tie, 1 - leftWins)));
            tally.kept(1);
        });
        tally.finish();
        return List.copyOf(preferences);
    }

    private static void object(ReadTally tally, long line, JsonNode record, String what) {
        if (!record.isObject()) {
            throw tally.error(line, null, null, "a JSON " + record.getNodeType().name().toLowerCase(Locale.ROOT)
                    + " is not " + what, "one JSON object per line", "not an object");
        }
    }

    /** The name at {@code field}: a non-empty string, or a number as written. */
    private static String name(ReadTally tally, long line, JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            throw tally.error(line, field, null, "missing", "a string or a number", "missing field");
        }
        if (!(value.isTextual() || value.isNumber()) || value.asText().isBlank()) {
            throw tally.error(line, field, value.toString(), value + " is not a name", "a non-empty string or a number",
                    "bad name");
        }
        return value.asText().strip();
    }

    private static String optionalName(ReadTally tally, long line, JsonNode record, String field, String absent) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? absent : name(tally, line, record, field);
    }

    private static double number(ReadTally tally, long line, String field, String text, String expected) {
        if (text == null) {
            throw tally.error(line, field, null, "missing", expected, "missing field");
        }
        double value;
        try {
            value = Double.parseDouble(text.strip());
        } catch (NumberFormatException e) {
            value = Double.NaN;
        }
        if (!Double.isFinite(value)) {
            throw tally.error(line, field, text, "'" + text + "' is not a number", expected, "bad number");
        }
        return value;
    }

    private static double probability(ReadTally tally, long line, JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            throw tally.error(line, field, null, "missing", "a probability in [0, 1]", "missing field");
        }
        if (!value.isNumber() || !(value.asDouble() >= 0 && value.asDouble() <= 1)) {
            throw tally.error(line, field, value.toString(), value + " is not a probability", "a number in [0, 1]",
                    value.isNumber() && value.asDouble() < 0 ? "negative probability" : "bad probability");
        }
        return value.asDouble();
    }

    private static double[] numbers(ReadTally tally, long line, JsonNode record, String field) {
        JsonNode value = record.get(field);
        if (value == null || value.isNull()) {
            throw tally.error(line, field, null, "missing", "a non-empty array of numbers", "missing field");
        }
        if (!value.isArray() || value.isEmpty()) {
            throw tally.error(line, field, value.toString(), value + " is not a non-empty array",
                    "a non-empty array of numbers", "bad array");
        }
        double[] numbers = new double[value.size()];
        for (int i = 0; i < numbers.length; i++) {
            JsonNode element = value.get(i);
            if (!element.isNumber() || !Double.isFinite(element.asDouble())) {
                throw tally.error(line, field, value.toString(), "element " + (i + 1) + ", " + element
                        + ", is not a number", "an array of finite numbers", "bad array");
            }
            numbers[i] = element.asDouble();
        }
        return numbers;
    }

    /** A number as a person would write it: 1 rather than 1.0, 0.9 rather than 0.8999999999999999. */
    private static String plain(double value) {
        return java.math.BigDecimal.valueOf(value).setScale(9, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros()
                .toPlainString();
    }
}
