package dev.ordinal.vote;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The counts the scoring and sequential rules share, over the candidates still in the count
 * ({@code remaining[c]}), with one convention for tied and truncated ballots:
 * <ul>
 * <li>a ballot's first choices among the remaining candidates are its best-ranked group among
 * them; a group of k candidates gives each 1/k of the ballot's weight. A ballot that ranks none of
 * the remaining candidates is <em>exhausted</em> and counts for no one;
 * <li>its last places are its worst group among the remaining candidates, the unranked ones
 * forming one group below all ranked ones; again 1/k each, and exhausted ballots count for no one;
 * <li>Borda scores among the remaining candidates give a tied group the average of the points of
 * the positions it occupies, and unranked candidates the average of the positions left.
 * </ul>
 * Tallies are rounded to 12 significant digits so that sums of shares such as 1/3 compare equal
 * whatever the order they were added in.
 */
final class Tallies {
    /** How first choices are counted, for explanations of ballots with ties or truncation. */
    static final String FIRST_CHOICES_NOTE = "First choices: each ballot's vote goes to its best-ranked group among the"
            + " candidates still in the count, split equally when that group ties several; a ballot that ranks none"
            + " of them is exhausted and no longer counts.";
    /** How last places are counted. */
    static final String LAST_PLACES_NOTE = "Last places: each ballot's vote goes to its worst group among the candidates"
            + " still in the count (those it leaves unranked form one group below its ranked ones), split equally;"
            + " exhausted ballots count for no one.";
    /** How Borda scores among the remaining candidates are counted. */
    static final String BORDA_NOTE = "Borda scores among the candidates still in the count: per ballot, one point for"
            + " each of them a candidate is ranked above and half a point for each it is tied with (unranked"
            + " candidates are tied below the ranked ones).";

    private static final MathContext TWELVE_DIGITS = new MathContext(12);

    private Tallies() {
    }

    /** {@code value} rounded to 12 significant digits. */
    static double rounded(double value) {
        if (value == 0 || !Double.isFinite(value)) {
            return value == 0 ? 0 : value;
        }
        return new BigDecimal(value).round(TWELVE_DIGITS).doubleValue();
    }

    /**
     * Each remaining candidate's first-choice votes, rounded, into {@code votes} (other entries 0);
     * returns the total weight of the ballots that are not exhausted.
     */
    static double firstChoices(Ballots ballots, boolean[] remaining, double[] votes) {
        int m = remaining.length;
        Arrays.fill(votes, 0);
        double active = 0;
        for (int b = 0; b < ballots.size(); b++) {
            int ranked = ballots.groupCount(b);
            int best = ranked;
            int size = 0;
            for (int c = 0; c < m; c++) {
                if (remaining[c]) {
                    int level = ballots.level(b, c);
                    if (level < best) {
                        best = level;
                        size = 1;
                    } else if (level == best && level < ranked) {
                        size++;
                    }
                }
            }
            if (size == 0) {
                continue;
            }
            double weight = ballots.weight(b);
            active += weight;
            for (int c = 0; c < m; c++) {
                if (remaining[c] && ballots.level(b, c) == best) {
                    votes[c] += weight / size;
                }
            }
        }
        roundAll(votes);
        return rounded(active);
    }

    /** Each remaining candidate's last-place votes, rounded, into {@code votes} (other entries 0). */
    static void lastPlaces(Ballots ballots, boolean[] remaining, double[] votes) {
        int m = remaining.length;
        Arrays.fill(votes, 0);
        for (int b = 0; b < ballots.size(); b++) {
            int ranked = ballots.groupCount(b);
            boolean exhausted = true;
            int worst = -1;
            int size = 0;
            for (int c = 0; c < m; c++) {
                if (remaining[c]) {
                    int level = ballots.level(b, c);
                    exhausted &= level >= ranked;
                    if (level > worst) {
                        worst = level;
                        size = 1;
                    } else if (level == worst) {
                        size++;
                    }
                }
            }
            if (exhausted) {
                continue;
            }
            double weight = ballots.weight(b);
            for (int c = 0; c < m; c++) {
                if (remaining[c] && ballots.level(b, c) == worst) {
                    votes[c] += weight / size;
                }
            }
        }
        roundAll(votes);
    }

    /**
     * Each remaining candidate's Borda score among the remaining candidates, rounded, into
     * {@code scores} (other entries 0). With the convention above a ballot gives c, against each
     * other remaining d, 1 point when it ranks c above d and ½ when it ties them (or ranks neither),
     * so the score is the sum over d of (W + margin(c, d)) / 2, W the total weight: O(m²) from the
     * majority matrix instead of a pass over the ballots.
     */
    static void bordaScores(Ballots ballots, boolean[] remaining, double[] scores) {
        MajorityMatrix matrix = ballots.majority();
        double total = ballots.totalWeight();
        int m = remaining.length;
        Arrays.fill(scores, 0);
        for (int c = 0; c < m; c++) {
            if (!remaining[c]) {
                continue;
            }
            double score = 0;
            for (int d = 0; d < m; d++) {
                if (remaining[d] && d != c) {
                    score += (total + matrix.margin(c, d)) / 2;
                }
            }
            scores[c] = rounded(score);
        }
    }

    /** The remaining candidates with the highest value, ascending. */
    static int[] highest(double[] values, boolean[] remaining) {
        return extreme(values, remaining, 1);
    }

    /** The remaining candidates with the lowest value, ascending. */
    static int[] lowest(double[] values, boolean[] remaining) {
        return extreme(values, remaining, -1);
    }

    private static int[] extreme(double[] values, boolean[] remaining, int sign) {
        double best = Double.NaN;
        for (int c = 0; c < values.length; c++) {
            if (remaining[c] && (Double.isNaN(best) || sign * Double.compare(values[c], best) > 0)) {
                best = values[c];
            }
        }
        double target = best;
        return IntStream.range(0, values.length)
                .filter(c -> remaining[c] && values[c] == target).toArray();
    }

    private static void roundAll(double[] values) {
        for (int c = 0; c < values.length; c++) {
            values[c] = rounded(values[c]);
        }
    }
}
