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
        labels.add(new Label(source, judge.isEmpty() ? source : judge, unit.isEmpty() ? Label.pairUnit(context, a, b) : unit,
                context, a, b, outcome));
    }

    List<Label> labels() {
        return labels;
    }
}
