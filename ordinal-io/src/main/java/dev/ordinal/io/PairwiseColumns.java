package dev.ordinal.io;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.judgment.Outcome;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a pairwise judgment lives in a CSV row or a JSON object: the columns (or keys) of the two
 * sides and of the verdict, the verdict values that mean each {@link Outcome}, and optional
 * provenance columns.
 *
 * @param a             column of the item shown as side A
 * @param b             column of the item shown as side B
 * @param winner        column of the verdict
 * @param outcomeValues verdict value to outcome, in the order error messages list them
 * @param judge         column of the judge (voter id or AI judge), if any
 * @param time          column of the time: an ISO-8601 instant or epoch seconds
 * @param category      column of the kind of prompt or task
 * @param weight        column of a positive, finite weight (1 when absent)
 * @param unit          column of what was judged, for audits: records of several sources with one
 *                      unit answered the same question (LLMFAO's pair {@code id})
 * @param context       column of the prompt or task the two sides answered, for audits
 */
public record PairwiseColumns(String a, String b, String winner, Map<String, Outcome> outcomeValues,
                              Optional<String> judge, Optional<String> time, Optional<String> category,
                              Optional<String> weight, Optional<String> unit, Optional<String> context) {
    private static final String OUTCOMES = "outcomes";

    public PairwiseColumns {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(winner, "winner");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(weight, "weight");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(context, "context");
        if (a.equals(b) || a.equals(winner) || b.equals(winner)) {
            throw new UnsupportedCombinationException(List.of("a", "b", "winner"),
                    "the a, b and winner columns must differ, got '" + a + "', '" + b + "', '" + winner + "'");
        }
        requireBothSides(outcomeValues, outcomeValues.toString());
        outcomeValues = Collections.unmodifiableMap(new LinkedHashMap<>(outcomeValues));
    }

    /**
     * The FastChat / LMArena battle layout: {@code model_a}, {@code model_b}, {@code winner} in
     * {@code model_a, model_b, tie, tie (bothbad)}; judge {@code judge}, time {@code tstamp}
     * (epoch seconds) and {@code category} when the input has them.
     */
    public static PairwiseColumns arena() {
        Map<String, Outcome> values = new LinkedHashMap<>();
        values.put("model_a", Outcome.A);
        values.put("model_b", Outcome.B);
        values.put("tie", Outcome.TIE);
        values.put("tie (bothbad)", Outcome.BOTH_BAD);
        return new PairwiseColumns("model_a", "model_b", "winner", values, Optional.of("judge"),
                Optional.of("tstamp"), Optional.of("category"), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /**
     * The LLMFAO layout (github.com/dustalov/llmfao): {@code left}, {@code right}, {@code winner}
     * in {@code left, right, tie}; judge {@code worker}, unit {@code id} (the pair) and context
     * {@code prompt} when the input has them.
     */
    public static PairwiseColumns leftRight() {
        Map<String, Outcome> values = new LinkedHashMap<>();
        values.put("left", Outcome.A);
        values.put("right", Outcome.B);
        values.put("tie", Outcome.TIE);
        return new PairwiseColumns("left", "right", "winner", values, Optional.of("worker"),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("id"), Optional.of("prompt"));
    }

    /**
     * The layout of an arena server's log export ({@code GET /api/v1/arenas/{arena}/judgments}):
     * {@code a}, {@code b}, {@code outcome} in {@code a, b, tie, both_bad}; judge {@code judge} and
     * category {@code category}, which is also the context (the log has no prompt), when the input
     * has them. Weights and times are left to named columns ({@code --weight weight}).
     */
    public static PairwiseColumns arenaLog() {
        Map<String, Outcome> values = new LinkedHashMap<>();
        values.put("a", Outcome.A);
        values.put("b", Outcome.B);
        values.put("tie", Outcome.TIE);
        values.put("both_bad", Outcome.BOTH_BAD);
        return new PairwiseColumns("a", "b", "outcome", values, Optional.of("judge"), Optional.empty(),
                Optional.of("category"), Optional.empty(), Optional.empty(), Optional.of("category"));
    }

    /** Columns named by the user, with no provenance columns; add them with the {@code with...} methods. */
    public static PairwiseColumns of(String a, String b, String winner, Map<String, Outcome> outcomeValues) {
        return new PairwiseColumns(a, b, winner, outcomeValues, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    public PairwiseColumns withJudge(String column) {
        return new PairwiseColumns(a, b, winner, outcomeValues, Optional.of(column), time, category, weight, unit, context);
    }

    public PairwiseColumns withTime(String column) {
        return new PairwiseColumns(a, b, winner, outcomeValues, judge, Optional.of(column), category, weight, unit, context);
    }

    public PairwiseColumns withCategory(String column) {
        return new PairwiseColumns(a, b, winner, outcomeValues, judge, time, Optional.of(column), weight, unit, context);
    }

    public PairwiseColumns withWeight(String column) {
        return new PairwiseColumns(a, b, winner, outcomeValues, judge, time, category, Optional.of(column), unit, context);
    }

    public PairwiseColumns withUnit(String column) {
        return new PairwiseColumns(a, b, winner, outcomeValues, judge, time, category, weight, Optional.of(column),
                context);
    }

    public PairwiseColumns withContext(String column) {
        return new PairwiseColumns(a, b, winner, outcomeValues, judge, time, category, weight, unit,
                Optional.of(column));
    }

    /**
     * Parses an outcome mapping (the {@code outcomes} option), e.g.
     * {@code a=left,b=right,tie=tie|draw,both_bad=bad}: comma-separated {@code outcome=value}
     * pairs, where the outcome is a verdict label ({@link Outcome#fromLabel}, any case) and
     * {@code |} separates several values.
     *
     * @throws InvalidParameterException naming {@code outcomes} and the part that cannot be understood
     */
    public static Map<String, Outcome> parseOutcomes(String spec) {
        Map<String, Outcome> values = new LinkedHashMap<>();
        for (String part : spec.split(",", -1)) {
            int equals = part.indexOf('=');
            if (equals < 0) {
                throw new InvalidParameterException(OUTCOMES, part.trim(),
                        "outcome=value pairs, e.g. a=left,b=right,tie=tie|draw");
            }
            Outcome outcome = Outcome.fromLabel(part.substring(0, equals)).orElseThrow(() -> new InvalidParameterException(
                    OUTCOMES, part.trim(), "outcome=value pairs whose outcome is a, b, tie or both_bad"));
            for (String value : part.substring(equals + 1).split("\\|", -1)) {
                String trimmed = value.trim();
                if (trimmed.isEmpty()) {
                    throw new InvalidParameterException(OUTCOMES, part.trim(), "outcome=value pairs with no empty value");
                }
                Outcome previous = values.putIfAbsent(trimmed, outcome);
                if (previous != null && previous != outcome) {
                    throw new InvalidParameterException(OUTCOMES, spec, "a mapping that gives each value one outcome ('"
                            + trimmed + "' is mapped to both " + previous.label() + " and " + outcome.label() + ")");
                }
            }
        }
        requireBothSides(values, spec);
        return values;
    }

    private static void requireBothSides(Map<String, Outcome> values, String spec) {
        if (!values.containsValue(Outcome.A) || !values.containsValue(Outcome.B)) {
            throw new InvalidParameterException(OUTCOMES, spec, "a mapping with values for both a and b");
        }
    }

    /**
     * The preset whose required columns the header has ({@link #arena()} first, then
     * {@link #leftRight()}, then {@link #arenaLog()}), keeping only the optional columns the header
     * also has.
     */
    static Optional<PairwiseColumns> detect(Collection<String> header) {
        for (PairwiseColumns preset : new PairwiseColumns[] {arena(), leftRight(), arenaLog()}) {
            if (header.contains(preset.a) && header.contains(preset.b) && header.contains(preset.winner)) {
                return Optional.of(new PairwiseColumns(preset.a, preset.b, preset.winner, preset.outcomeValues,
                        preset.judge.filter(header::contains), preset.time.filter(header::contains),
                        preset.category.filter(header::contains), preset.weight.filter(header::contains),
                        preset.unit.filter(header::contains), preset.context.filter(header::contains)));
            }
        }
        return Optional.empty();
    }

    /** The outcome values as error messages list them: "one of x, y, z". */
    String expectedOutcomes() {
        return "one of " + String.join(", ", outcomeValues.keySet());
    }
}
