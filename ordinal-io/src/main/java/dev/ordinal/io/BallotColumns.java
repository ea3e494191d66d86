package dev.ordinal.io;

import dev.ordinal.error.InvalidParameterException;
import java.util.Locale;

/**
 * What the cells of a ballot CSV with one column per candidate hold. Ranks and scores both look
 * like numbers, so the reader cannot tell them apart: ranks unless told otherwise.
 */
public enum BallotColumns {
    /** The candidate's rank: 1 is best, equal ranks tie, a blank cell leaves the candidate unranked. */
    RANK("rank"),
    /** The candidate's score: higher is better, any finite number, a blank cell gives no score. */
    SCORE("score");

    private final String label;

    BallotColumns(String label) {
        this.label = label;
    }

    /** The name a user types: {@code rank} or {@code score}. */
    public String label() {
        return label;
    }

    /** The reading with this label (case-insensitive). */
    public static BallotColumns fromLabel(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        for (BallotColumns columns : values()) {
            if (columns.label.equals(wanted)) {
                return columns;
            }
        }
        throw new InvalidParameterException("ballot-columns", label, "rank or score");
    }
}
