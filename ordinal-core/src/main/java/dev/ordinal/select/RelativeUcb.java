package dev.ordinal.select;

import dev.ordinal.error.Require;
import java.util.Arrays;

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
 * exclude anyone), reading each item's contiguous adjacency list in {@link ArenaState}, so a
 * proposal costs O(compared pairs + K² · n) with sequential memory access; propensity exact (see
 * {@link PivotStrategy}).
 */
public final class RelativeUcb extends PivotStrategy {
    private final double alpha;

    /** @param alpha the confidence exponent α &gt; ½ */
    public RelativeUcb(double alpha) {
        this.alpha = Require.above("alpha", alpha, 0.5);
    }

    @Override
    public String name() {
        return "rucb";
    }

    @Override
    void scorePivots(ArenaState state, double[] score) {
        double confidence = alpha * Math.log(state.battles() + 1.0);
        boolean[] active = state.activeFlags();
        for (int c = 0; c < score.length; c++) {
            score[c] = excluded(state, c, active, confidence) ? 0 : 1;
        }
    }

    /**
     * Whether some active j has u_cj &lt; ½, from c's adjacency list (sequential memory). Most pairs
     * are settled by two exact tests before any division: n ≤ 2·α ln t gives √(α ln t / n) ≥ √½,
     * and 2 w ≥ n gives w / n ≥ ½, either way u ≥ ½.
     */
    private static boolean excluded(ArenaState state, int c, boolean[] active, double confidence) {
        int[] partners = state.partnerList(c);
        double[] pairs = state.partnerComparisonList(c);
        double[] won = state.partnerWinList(c);
        double settled = 2 * confidence;
        for (int p = 0, count = state.partnerCount(c); p < count; p++) {
            double compared = pairs[p];
            if (compared <= settled || 2 * won[p] >= compared || !active[partners[p]]) {
                continue;
            }
            if (won[p] / compared + Math.sqrt(confidence / compared) < 0.5) {
                return true;
            }
        }
        return false;
    }

    @Override
    void scoreOpponents(ArenaState state, int pivot, double[] score) {
        double confidence = alpha * Math.log(state.battles() + 1.0);
        Arrays.fill(score, Double.POSITIVE_INFINITY);
        // u_j,pivot for the pivot's partners, from the pivot's own adjacency list: w_j,pivot = n − w_pivot,j
        // exactly (counts are multiples of ½)
        int[] partners = state.partnerList(pivot);
        double[] pairs = state.partnerComparisonList(pivot);
        double[] won = state.partnerWinList(pivot);
        for (int p = 0, count = state.partnerCount(pivot); p < count; p++) {
            double compared = pairs[p];
            score[partners[p]] = (compared - won[p]) / compared + Math.sqrt(confidence / compared);
        }
    }
}
