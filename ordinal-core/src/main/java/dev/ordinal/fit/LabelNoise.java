package dev.ordinal.fit;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.Require;
import java.util.OptionalDouble;

/**
 * How often a label is flipped: a winner recorded as the loser, independently of the pair, with
 * probability ε &lt; ½ (the noise model of Chowdhury et al., "Provably Robust DPO", ICML 2024).
 * Either known ({@link #known}) or estimated with the strengths ({@link #estimated}).
 *
 * @param rate the known flip rate ε in [0, ½), or empty when ε is estimated
 */
public record LabelNoise(OptionalDouble rate) {
    private static final String PARAMETER = "label-noise";

    public LabelNoise {
        // A rate of 0.5 makes labels pure noise; above it they mean the opposite.
        rate.ifPresent(value -> Require.atLeastAndBelow(PARAMETER, value, 0, 0.5));
    }

    public static LabelNoise known(double rate) {
        return new LabelNoise(OptionalDouble.of(rate));
    }

    public static LabelNoise estimated() {
        return new LabelNoise(OptionalDouble.empty());
    }

    /**
     * Reads what a user types: {@code estimate}, or a rate such as {@code 0.2}.
     *
     * @throws InvalidParameterException naming {@code label-noise}, the value and what was expected
     */
    public static LabelNoise parse(String text) {
        if (text.equals("estimate")) {
            return estimated();
        }
        try {
            return known(Double.parseDouble(text));
        } catch (NumberFormatException e) {
            throw new InvalidParameterException(PARAMETER, text, "a rate in [0, 0.5) or 'estimate'");
        }
    }

    /**
     * The flip rate of a source from its disagreement with a reference on the same decisive
     * pairs: with independent flips, d = ε + ε_ref − 2 ε ε_ref, so ε = (d − ε_ref) / (1 − 2 ε_ref).
     * A clean reference (ε_ref = 0) gives ε = d.
     *
     * @param disagreement  the share of shared decisive pairs where the two disagree, in [0, 1]
     * @param referenceRate the reference's own flip rate, in [0, ½)
     * @throws InvalidParameterException for a disagreement outside [0, 1] or a reference rate outside [0, ½)
     * @throws DataException when the implied ε is outside [0, ½): the disagreement is smaller than
     *                       the reference's own noise, or too large to be noise
     */
    public static LabelNoise fromDisagreement(double disagreement, double referenceRate) {
        Require.within("disagreement", disagreement, 0, 1);
        Require.atLeastAndBelow("reference-rate", referenceRate, 0, 0.5);
        double rate = (disagreement - referenceRate) / (1 - 2 * referenceRate);
        if (!(rate >= 0 && rate < 0.5)) {
            throw new DataException("a disagreement of " + disagreement + " with a reference flipping "
                    + referenceRate + " implies a flip rate of " + rate + ", outside [0, 0.5)",
                    "set label-noise to a rate in [0, 0.5) or to estimate");
        }
        return known(rate);
    }

    /** How results name it: {@code 0.2} or {@code estimated}. */
    public String label() {
        return rate.isPresent() ? String.valueOf(rate.getAsDouble()) : "estimated";
    }
}
