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
 * <p>Cost: a draw is O(compared pairs among candidates + n): one uniform per compared pair (the
 * first stage needs only whether θ_ij &gt; ½, a Bernoulli trial whose probability
 * {@link ArenaState} caches per pair), Beta variates only for the first item's partners, and
 * adjacency lists read in order. A proposal is 1 + R first stages plus at most K · R second
 * stages; the first stages dominate.
 *
 * <p>Propensity: ε-uniform mixture with Monte Carlo re-draws, see {@link SampledStrategy}, here
 * estimated stage by stage ({@link #ownRuleProbability}); defaults α = 0.51 (as in the paper's
 * experiments), ε = 0.05, R = 4.
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
        double confidence = alpha * Math.log(state.battles() + 1.0);
        int first = TopScores.choose(firstStage(state, candidates(state, confidence), random), 1, random)[0];
        int[] opponents = TopScores.choose(secondStage(state, first, confidence, random), state.k() - 1, random);
        int[] items = new int[state.k()];
        items[0] = first;
        System.arraycopy(opponents, 0, items, 1, opponents.length);
        return items;
    }

    /**
     * The rule's probability of {@code set}, P(S) = Σ_{f ∈ S} P(first = f) · P(second stage = S ∖ f |
     * first = f), estimated stage by stage: P(first = f) by the mean over R fresh first stages of
     * f's exact tie-breaking share (1 / #tied when f's sampled score is the largest, else 0), and,
     * only for the f that ever came first, P(S ∖ f | f) by the share of R fresh second stages given
     * f that pick S ∖ f. The two stages' draws are independent, so the product is unbiased, and
     * skipping the second stage when the first estimate is 0 changes no expectation. Against R
     * whole re-draws (variance P(1 − P)/R) the variance drops to about
     * P₁P₂²/R + P₁²P₂/R + P₁P₂/R² for one f (P₁, P₂ the two stages' probabilities): the
     * expensive first stage is never wasted on a second stage that misses.
     */
    @Override
    double ownRuleProbability(ArenaState state, int[] set, int draws, UniformRandomProvider random) {
        double confidence = alpha * Math.log(state.battles() + 1.0);
        boolean[] candidate = candidates(state, confidence);
        double[] firstShare = new double[set.length];
        for (int r = 0; r < draws; r++) {
            double[] sampled = firstStage(state, candidate, random);
            for (int q = 0; q < set.length; q++) {
                firstShare[q] += TopScores.probability(sampled, new int[] {set[q]});
            }
        }
        double estimate = 0;
        int[] others = new int[set.length - 1];
        for (int q = 0; q < set.length; q++) {
            if (firstShare[q] == 0) {
                continue;
            }
            for (int o = 0, at = 0; o < set.length; o++) {
                if (o != q) {
                    others[at++] = set[o];
                }
            }
            double secondShare = 0;
            for (int r = 0; r < draws; r++) {
                secondShare += TopScores.probability(secondStage(state, set[q], confidence, random), others);
            }
            estimate += firstShare[q] / draws * (secondShare / draws);
        }
        return estimate;
    }

    /**
     * Step 2's sampled Copeland scores #{j : θ_cj &gt; ½} of the candidates (NaN for the others).
     * Only the event θ_cj &gt; ½ enters a score, and for θ_cj ~ Beta(w_cj + 1, w_jc + 1) that event
     * is a Bernoulli trial of probability I_½(w_jc + 1, w_cj + 1), cached per pair by
     * {@link ArenaState}; so one uniform per compared pair gives exactly the paper's scores in
     * distribution, at a few nanoseconds instead of a Beta variate's hundreds. A pair of two
     * candidates is drawn once, from its lower-numbered item, and scores for exactly one of them
     * (θ_jc = 1 − θ_cj); adjacency lists ordered by partner split each item's pairs into those
     * drawn elsewhere and those drawn here without a branch per pair.
     */
    private static double[] firstStage(ArenaState state, boolean[] candidate, UniformRandomProvider random) {
        int n = state.itemCount();
        boolean[] active = state.activeFlags();
        double[] sampled = new double[n];
        for (int c = 0; c < n; c++) {
            sampled[c] = candidate[c] ? 0 : Double.NaN; // NaN absorbs the trials credited to non-candidates
        }
        int others = state.activeCount() - 1;
        for (int c = 0; c < n; c++) {
            if (!candidate[c]) {
                continue;
            }
            int[] partners = state.partnerList(c); // increasing: lower-numbered partners first
            double[] lowerAhead = state.partnerLowerAheadList(c);
            int count = state.partnerCount(c);
            int compared = 0;
            int heads = 0;
            int p = 0;
            for (; p < count && partners[p] < c; p++) {
                int j = partners[p];
                if (active[j]) {
                    compared++;
                    if (!candidate[j]) { // a candidate j drew this pair when it was visited
                        heads += random.nextDouble() < lowerAhead[p] ? 0 : 1;
                    }
                }
            }
            for (; p < count; p++) {
                int j = partners[p];
                if (active[j]) {
                    compared++;
                    int ahead = random.nextDouble() < lowerAhead[p] ? 1 : 0; // no branch on a coin flip
                    heads += ahead;
                    sampled[j] += 1 - ahead;
                }
            }
            sampled[c] += heads + fairCoins(others - compared, random);
        }
        return sampled;
    }

    /**
     * Step 3: a fresh θ_i,first for every active i ≠ first, plus 1 when l_i,first ≤ ½; pairs never
     * compared draw Beta(1, 1), i.e. a uniform, and are always plausible. Only the first item's
     * adjacency list needs Beta variates.
     */
    private static double[] secondStage(ArenaState state, int first, double confidence, UniformRandomProvider random) {
        int n = state.itemCount();
        boolean[] active = state.activeFlags();
        double[] second = new double[n];
        for (int i = 0; i < n; i++) {
            second[i] = active[i] && i != first ? -1 : Double.NaN; // -1: not yet drawn
        }
        int[] partners = state.partnerList(first);
        double[] pairs = state.partnerComparisonList(first);
        double[] won = state.partnerWinList(first);
        for (int p = 0, count = state.partnerCount(first); p < count; p++) {
            int i = partners[p];
            if (!active[i]) {
                continue;
            }
            double compared = pairs[p];
            double wonByI = compared - won[p];
            boolean plausible = wonByI / compared - Math.sqrt(confidence / compared) <= 0.5;
            second[i] = ChengBetaSampler.of(random, wonByI + 1, won[p] + 1).sample() + (plausible ? 1 : 0);
        }
        for (int i = 0; i < n; i++) {
            if (second[i] == -1) {
                second[i] = random.nextDouble() + 1;
            }
        }
        return second;
    }

    /**
     * Step 1: active items whose upper Copeland score #{j : u_ij &gt; ½} is the largest, i.e. that
     * lose (u_ij ≤ ½) to the fewest; uncompared pairs never lose. Each item's adjacency list is read
     * sequentially, and most pairs are settled by two exact tests before any division: n ≤ 2·α ln t
     * gives √(α ln t / n) ≥ √½, and 2 w ≥ n gives w / n ≥ ½, either way u &gt; ½.
     */
    private static boolean[] candidates(ArenaState state, double confidence) {
        int n = state.itemCount();
        boolean[] active = state.activeFlags();
        int[] lost = new int[n];
        int fewest = Integer.MAX_VALUE;
        double settled = 2 * confidence;
        for (int c = 0; c < n; c++) {
            if (!active[c]) {
                continue;
            }
            int[] partners = state.partnerList(c);
            double[] pairs = state.partnerComparisonList(c);
            double[] won = state.partnerWinList(c);
            for (int p = 0, count = state.partnerCount(c); p < count; p++) {
                double compared = pairs[p];
                if (compared <= settled || 2 * won[p] >= compared || !active[partners[p]]) {
                    continue;
                }
                if (won[p] / compared + Math.sqrt(confidence / compared) <= 0.5) {
                    lost[c]++;
                }
            }
            fewest = Math.min(fewest, lost[c]);
        }
        boolean[] candidate = new boolean[n];
        for (int c = 0; c < n; c++) {
            candidate[c] = active[c] && lost[c] == fewest;
        }
        return candidate;
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
