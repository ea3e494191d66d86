package dev.ordinal.select;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The deterministic part of most strategies: take the {@code m} highest-scoring candidates and,
 * when candidates tie at the boundary, choose among the tied ones uniformly at random. Because
 * the rule is exact, so is the probability it gives any set, which is what a {@link Battle}'s
 * propensity needs. A score of {@code NaN} marks a non-candidate; ties are exact equality
 * (including equal infinities). Each call is O(n·m).
 */
final class TopScores {
    private TopScores() {
    }

    /** The {@code m} best candidates: all those above the boundary score, then tied ones at random. */
    static int[] choose(double[] score, int m, UniformRandomProvider random) {
        double boundary = boundary(score, m);
        int[] chosen = new int[m];
        int[] tied = new int[score.length];
        int above = 0;
        int tiedCount = 0;
        for (int i = 0; i < score.length; i++) {
            if (score[i] > boundary) {
                chosen[above++] = i;
            } else if (score[i] == boundary) {
                tied[tiedCount++] = i;
            }
        }
        for (int c = above; c < m; c++) {
            int pick = c - above + random.nextInt(tiedCount - (c - above));
            int swap = tied[pick];
            tied[pick] = tied[c - above];
            tied[c - above] = swap;
            chosen[c] = swap;
        }
        return chosen;
    }

    /** The probability that {@link #choose} returns exactly the items of {@code set} (any order). */
    static double probability(double[] score, int[] set) {
        int m = set.length;
        double boundary = boundary(score, m);
        int above = 0;
        int tied = 0;
        for (double s : score) {
            if (s > boundary) {
                above++;
            } else if (s == boundary) {
                tied++;
            }
        }
        int setAbove = 0;
        for (int item : set) {
            double s = score[item];
            if (Double.isNaN(s) || s < boundary) {
                return 0;
            }
            setAbove += s > boundary ? 1 : 0;
        }
        return setAbove == above ? inverseBinomial(tied, m - above) : 0;
    }

    /** 1 / C(n, r), computed as a product so that it stays finite for large n. */
    static double inverseBinomial(int n, int r) {
        double inverse = 1;
        for (int i = 0; i < r; i++) {
            inverse *= (double) (i + 1) / (n - i);
        }
        return inverse;
    }

    /** The m-th largest non-NaN score, kept in a small descending buffer. */
    private static double boundary(double[] score, int m) {
        double[] best = new double[m];
        int filled = 0;
        for (double s : score) {
            if (Double.isNaN(s) || (filled == m && s <= best[m - 1])) {
                continue;
            }
            int at = filled < m ? filled++ : m - 1;
            while (at > 0 && best[at - 1] < s) {
                best[at] = best[at - 1];
                at--;
            }
            best[at] = s;
        }
        if (filled < m) {
            throw new IllegalStateException("need " + m + " candidates, found " + filled);
        }
        return best[m - 1];
    }
}
