package dev.ordinal.select;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * The baseline: K distinct active items drawn uniformly at random, in random order — the random
 * pairs of the Chatbot Arena's first leaderboards (Chiang et al., 2024). Every K-set of the m
 * active items is equally likely, so the propensity is exactly 1 / C(m, K). O(n) per proposal.
 */
public final class UniformSampling implements MatchmakingStrategy {

    @Override
    public String name() {
        return "uniform";
    }

    @Override
    public Battle propose(ArenaState state, UniformRandomProvider random) {
        int[] active = activeItems(state);
        int k = state.k();
        for (int i = 0; i < k; i++) {
            int j = i + random.nextInt(active.length - i);
            int swap = active[i];
            active[i] = active[j];
            active[j] = swap;
        }
        int[] items = new int[k];
        System.arraycopy(active, 0, items, 0, k);
        return new Battle(items, propensity(active.length, k));
    }

    /** The probability of any one K-set under uniform sampling of {@code activeItems} items: 1 / C(m, K). */
    public static double propensity(int activeItems, int k) {
        if (k < 2 || activeItems < k) {
            throw new IllegalArgumentException("need k >= 2 and at least k active items, got k=" + k
                    + ", active items=" + activeItems);
        }
        return TopScores.inverseBinomial(activeItems, k);
    }

    static int[] activeItems(ArenaState state) {
        int[] active = new int[state.activeCount()];
        for (int i = 0, at = 0; i < state.itemCount(); i++) {
            if (state.active(i)) {
                active[at++] = i;
            }
        }
        return active;
    }
}
