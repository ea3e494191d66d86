package dev.ordinal.io;

import dev.ordinal.audit.Label;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.List;

/**
 * Keeps every pairwise record as a {@link Label} of one source, in file order, with no collapsing:
 * an audit needs each judge's each verdict. A record with no judge is the source's own; a record
 * with no unit gets its context and unordered pair as unit, so that the same two items on the same
 * prompt are one question whichever side each was shown on.
 */
final class LabelSink implements PairwiseSink {
    /** Joins the parts of a made-up unit. */
    static final String UNIT_SEPARATOR = " | ";

    private final String source;
    private final List<Label> labels = new ArrayList<>();

    LabelSink(String source) {
        this.source = source;
    }

    @Override
    public boolean keepsProvenance() {
        return true;
    }

    @Override
    public void add(String a, String b, Outcome outcome, double weight, String judge, String unit, String context) {
        labels.add(new Label(source, judge.isEmpty() ? source : judge, unit.isEmpty() ? pairUnit(context, a, b) : unit,
                context, a, b, outcome));
    }

    /**
     * The unit of a record without one: its context when it has one, then its two items in
     * lexicographic order, e.g. {@code 8 | Alpaca (7B) | Weaver 12k}.
     */
    static String pairUnit(String context, String a, String b) {
        String pair = a.compareTo(b) < 0 ? a + UNIT_SEPARATOR + b : b + UNIT_SEPARATOR + a;
        return context.isEmpty() ? pair : context + UNIT_SEPARATOR + pair;
    }

    List<Label> labels() {
        return labels;
    }
}
