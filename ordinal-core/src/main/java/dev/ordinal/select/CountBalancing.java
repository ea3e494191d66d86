package dev.ordinal.select;

/**
 * Least-compared first: the pivot is the active item that has appeared in the fewest battles; its
 * opponents are the items it has been compared with least often, and among those the ones that
 * have appeared least. Keeps both the per-item and the per-pair counts level, the design-of-
 * experiments idea behind balanced incomplete block designs (Bose, 1939) and behind the
 * Chatbot Arena's non-uniform sampling towards under-sampled models (Chiang et al., 2024).
 * Estimates are not used. O(K² · n) per proposal; propensity exact (see {@link PivotStrategy}).
 */
public final class CountBalancing extends PivotStrategy {

    @Override
    public String name() {
        return "balanced";
    }

    @Override
    void scorePivots(ArenaState state, double[] score) {
        for (int i = 0; i < score.length; i++) {
            score[i] = -state.appearances(i);
        }
    }

    @Override
    void scoreOpponents(ArenaState state, int pivot, double[] score) {
        long most = 0;
        for (int j = 0; j < score.length; j++) {
            most = Math.max(most, state.appearances(j));
        }
        // pair count first, appearances as the fractional tie-breaker (exact while counts stay below 2^26)
        for (int j = 0; j < score.length; j++) {
            score[j] = -(state.comparisons(pivot, j) + state.appearances(j) / (most + 1.0));
        }
    }
}
