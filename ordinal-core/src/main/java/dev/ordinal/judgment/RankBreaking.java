package dev.ordinal.judgment;

/**
 * Full rank breaking: a ranking of K items (with ties) read as the K(K−1)/2 pairwise judgments
 * it implies, one for every pair of items it mentions — the earlier of two groups wins, two items
 * of one tied group tie. This is the one place Ordinal breaks rankings; the ranking profile's
 * comparison table, the matchmaking state, the inverse-propensity tables and the store's K-wise
 * votes all read a ranking through it.
 *
 * <p>Why all pairs and not, say, adjacent ones: for voters who follow Plackett–Luce, every pair
 * of a ranking is a Bradley–Terry comparison in its marginal, so fitting Bradley–Terry to all
 * K(K−1)/2 pairs is consistent (H. Azari Soufiani, D. C. Parkes and L. Xia, "Computing parametric
 * ranking models via rank-breaking", ICML 2014; full breaking is their consistent "full" breaking),
 * while breaking only adjacent pairs is not. The pairs of one ranking are dependent, so intervals
 * that count them as independent comparisons are too narrow for K &gt; 2. Why tied groups give
 * ties: a voter who puts two items in one group says neither is preferred, the pairwise meaning
 * of a tie. K-Sort Arena (Z. Li et al., 2024) breaks its K-wise votes into all pairs the same way.
 *
 * <p>Works on item indices in primitive arrays and hands each pair to a visitor, so that hot
 * loops (a simulation recording millions of battles) build no pair objects: O(K²) time and two
 * arrays of length K per ranking given as groups, none for one given as ranks.
 */
public final class RankBreaking {
    private RankBreaking() {
    }

    /** Receives the pairs of a broken ranking. */
    @FunctionalInterface
    public interface PairVisitor {
        /**
         * One pairwise judgment: {@code first} is side A, {@code second} side B, and
         * {@code outcome} is {@link Outcome#A}, {@link Outcome#B} or {@link Outcome#TIE}.
         */
        void pair(int first, int second, Outcome outcome);
    }

    /** The number of pairs a ranking of {@code k} items breaks into, k(k−1)/2. */
    public static int pairCount(int k) {
        return k * (k - 1) / 2;
    }

    /**
     * The judgment between two ranked items, the first as side A: A when its rank is smaller
     * (better), B when larger, TIE when they share a rank.
     */
    public static Outcome outcome(int firstRank, int secondRank) {
        return firstRank < secondRank ? Outcome.A : firstRank > secondRank ? Outcome.B : Outcome.TIE;
    }

    /**
     * Breaks a ranking given as a rank per position ({@code ranks[i]} is position i's rank; a
     * smaller rank is better, equal ranks are tied). Visits every pair of positions i &lt; j, in
     * the order (0,1), (0,2), ..., (1,2), ..., with position i as side A: outcome A when i is
     * ranked better, B when j is, TIE when they share a rank.
     */
    public static void forEachPair(int[] ranks, PairVisitor visitor) {
        for (int i = 0; i < ranks.length; i++) {
            for (int j = i + 1; j < ranks.length; j++) {
                visitor.pair(i, j, outcome(ranks[i], ranks[j]));
            }
        }
    }

    /**
     * Breaks a ranking given as tied groups of item indices, best group first ({@code [[2], [0,
     * 1], [3]]}: item 2 first, 0 and 1 tied, 3 last). Visits every pair of items in reading order
     * (the earlier-read item as side A), so the outcome is A (an earlier group) or TIE (the same
     * group), never B. The same pairs as {@link #forEachPair(int[], PairVisitor)} with the items
     * read in order as positions and their group numbers as ranks.
     */
    public static void forEachPair(int[][] groups, PairVisitor visitor) {
        int total = 0;
        for (int[] group : groups) {
            total += group.length;
        }
        int[] items = new int[total];
        int[] ranks = new int[total];
        int position = 0;
        for (int g = 0; g < groups.length; g++) {
            for (int item : groups[g]) {
                items[position] = item;
                ranks[position++] = g;
            }
        }
        forEachPair(ranks, (i, j, outcome) -> visitor.pair(items[i], items[j], outcome));
    }
}
