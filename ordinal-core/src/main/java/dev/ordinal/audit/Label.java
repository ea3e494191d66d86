package dev.ordinal.audit;

import dev.ordinal.judgment.Outcome;
import java.util.Objects;

/**
 * One pairwise label as an audit needs it: which source gave it (a file: the crowd, an LLM judge),
 * who within the source (a worker id, or the judge's name), what was judged ({@code unit}: the
 * same unit in two sources means the same question, e.g. LLMFAO's pair {@code id}), the context
 * (a prompt id), the items as shown on the left (side A) and the right (side B), and the verdict
 * seen from the left.
 *
 * @param source  the label's source, e.g. {@code crowd} or {@code gpt4}
 * @param judge   who gave it within the source; the source's name when it has no judge column
 * @param unit    what was judged; labels of several sources on one unit can be compared
 * @param context the prompt or task the items answered; empty when unknown
 * @param left    the item shown first (side A)
 * @param right   the item shown second (side B)
 * @param outcome the verdict, seen from the left
 */
public record Label(String source, String judge, String unit, String context, String left, String right, Outcome outcome) {
    public Label {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        Objects.requireNonNull(outcome, "outcome");
        if (left.equals(right)) {
            throw new IllegalArgumentException("an item cannot be compared with itself: '" + left + "'");
        }
    }

    /** Joins the parts of a made-up unit. */
    public static final String UNIT_SEPARATOR = " | ";

    /**
     * The unit of a label that names none: its context when it has one, then its two items in
     * lexicographic order, e.g. {@code 8 | Alpaca (7B) | Weaver 12k}, so that the same two items on
     * the same prompt are one question whichever side each was shown on.
     */
    public static String pairUnit(String context, String left, String right) {
        String pair = left.compareTo(right) < 0 ? left + UNIT_SEPARATOR + right : right + UNIT_SEPARATOR + left;
        return context.isEmpty() ? pair : context + UNIT_SEPARATOR + pair;
    }
}
