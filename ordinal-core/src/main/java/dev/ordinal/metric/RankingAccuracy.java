package dev.ordinal.metric;

/**
 * How well estimated scores order items compared with true scores: Kendall's τ-b and the
 * overlap of the top sets. Higher scores are better. O(n²) for τ, O(n·t) for the top sets.
 */
public final class RankingAccuracy {
    private RankingAccuracy() {
    }

    /**
     * Kendall's τ-b (M. G. Kendall, Biometrika 33:239–251, 1945): (concordant − discordant) /
     * √((pairs − ties in x)(pairs − ties in y)). 0 when either side is all ties (nothing is ordered).
     */
    public static double kendallTau(double[] estimate, double[] truth) {
        check(estimate, truth);
        int n = estimate.length;
        long concordant = 0;
        long discordant = 0;
        long tiedEstimate = 0;
        long tiedTruth = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int a = Double.compare(estimate[i], estimate[j]);
                int b = Double.compare(truth[i], truth[j]);
                if (a == 0) {
                    tiedEstimate++;
                }
                if (b == 0) {
                    tiedTruth++;
                }
                if (a != 0 && b != 0) {
                    if (a == b) {
                        concordant++;
                    } else {
                        discordant++;
                    }
                }
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        double denominator = Math.sqrt((double) (pairs - tiedEstimate) * (pairs - tiedTruth));
        return denominator == 0 ? 0 : (concordant - discordant) / denominator;
    }

    /** The fraction of the true top {@code t} that is also in the estimated top {@code t}. */
    public static double topOverlap(double[] estimate, double[] truth, int t) {
        check(estimate, truth);
        if (t < 1 || t > estimate.length) {
            throw new IllegalArgumentException("top size must be in [1, " + estimate.length + "], got " + t);
        }
        boolean[] trueTop = top(truth, t);
        boolean[] estimatedTop = top(estimate, t);
        int shared = 0;
        for (int i = 0; i < trueTop.length; i++) {
            shared += trueTop[i] && estimatedTop[i] ? 1 : 0;
        }
        return (double) shared / t;
    }

    /**
     * The {@code t} items with the highest scores; among equal scores the lower index goes first,
     * so an estimate that cannot tell items apart gets no credit by luck of the draw beyond that rule.
     */
    public static boolean[] top(double[] scores, int t) {
        boolean[] chosen = new boolean[scores.length];
        for (int round = 0; round < t; round++) {
            int best = -1;
            for (int i = 0; i < scores.length; i++) {
                if (!chosen[i] && (best < 0 || scores[i] > scores[best])) {
                    best = i;
                }
            }
            chosen[best] = true;
        }
        return chosen;
    }

    private static void check(double[] estimate, double[] truth) {
        if (estimate.length != truth.length) {
            throw new IllegalArgumentException("estimate has " + estimate.length + " scores but truth has "
                    + truth.length);
        }
        if (estimate.length < 2) {
            throw new IllegalArgumentException("need at least 2 items, got " + estimate.length);
        }
    }
}
