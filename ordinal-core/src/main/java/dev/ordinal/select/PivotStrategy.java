package dev.ordinal.select;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The shape shared by the deterministic strategies, K-Sort Arena's (Li et al., 2024) for K-wise
 * battles: the active item with the best pivot score, then the K − 1 active items with the best
 * scores against that pivot, ties broken uniformly at random at each step. Pairwise battles are
 * the case K = 2. Sides are shown in random order, so that no item sits on side A by rule.
 *
 * <p>The propensity of the proposed set S is exact: the sum, over every member q of S that could
 * have been the pivot, of P(pivot = q) · P(the K − 1 opponents of q are S ∖ {q}), each factor the
 * exact tie-breaking probability of {@link TopScores}. A proposal costs O(K · n · K) time and O(n)
 * memory.
 */
abstract class PivotStrategy implements MatchmakingStrategy {

    /** Fills {@code score[i]} for every item; the highest active score is the pivot. */
    abstract void scorePivots(ArenaState state, double[] score);

    /** Fills {@code score[j]} for every item j as an opponent of {@code pivot}; highest first. */
    abstract void scoreOpponents(ArenaState state, int pivot, double[] score);

    @Override
    public final Battle propose(ArenaState state, UniformRandomProvider random) {
        int n = state.itemCount();
        int k = state.k();
        double[] pivotScore = new double[n];
        scorePivots(state, pivotScore);
        maskInactive(state, pivotScore);
        int pivot = TopScores.choose(pivotScore, 1, random)[0];
        double[] opponentScore = opponentScores(state, pivot, new double[n]);
        int[] opponents = TopScores.choose(opponentScore, k - 1, random);

        int[] items = new int[k];
        items[0] = pivot;
        System.arraycopy(opponents, 0, items, 1, k - 1);
        double propensity = 0;
        int[] others = new int[k - 1];
        for (int q = 0; q < k; q++) {
            double asPivot = TopScores.probability(pivotScore, new int[] {items[q]});
            if (asPivot == 0) {
                continue;
            }
            for (int o = 0, at = 0; o < k; o++) {
                if (o != q) {
                    others[at++] = items[o];
                }
            }
            propensity += asPivot * TopScores.probability(opponentScores(state, items[q], opponentScore), others);
        }
        shuffle(items, random);
        return new Battle(items, Math.min(1, propensity));
    }

    private double[] opponentScores(ArenaState state, int pivot, double[] score) {
        scoreOpponents(state, pivot, score);
        maskInactive(state, score);
        score[pivot] = Double.NaN;
        return score;
    }

    private static void maskInactive(ArenaState state, double[] score) {
        for (int i = 0; i < score.length; i++) {
            if (!state.active(i)) {
                score[i] = Double.NaN;
            }
        }
    }

    /** Fisher–Yates: a uniformly random order of the sides. */
    static void shuffle(int[] items, UniformRandomProvider random) {
        for (int i = items.length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            int swap = items[i];
            items[i] = items[j];
            items[j] = swap;
        }
    }
}
