package dev.ordinal.audit;

import java.util.OptionalDouble;

/**
 * Triads of items whose three pairs a judge all compared, and those that are not a weak order.
 *
 * @param triads            triads with all three verdicts
 * @param cycles            triads with three strict verdicts in a cycle, A ≻ B ≻ C ≻ A
 * @param tieContradictions triads with a tie that no weak order allows: A = B, B = C, A ≻ C;
 *                          A ≻ B ≻ C with A = C; or A ≻ B = C ≻ A
 */
public record TransitivityCount(long triads, long cycles, long tieContradictions) {
    public static final TransitivityCount ZERO = new TransitivityCount(0, 0, 0);

    public long inconsistent() {
        return cycles + tieContradictions;
    }

    /** The share of triads that are inconsistent (TrustJudge's non-transitivity ratio for k = 3); empty without triads. */
    public OptionalDouble rate() {
        return triads == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) inconsistent() / triads);
    }

    public TransitivityCount plus(TransitivityCount other) {
        return new TransitivityCount(triads + other.triads, cycles + other.cycles,
                tieContradictions + other.tieContradictions);
    }
}
