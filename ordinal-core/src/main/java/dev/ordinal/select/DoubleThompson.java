package dev.ordinal.select;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ChengBetaSampler;

/**
 * Double Thompson Sampling (D-TS; Wu and Liu, "Double Thompson Sampling for Dueling Bandits",
 * NeurIPS 2016, Algorithm 1), a dueling bandit for the Copeland winner from win counts alone.
 * With w_ij the wins of i over j (ties half), n_ij = w_ij + w_ji, t = battles so far + 1 and
 * u_ij, l_ij = w_ij / n_ij ± √(α ln t / n_ij) (u = +∞, l = −∞ for a pair never compared):
 * <ol>
 *   <li>the candidates C are the items of largest upper Copeland score #{j : u_ij &gt; ½};</li>
 *   <li>first item: draw θ_ij ~ Beta(w_ij + 1, w_ji + 1), θ_ji = 1 − θ_ij, and take the candidate
 *       with the largest sampled Copeland score #{j : θ_ij &gt; ½}, ties at random;</li>
 *   <li>second item: draw θ_i,first ~ Beta(w_i,first + 1, w_first,i + 1) afresh for every i and take
 *       the largest among the items with l_i,first ≤ ½ (those not confidently beaten by the first).</li>
 * </ol>
 * Differences from the paper: the battle needs distinct items, so the second item is never the
 * first (the paper allows a self-duel); for K &gt; 2 the K − 1 largest second-stage draws are taken,
 * the items with l ≤ ½ before the others; and in step 2 a pair never compared contributes a fair
 * coin to each of its items' sampled scores independently (the paper shares one Beta(1, 1) draw
 * between the two), which lets uncompared pairs be counted with one random bit each (64 per
 * random long) so that a draw costs O(compared pairs among candidates + n) instead of O(n²).
 *
 * <p>Propensity: ε-uniform mixture with Monte Carlo re-draws, see {@link SampledStrategy}; defaults
 * α = 0.51 (as in the paper's experiments), ε = 0.05, R = 8.
 */
public final class DoubleThompson extends SampledStrategy {
    private final double alpha;

    public DoubleThompson(double alpha, double exploration, int draws) {
        super("dts", exploration, draws);
        if (!(alpha > 0.5) || Double.isInfinite(alpha)) {
            throw new IllegalArgumentException("dts's alpha must be finite and greater than 0.5, got " + alpha);
        }
        this.alpha = alpha;
    }

    @Override
    public String name() {
        return "dts";
    }

    @Override
    int[] sample(ArenaState state, UniformRandomProvider random) {
        int n = state.itemCount();
        double confidence = alpha * Math.log(state.battles() + 1.0);
        boolean[] candidate = candidates(state, confidence);
        double[] sampled = new double[n];
        int others = state.activeCount() - 1;
        for (int c = 0; c < n; c++) {
            if (!candidate[c]) {
                sampled[c] = Double.NaN;
                continue;
            }
            int compared = 0;
            for (int p = 0; p < state.partnerCount(c); p++) {
                int j = state.partner(c, p);
                if (!state.active(j)) {
                    continue;
                }
                compared++;
                if (candidate[j] && j < c) {
                    continue; // drawn when j was visited
                }
                double theta = beta(state, c, j, random);
                sampled[c] += theta > 0.5 ? 1 : 0;
                if (candidate[j]) {
                    sampled[j] += theta < 0.5 ? 1 : 0;
                }
            }
            sampled[c] += fairCoins(others - compared, random);
        }
        int first = TopScores.choose(sampled, 1, random)[0];

        double[] second = new double[n];
        for (int i = 0; i < n; i++) {
            if (!state.active(i) || i == first) {
                second[i] = Double.NaN;
                continue;
            }
            long pairs = state.comparisons(i, first);
            boolean plausible = pairs == 0 || state.wins(i, first) / pairs - Math.sqrt(confidence / pairs) <= 0.5;
            second[i] = (pairs == 0 ? random.nextDouble() : beta(state, i, first, random)) + (plausible ? 1 : 0);
        }
        int[] opponents = TopScores.choose(second, state.k() - 1, random);
        int[] items = new int[state.k()];
        items[0] = first;
        System.arraycopy(opponents, 0, items, 1, opponents.length);
        return items;
    }

    /** Active items whose upper Copeland score is the largest; uncompared pairs always count. */
    private static boolean[] candidates(ArenaState state, double confidence) {
        int n = state.itemCount();
        int[] lost = new int[n];
        int fewest = Integer.MAX_VALUE;
        for (int c = 0; c < n; c++) {
            if (!state.active(c)) {
                continue;
            }
            for (int p = 0; p < state.partnerCount(c); p++) {
                int j = state.partner(c, p);
                if (state.active(j) && RelativeUcb.upperBound(state, c, j, confidence) <= 0.5) {
                    lost[c]++;
                }
            }
            fewest = Math.min(fewest, lost[c]);
        }
        boolean[] candidate = new boolean[n];
        for (int c = 0; c < n; c++) {
            candidate[c] = state.active(c) && lost[c] == fewest;
        }
        return candidate;
    }

    private static double beta(ArenaState state, int i, int j, UniformRandomProvider random) {
        return ChengBetaSampler.of(random, state.wins(i, j) + 1, state.wins(j, i) + 1).sample();
    }

    /** Heads among {@code count} fair coins: one random bit each. */
    private static int fairCoins(int count, UniformRandomProvider random) {
        int heads = 0;
        for (; count >= 64; count -= 64) {
            heads += Long.bitCount(random.nextLong());
        }
        return count == 0 ? heads : heads + Long.bitCount(random.nextLong() & ((1L << count) - 1));
    }
}
