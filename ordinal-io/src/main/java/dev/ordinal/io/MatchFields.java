package dev.ordinal.io;

import dev.ordinal.judgment.Outcome;
import dev.ordinal.rating.Match;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Checks the fields shared by every match format (times, scores, two-player records) with the
 * same wording in each, and hands the matches that pass to the caller. An empty string stands
 * for an absent value.
 */
final class MatchFields {
    static final String EXPECTED_TIME =
            "an ISO-8601 instant such as 2024-05-01T12:00:00Z, epoch seconds, or MM/dd/yyyy HH:mm:ss (UTC)";
    static final String EXPECTED_SCORE = "a finite number (higher is better)";

    /**
     * The Halo 2 data of the Model-Based Machine Learning book writes times as .NET's invariant
     * culture does, month first and without a zone; they are taken as UTC.
     */
    private static final DateTimeFormatter MONTH_FIRST =
            DateTimeFormatter.ofPattern("MM/dd/uuuu HH:mm:ss").withResolverStyle(ResolverStyle.STRICT);

    private final ReadTally tally;
    private final Consumer<Match> sink;

    MatchFields(ReadTally tally, Consumer<Match> sink) {
        this.tally = tally;
        this.sink = sink;
    }

    ReadTally tally() {
        return tally;
    }

    /** Keeps a valid match. */
    void keep(Match match) {
        sink.accept(match);
        tally.kept(1);
    }

    /** An error at this source; {@code field} and {@code value} may be null. */
    InputException error(long line, String field, String value, String problem, String expected, String reason) {
        return tally.error(line, field, value, problem, expected, reason);
    }

    /** The id of a record that has none: its line. */
    static String lineId(long line) {
        return "line " + line;
    }

    /** A time, or empty for "". */
    Optional<Instant> time(long line, String field, String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            BigDecimal seconds = new BigDecimal(text.trim());
            BigDecimal whole = seconds.setScale(0, RoundingMode.FLOOR);
            long nanos = seconds.subtract(whole).movePointRight(9).setScale(0, RoundingMode.HALF_EVEN).longValueExact();
            return Optional.of(Instant.ofEpochSecond(whole.longValueExact(), nanos));
        } catch (NumberFormatException | ArithmeticException | DateTimeException notEpochSeconds) {
            // not a number of seconds, or one beyond the range of Instant
        }
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeException notIso) {
            // try the month-first layout
        }
        try {
            return Optional.of(LocalDateTime.parse(text, MONTH_FIRST).toInstant(ZoneOffset.UTC));
        } catch (DateTimeException notMonthFirst) {
            throw error(line, field, text, "'" + text + "' is not a time", EXPECTED_TIME, "bad time");
        }
    }

    /** A finite score. */
    double score(long line, String field, String text) {
        if (text.isEmpty()) {
            throw error(line, field, null, "missing value", EXPECTED_SCORE, "missing field");
        }
        double score;
        try {
            score = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            score = Double.NaN;
        }
        if (!Double.isFinite(score)) {
            throw error(line, field, text, "'" + text + "' is not a score", EXPECTED_SCORE, "bad score");
        }
        return score;
    }

    /** A player id, required. */
    String player(long line, String field, String text) {
        if (text.isEmpty()) {
            throw error(line, field, null, "missing value", "a player id", "missing field");
        }
        return text;
    }

    /** Fails when the two sides of a two-player record are the same player, as the pairwise readers do. */
    void distinct(long line, String fieldA, String fieldB, String a, String b) {
        if (a.equals(b)) {
            throw error(line, fieldB, b, "'" + b + "' is the same item as field '" + fieldA + "'",
                    "two different items", "self-comparison");
        }
    }

    /** An arena or left/right battle: the verdict decides, a tie (also "both bad") is a draw. */
    Match battle(long line, PairwiseColumns columns, String a, String b, String winner, String time) {
        if (a.isEmpty() || b.isEmpty() || winner.isEmpty()) {
            String field = a.isEmpty() ? columns.a() : b.isEmpty() ? columns.b() : columns.winner();
            String expected = a.isEmpty() || b.isEmpty() ? "an item id" : columns.expectedOutcomes();
            throw error(line, field, null, "missing value", expected, "missing field");
        }
        Outcome outcome = columns.outcomeValues().get(winner);
        if (outcome == null) {
            throw error(line, columns.winner(), winner, "'" + winner + "' is not a known outcome",
                    columns.expectedOutcomes(), "unknown outcome");
        }
        distinct(line, columns.a(), columns.b(), a, b);
        Optional<Instant> when = time(line, columns.time().orElse("time"), time);
        double result = switch (outcome) {
            case A -> 1.0;
            case B -> 0.0;
            case TIE, BOTH_BAD -> 0.5;
        };
        return Match.duel(lineId(line), when, a, b, result);
    }

    /** The report, or a failure when no match was kept. */
    ReadReport finish() {
        return tally.finish();
    }

    /** The failure of an input that holds no match. */
    InputException noMatches() {
        return tally.nothingFound();
    }
}
