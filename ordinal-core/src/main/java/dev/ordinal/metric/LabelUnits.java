package dev.ordinal.metric;

import dev.ordinal.audit.Label;
import dev.ordinal.error.DataException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One source's labels grouped by unit, in order of first appearance, every unit checked to be
 * one question: all its labels compare the same two items (in either order).
 */
final class LabelUnits {
    private final String name;
    private final Map<String, List<Label>> byUnit;

    private LabelUnits(String name, Map<String, List<Label>> byUnit) {
        this.name = name;
        this.byUnit = byUnit;
    }

    /** Groups {@code labels}; {@code role} names the list in the error when it is empty. */
    static LabelUnits of(List<Label> labels, String role) {
        if (labels.isEmpty()) {
            throw new DataException(role + " has no labels");
        }
        String name = describe(labels);
        Map<String, List<Label>> byUnit = new LinkedHashMap<>();
        for (Label label : labels) {
            List<Label> unit = byUnit.computeIfAbsent(label.unit(), u -> new ArrayList<>());
            if (!unit.isEmpty()) {
                requireSamePair(unit.get(0), name, label, name);
            }
            unit.add(label);
        }
        return new LabelUnits(name, byUnit);
    }

    /**
     * A name for a list of labels in messages and reports: its source; source/judge when all
     * labels come from one judge named apart from the source; sources joined by + when mixed.
     */
    static String describe(List<Label> labels) {
        Set<String> sources = new LinkedHashSet<>();
        Set<String> judges = new LinkedHashSet<>();
        for (Label label : labels) {
            sources.add(label.source());
            judges.add(label.judge());
        }
        if (sources.size() > 1) {
            return String.join("+", sources);
        }
        String source = sources.iterator().next();
        String judge = judges.iterator().next();
        return judges.size() == 1 && !judge.equals(source) ? source + "/" + judge : source;
    }

    /** Fails, naming the unit and both sources, when two labels of one unit compare different items. */
    static void requireSamePair(Label first, String firstName, Label second, String secondName) {
        if (!Verdict.firstItem(first).equals(Verdict.firstItem(second))
                || !Verdict.secondItem(first).equals(Verdict.secondItem(second))) {
            throw new DataException("unit '" + first.unit() + "' compares '" + first.left() + "' and '"
                    + first.right() + "' in " + firstName + " but '" + second.left() + "' and '" + second.right()
                    + "' in " + secondName + "; a unit must be the same question in every source");
        }
    }

    String name() {
        return name;
    }

    Map<String, List<Label>> byUnit() {
        return byUnit;
    }

    int unitCount() {
        return byUnit.size();
    }

    /** A few unit ids for messages, e.g. {@code '1', '2', '3', …}. */
    String sampleUnits() {
        List<String> sample = byUnit.keySet().stream().limit(3).map(u -> "'" + u + "'").toList();
        return String.join(", ", sample) + (byUnit.size() > 3 ? ", …" : "");
    }
}
