package dev.ordinal.judgment;

import dev.ordinal.error.InvalidParameterException;
import java.util.Locale;
import java.util.Optional;

/** The verdict of one pairwise judgment, seen from side A. */
public enum Outcome {
    /** Side A is preferred. */
    A,
    /** Side B is preferred. */
    B,
    /** Neither side is preferred, both are acceptable. */
    TIE,
    /** Neither side is preferred, both are unacceptable. Estimators treat it as a tie. */
    BOTH_BAD;

    /** The same verdict seen from side B. */
    public Outcome swapped() {
        return switch (this) {
            case A -> B;
            case B -> A;
            default -> this;
        };
    }

    /** The verdict's label as files, requests and the store write it: {@code a}, {@code b}, {@code tie}, {@code both_bad}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The verdict a {@link #label() label} names, in any case ({@code bothbad} is read as
     * {@code both_bad}); empty for any other text. The one parser of verdict labels: readers,
     * the store and the server all call it.
     */
    public static Optional<Outcome> fromLabel(String label) {
        return switch (label.trim().toLowerCase(Locale.ROOT)) {
            case "a" -> Optional.of(A);
            case "b" -> Optional.of(B);
            case "tie" -> Optional.of(TIE);
            case "both_bad", "bothbad" -> Optional.of(BOTH_BAD);
            default -> Optional.empty();
        };
    }

    /**
     * The verdict {@code label} names, as {@link #fromLabel}.
     *
     * @param parameter the name of the parameter or field the label was given in
     * @throws InvalidParameterException naming {@code parameter} when the label names no verdict
     */
    public static Outcome parse(String parameter, String label) {
        return fromLabel(label).orElseThrow(
                () -> new InvalidParameterException(parameter, label, "one of a, b, tie, both_bad"));
    }

    public boolean isTie() {
        return this == TIE || this == BOTH_BAD;
    }
}
