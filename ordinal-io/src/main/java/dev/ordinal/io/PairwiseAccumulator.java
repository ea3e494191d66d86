package dev.ordinal.io;

import dev.ordinal.judgment.Outcome;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks the fields of one pairwise record and hands it to a {@link PairwiseSink}. Shared by the
 * CSV and JSON readers so that both accept and reject exactly the same values. A record's fields
 * come as an array indexed by {@link #A}, {@link #B}... {@link #CONTEXT}; an empty string stands
 * for an absent value.
 */
final class PairwiseAccumulator {
    static final int A = 0;
    static final int B = 1;
    static final int WINNER = 2;
    static final int TIME = 3;
    static final int WEIGHT = 4;
    static final int JUDGE = 5;
    static final int UNIT = 6;
    static final int CONTEXT = 7;
    static final int FIELDS = 8;

    private final PairwiseColumns columns;
    private final ReadTally tally;
    private final PairwiseSink sink;
    private final Map<String, Outcome> outcomes;

    PairwiseAccumulator(PairwiseColumns columns, ReadTally tally, PairwiseSink sink) {
        this.columns = columns;
        this.tally = tally;
        this.sink = sink;
        this.outcomes = new HashMap<>(columns.outcomeValues());
    }

    /**
     * The column (or key) of each field the sink wants, indexed as a record's fields are; "" for a
     * field the columns do not name or the sink does not keep.
     */
    String[] fieldColumns() {
        String[] names = new String[FIELDS];
        names[A] = columns.a();
        names[B] = columns.b();
        names[WINNER] = columns.winner();
        names[TIME] = columns.time().orElse("");
        names[WEIGHT] = columns.weight().orElse("");
        boolean provenance = sink.keepsProvenance();
        names[JUDGE] = provenance ? columns.judge().orElse("") : "";
        names[UNIT] = provenance ? columns.unit().orElse("") : "";
        names[CONTEXT] = provenance ? columns.context().orElse("") : "";
        return names;
    }

    /** One record, its fields indexed as {@link #fieldColumns()} names them. */
    void add(long line, String[] fields) {
        tally.records(1);
        String a = fields[A];
        String b = fields[B];
        String winner = fields[WINNER];
        String time = fields[TIME];
        String weight = fields[WEIGHT];
        if (a.isEmpty() || b.isEmpty() || winner.isEmpty()) {
            String field = a.isEmpty() ? columns.a() : b.isEmpty() ? columns.b() : columns.winner();
            String expected = winner.isEmpty() && !a.isEmpty() && !b.isEmpty() ? columns.expectedOutcomes() : "an item id";
            tally.reject(tally.error(line, field, null, "missing value", expected, "missing field"), 1);
            return;
        }
        Outcome outcome = outcomes.get(winner);
        if (outcome == null) {
            tally.reject(tally.error(line, columns.winner(), winner, "'" + winner + "' is not a known outcome",
                    columns.expectedOutcomes(), "unknown outcome"), 1);
            return;
        }
        if (a.equals(b)) {
            tally.reject(tally.error(line, columns.b(), b, "'" + b + "' is the same item as field '" + columns.a() + "'",
                    "two different items", "self-comparison"), 1);
            return;
        }
        double judgmentWeight = 1.0;
        if (!weight.isEmpty()) {
            judgmentWeight = parseWeight(weight);
            if (!(judgmentWeight > 0) || Double.isInfinite(judgmentWeight)) {
                tally.reject(tally.error(line, columns.weight().orElseThrow(), weight,
                        "'" + weight + "' is not a positive weight", "a positive, finite number", "bad weight"), 1);
                return;
            }
        }
        if (!time.isEmpty() && !isTime(time)) {
            tally.reject(tally.error(line, columns.time().orElseThrow(), time, "'" + time + "' is not a time",
                    "an ISO-8601 instant such as 2024-05-01T12:00:00Z or epoch seconds", "bad time"), 1);
            return;
        }
        sink.add(a, b, outcome, judgmentWeight, fields[JUDGE], fields[UNIT], fields[CONTEXT]);
        tally.kept(1);
    }

    /** NaN for text that is not a number, so that the caller's positivity check rejects it. */
    static double parseWeight(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    private static boolean isTime(String text) {
        try {
            return Double.isFinite(Double.parseDouble(text));
        } catch (NumberFormatException notEpochSeconds) {
            try {
                Instant.parse(text);
                return true;
            } catch (DateTimeParseException notIso) {
                return false;
            }
        }
    }
}
