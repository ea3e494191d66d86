package dev.ordinal.select;

/**
 * Relative Upper Confidence Bound (RUCB; Zoghi, Whiteson, Munos and de Rijke, "Relative Upper
 * Confidence Bound for the K-Armed Dueling Bandit Problem", ICML 2014, Algorithm 1), a dueling
 * bandit for finding the Condorcet winner from win counts alone. With w_ij the wins of i over j
 * (ties half) and n_ij = w_ij + w_ji,
 * <pre>  u_ij = w_ij / n_ij + √(α ln t / n_ij),  t = battles so far + 1,</pre>
 * and u_ij = +∞ for a pair never compared (the paper's x/0 := 1 convention, made strictly
 * optimistic). The candidates C are the items with u_cj ≥ ½ against every other active item (no
 * item beats them with confidence); the first item c is uniform on C, or on all active items when C
 * is empty; its opponent is the item j ≠ c maximising u_jc, the strongest plausible challenger.
 *
 * <p>Differences from the paper: strategies are stateless, so the paper's remembered hypothesis B
 * (which gives a past champion probability ½ of being c) is dropped, i.e. c is drawn with B = ∅;
 * for K > 2 the K − 1 largest u_jc are taken. The paper requires α &gt; ½; its experiments use 0.51
 * (the default). Candidates are found from the compared pairs only (an uncompared pair cannot
 * exclude anyone), so a proposal costs O(compared pairs + K² · n); propensity exact (see
 * {@link PivotStrategy}).
 */
public final class RelativeUcb extends PivotStrategy {
    private final double alpha;

    /** @param alpha the confidence exponent α &gt; ½ */
    public RelativeUcb(double alpha) {
        if (!(alpha > 0.5) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("rucb's alpha must be finite and greater than 0.5, got " + alpha);
        }
        this.alpha = alpha;
    }

    @Override
    public String name() {
        return "rucb";
    }

    @Override
    void scorePivots(ArenaState state, double[] score) {
        double confidence = alpha * Math.log(state.battles() + 1.0);
        for (int c = 0; c < score.length; c++) {
            score[c] = 1;
            for (int p = 0; p < state.partnerCount(c); p++) {
                int j = state.partner(c, p);
                if (state.active(j) && upperBound(state, c, j, confidence) < 0.5) {
                    score[c] = 0;
                    break;
                }
            }
        }
    }

    @Override
    void scoreOpponents(ArenaState state, int pivot, double[] score) {
        double confidence = alpha * Math.log(state.battles() + 1.0);
        for (int j = 0; j < score.length; j++) {
            score[j] = upperBound(state, j, pivot, confidence);
        }
    }

    /** u_ij, +∞ for a pair never compared. */
    static double upperBound(ArenaState state, int i, int j, double confidence) {
        long pairs = state.comparisons(i, j);
        return pairs == 0 ? Double.POSITIVE_INFINITY
                : state.wins(i, j) / pairs + Math.sqrt(confidence / pairs);
    }
}
