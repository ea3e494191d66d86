package dev.ordinal.audit;

import java.util.OptionalDouble;

/**
 * Pairwise verdicts set against the same judge's scores of the two items.
 *
 * @param compared        verdicts on pairs whose two items both have a score
 * @param reversals       strict verdicts for the item with the lower score
 * @param levelMismatches a strict verdict on items with level scores, or a tie on items whose
 *                        scores differ (level: within the tolerance)
 * @param unscored        verdicts left out because an item has no score
 */
public record ScoreComparisonCount(long compared, long reversals, long levelMismatches, long unscored) {
    public static final ScoreComparisonCount ZERO = new ScoreComparisonCount(0, 0, 0, 0);

    /** Verdicts that disagree with the scores in any way: reversals and level mismatches. */
    public long conflicts() {
        return reversals + levelMismatches;
    }

    /** TrustJudge's conflict ratio: conflicts per compared verdict; empty when none was compared. */
    public OptionalDouble conflictRate() {
        return compared == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) conflicts() / compared);
    }

    /** Reversals per compared verdict: how often the lower-scored item wins; empty when none was compared. */
    public OptionalDouble reversalRate() {
        return compared == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) reversals / compared);
    }

    public ScoreComparisonCount plus(ScoreComparisonCount other) {
        return new ScoreComparisonCount(compared + other.compared, reversals + other.reversals,
                levelMismatches + other.levelMismatches, unscored + other.unscored);
    }
}
