package dev.ordinal.audit.run;

import dev.ordinal.audit.Label;
import dev.ordinal.error.DataException;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.metric.Majority;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The labels of one source (a crowd, an LLM judge, an arena's log), every record kept, in order.
 *
 * @param name   the source's name in the result, e.g. {@code crowd}
 * @param labels its labels, at least one
 * @throws DataException when there is no label
 */
public record AuditSource(String name, List<Label> labels) {
    public AuditSource {
        Objects.requireNonNull(name, "name");
        labels = List.copyOf(labels);
        if (labels.isEmpty()) {
            throw new DataException("source '" + name + "' has no labels", "give each source at least one label");
        }
    }

    /** Distinct judges: a crowd has one per worker, a judge file one. */
    public int judges() {
        Set<String> judges = new HashSet<>();
        labels.forEach(label -> judges.add(label.judge()));
        return judges.size();
    }

    /** Whether several judges gave the labels, so that the source is a panel of voters. */
    public boolean isPanel() {
        return judges() > 1;
    }

    /**
     * One label per unit: the labels themselves when each unit was labelled once, else the
     * majority per unit (a tied vote is a tie), as the agreement metrics need.
     */
    public List<Label> onePerUnit() {
        Set<String> units = new HashSet<>();
        for (Label label : labels) {
            if (!units.add(label.unit())) {
                return Majority.of(labels, Majority.TiedVote.TIE);
            }
        }
        return labels;
    }

    /** Whether some unit has several labels, so that {@link #onePerUnit} takes a majority. */
    public boolean needsMajority() {
        return onePerUnit() != labels;
    }

    /** The labels as a comparison table, each label counted once. */
    public ComparisonTable table() {
        ComparisonTable.Builder table = ComparisonTable.builder();
        labels.forEach(label -> table.add(label.left(), label.right(), label.outcome(), 1.0));
        return table.build();
    }
}
