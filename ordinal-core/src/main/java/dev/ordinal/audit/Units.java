package dev.ordinal.audit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels grouped by unit, in order of first appearance, after checking that every unit is one
 * question: all its labels, from any source, compare the same two items.
 */
final class Units {
    private Units() {
    }

    static Map<String, List<Label>> group(List<Label> labels) {
        Map<String, List<Label>> byUnit = new LinkedHashMap<>();
        for (Label label : labels) {
            List<Label> unit = byUnit.computeIfAbsent(label.unit(), key -> new ArrayList<>());
            if (!unit.isEmpty()) {
                Label first = unit.get(0);
                boolean same = first.left().equals(label.left()) && first.right().equals(label.right())
                        || first.left().equals(label.right()) && first.right().equals(label.left());
                if (!same) {
                    throw new IllegalArgumentException("unit '" + label.unit() + "' compares '" + first.left()
                            + "' with '" + first.right() + "' (source " + first.source() + ") but also '"
                            + label.left() + "' with '" + label.right() + "' (source " + label.source()
                            + "); a unit must be one question about one pair of items");
                }
            }
            unit.add(label);
        }
        return byUnit;
    }
}
