package dev.ordinal.metric;

import dev.ordinal.audit.Label;
import dev.ordinal.judgment.Outcome;

/**
 * A pairwise verdict seen from a unit's canonical item order, so that labels which showed the
 * two items in different left/right orders can be compared: the unit's first item is the one
 * whose id sorts first ({@link String#compareTo}), its second the other. Both-bad is a tie here:
 * neither item is preferred, and agreement is about which item is preferred.
 */
public enum Verdict {
    /** The first item (the lesser id) is preferred. */
    A("a"),
    /** The second item is preferred. */
    B("b"),
    /** Neither is preferred: a tie or both-bad. */
    TIE("tie");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** How reports print it: {@code a}, {@code b} or {@code tie}. */
    public String label() {
        return label;
    }

    /** The label's verdict, seen from its unit's canonical first item. */
    public static Verdict of(Label label) {
        if (label.outcome().isTie()) {
            return TIE;
        }
        boolean leftIsFirst = label.left().compareTo(label.right()) < 0;
        boolean leftPreferred = label.outcome() == Outcome.A;
        return leftIsFirst == leftPreferred ? A : B;
    }

    /** The unit's first item in canonical order. */
    public static String firstItem(Label label) {
        return label.left().compareTo(label.right()) < 0 ? label.left() : label.right();
    }

    /** The unit's second item in canonical order. */
    public static String secondItem(Label label) {
        return label.left().compareTo(label.right()) < 0 ? label.right() : label.left();
    }
}
