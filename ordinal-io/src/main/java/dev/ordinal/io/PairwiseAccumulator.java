package dev.ordinal.io;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;

/**
 * Checks the fields of one pairwise record and adds it to a {@link ComparisonTable}. Shared by
 * the CSV and JSON readers so that both accept and reject exactly the same values. An empty
 * string stands for an absent value.
 */
final class PairwiseAccumulator {
    private final ComparisonTable.Builder table = ComparisonTable.builder();
    private final CellCounts cells = new CellCounts();
    private final PairwiseColumns columns;
    private final ReadTally tally;
    private final Map<String, Outcome> outcomes;

    PairwiseAccumulator(PairwiseColumns columns, ReadTally tally) {
        this.columns = columns;
        this.tally = tally;
        this.outcomes = new HashMap<>(columns.outcomeValues());
    }

    /** One record: the two sides, the verdict, and the optional time and weight ("" when absent). */
    void add(long line, String a, String b, String winner, String time, String weight) {
        tally.records(1);
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
        cells.add(table.item(a), table.item(b), outcome, judgmentWeight);
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

    PairwiseColumns columns() {
        return columns;
    }

    ComparisonTable build() {
        cells.addTo(table);
        return table.build();
    }
}
