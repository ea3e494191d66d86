package dev.ordinal.audit;

import java.util.Objects;

/**
 * A judge's probabilities for one pairwise verdict in one order: the left item wins, a tie, the
 * right item wins (the rest), e.g. the normalised token probabilities of "A", "C" (tie) and "B".
 *
 * @param source   the source
 * @param judge    the judge within the source
 * @param context  the prompt both items answered
 * @param left     the item shown first
 * @param right    the item shown second
 * @param leftWins the probability that the left item wins, in [0, 1]
 * @param tie      the probability of a tie, in [0, 1 − leftWins]
 */
public record PreferenceProbability(String source, String judge, String context, String left, String right,
                                    double leftWins, double tie) {
    private static final double SLACK = 1e-9;

    public PreferenceProbability {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
        if (left.equals(right)) {
            throw new IllegalArgumentException("an item cannot be compared with itself: '" + left + "'");
        }
        if (!(leftWins >= 0 && tie >= 0 && leftWins + tie <= 1 + SLACK)) {
            throw new IllegalArgumentException("preference of '" + left + "' over '" + right
                    + "': probabilities must be non-negative with leftWins + tie <= 1, got leftWins " + leftWins
                    + " and tie " + tie);
        }
    }

    /** The probability that the right item wins. */
    public double rightWins() {
        return Math.max(0, 1 - leftWins - tie);
    }

    public JudgeContext scope() {
        return new JudgeContext(source, judge, context);
    }
}
