package dev.ordinal.judgment;

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

    public boolean isTie() {
        return this == TIE || this == BOTH_BAD;
    }
}
