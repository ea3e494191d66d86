package dev.ordinal.select;

import dev.ordinal.error.Require;
import java.util.Arrays;
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
 * adjacency lists read in order. A proposal computes step 1 once ({@link #prepare}) and draws one
 * whole first stage, which dominates; the propensity's R first stages score candidates only until
 * the set is beaten ({@link #addFirstShares}; in {@code MatchmakingBenchmark}'s state, on average
 * 13 of 1,000 pairwise and 27 at K = 4), and it adds at most
 * K · R second stages, only for items that came first in one of those R stages.
 *
 * <p>Propensity: ε-uniform mixture with Monte Carlo re-draws, see {@link SampledStrategy}, here
 * estimated stage by stage ({@link #ownRuleProbability}); defaults α = 0.51 (as in the paper's
 * experiments), ε = 0.05, R = 4.
 */
public final class DoubleThompson extends SampledStrategy<DoubleThompson.Candidates> {
    private final double alpha;

    public DoubleThompson(double alpha, double exploration, int draws) {
        super("dts", exploration, draws);
        this.alpha = Require.above("alpha", alpha, 0.5);
    }

    @Override
    public String name() {
        return "dts";
    }

    /** Step 1, shared by the proposal's draw and its propensity's re-draws. */
    @Override
    Candidates prepare(ArenaState state) {
        return candidates(state, alpha * Math.log(state.battles() + 1.0));
    }

    @Override
    int[] sample(ArenaState state, Candidates candidates, UniformRandomProvider random) {
        int first = TopScores.choose(firstStage(state, candidates.flags(), random), 1, random)[0];
        int[] opponents = TopScores.choose(secondStage(state, first, candidates.confidence(), random), state.k() - 1,
                random);
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
     * expensive first stage is never wasted on a second stage that misses. Each fresh first stage
     * is scored lazily ({@link #addFirstShares}), which gives the same shares at a fraction of the
     * cost of a whole stage.
     */
    @Override
    double ownRuleProbability(ArenaState state, Candidates candidates, int[] set, int draws,
            UniformRandomProvider random) {
        boolean[] candidate = candidates.flags();
        int[] order = strongestFirst(state, candidate);
        double[] firstShare = new double[set.length];
        for (int r = 0; r < draws; r++) {
            addFirstShares(state, candidate, order, set, firstShare, random);
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
                secondShare += TopScores.probability(secondStage(state, set[q], candidates.confidence(), random),
                        others);
            }
            estimate += firstShare[q] / draws * (secondShare / draws);
        }
        return estimate;
    }

    /**
     * Step 2's sampled Copeland scores #{j : θ_cj &gt; ½} of the candidates (NaN for the others),
     * every candidate scored in item order ({@link Tournament}). When every active item is a
     * candidate, each item's lower-numbered partners have all been scored before it, so its
     * adjacency list is read from its first higher-numbered partner on.
     */
    private static double[] firstStage(ArenaState state, boolean[] candidate, UniformRandomProvider random) {
        Tournament tournament = new Tournament(state, random);
        double[] sampled = new double[state.itemCount()];
        int candidates = 0;
        for (boolean c : candidate) {
            candidates += c ? 1 : 0;
        }
        boolean everyActive = candidates == state.activeCount();
        for (int c = 0; c < sampled.length; c++) {
            sampled[c] = candidate[c] ? tournament.score(c, everyActive ? state.partnersBelow(c) : 0) : Double.NaN;
        }
        return sampled;
    }

    /**
     * Adds to {@code share[q]} what {@code TopScores.probability(firstStage(…), {set[q]})} would be
     * for one fresh first stage, scoring only the candidates needed: the set's own, then the others
     * in {@code order} until one scores above all of the set's, which makes every share 0. Only if
     * none does are all candidates scored (then the shares are 1 / #tied for the set's items at the
     * largest score). A stage's largest score is usually far above that of the few items of one
     * set, so most stages stop after a few dozen candidates at most; the shares, and so the
     * estimate, are exactly those of whole stages, since the scores revealed so far do not depend
     * on the order ({@link Tournament}).
     */
    private static void addFirstShares(ArenaState state, boolean[] candidate, int[] order, int[] set, double[] share,
            UniformRandomProvider random) {
        Tournament tournament = new Tournament(state, random);
        int[] score = new int[set.length];
        int best = -1;
        for (int q = 0; q < set.length; q++) {
            score[q] = candidate[set[q]] ? tournament.score(set[q], 0) : -1;
            best = Math.max(best, score[q]);
        }
        if (best < 0) {
            return;
        }
        int tied = 0;
        for (int s : score) {
            tied += s == best ? 1 : 0;
        }
        for (int c : order) {
            if (tournament.scored(c)) {
                continue; // one of the set
            }
            int s = tournament.score(c, 0);
            if (s > best) {
                return;
            }
            tied += s == best ? 1 : 0;
        }
        for (int q = 0; q < set.length; q++) {
            share[q] += score[q] == best ? 1.0 / tied : 0;
        }
    }

    /**
     * The candidates by decreasing estimated strength ({@link ArenaState#mean}, compared as floats,
     * ties by item): the order in which {@link #addFirstShares} looks for an item above the set.
     * Any order gives the same shares; the strongest items are the likeliest to score above the
     * set's, so looking at them first stops soonest.
     */
    private static int[] strongestFirst(ArenaState state, boolean[] candidate) {
        long[] keys = new long[state.itemCount()];
        int count = 0;
        for (int c = 0; c < keys.length; c++) {
            if (candidate[c]) {
                int bits = Float.floatToIntBits((float) -state.mean(c));
                bits ^= (bits >> 31) & Integer.MAX_VALUE; // now ordered as the floats are
                keys[count++] = (long) bits << 32 | c;
            }
        }
        Arrays.sort(keys, 0, count);
        int[] order = new int[count];
        for (int at = 0; at < count; at++) {
            order[at] = (int) keys[at];
        }
        return order;
    }

    /**
     * One draw of step 2's sampled Copeland scores, revealed candidate by candidate. Only the event
     * θ_cj &gt; ½ enters a score, and for θ_cj ~ Beta(w_cj + 1, w_jc + 1) that event is a Bernoulli
     * trial of probability I_½(w_jc + 1, w_cj + 1), cached per pair by {@link ArenaState}; so one
     * uniform per compared pair gives exactly the paper's scores in distribution, at a few
     * nanoseconds instead of a Beta variate's hundreds. Scoring c draws each of c's pairs that no
     * item scored before has drawn, crediting the pair to whichever of its two items is ahead
     * (θ_jc = 1 − θ_cj: exactly one of them), plus c's fair coins. Every pair is drawn once, from
     * the first of its items to be scored, so the scores of the items scored so far have the same
     * joint distribution in any order, and the pairs not yet drawn are independent of them. Scored
     * in item order (a whole stage), a pair of two candidates is drawn from its lower-numbered item.
     */
    private static final class Tournament {
        private final ArenaState state;
        private final UniformRandomProvider random;
        private final boolean[] active;
        private final int others;
        /** Per item, the pairs credited to it by items scored so far. */
        private final int[] credited;
        private final boolean[] scored;

        Tournament(ArenaState state, UniformRandomProvider random) {
            this.state = state;
            this.random = random;
            this.active = state.activeFlags();
            this.others = state.activeCount() - 1;
            this.credited = new int[state.itemCount()];
            this.scored = new boolean[state.itemCount()];
        }

        boolean scored(int item) {
            return scored[item];
        }

        /**
         * Scores {@code c}, once: #{j : θ_cj &gt; ½}, uncompared pairs counting a fair coin each.
         * The partners before position {@code from} of c's adjacency list must all be scored or
         * inactive (0 is always safe).
         */
        int score(int c, int from) {
            int[] partners = state.partnerList(c);
            double[] lowerAhead = state.partnerLowerAheadList(c);
            boolean[] active = this.active; // locals, read once per candidate instead of once per pair
            boolean[] scored = this.scored;
            int[] credited = this.credited;
            int heads = credited[c];
            for (int p = from, count = state.partnerCount(c); p < count; p++) {
                int j = partners[p];
                if (!active[j] || scored[j]) {
                    continue; // a scored j drew this pair, and credited c, when it was scored
                }
                int lowerWins = random.nextDouble() < lowerAhead[p] ? 1 : 0; // no branch on a coin flip
                int wins = lowerWins ^ (j - c) >>> 31; // c is the lower item and it won, or the higher and it lost
                heads += wins;
                credited[j] += 1 - wins;
            }
            scored[c] = true;
            return heads + fairCoins(others - state.activePartnerCount(c), random);
        }
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
     * lose (u_ij ≤ ½) to the fewest; uncompared pairs never lose. Most pairs are settled by two
     * exact tests before any division: n ≤ 2·α ln t gives √(α ln t / n) ≥ √½, and 2 w ≥ n gives
     * w / n ≥ ½, either way u &gt; ½; an item none of whose pairs was compared more than 2·α ln t
     * times loses to none, and its adjacency list is not read (early on, every item). The others'
     * lists are read sequentially.
     */
    private static Candidates candidates(ArenaState state, double confidence) {
        int n = state.itemCount();
        boolean[] active = state.activeFlags();
        int[] lost = new int[n];
        int fewest = Integer.MAX_VALUE;
        double settled = 2 * confidence;
        for (int c = 0; c < n; c++) {
            if (!active[c]) {
                continue;
            }
            if (state.mostComparisons(c) <= settled) {
                fewest = 0;
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
        return new Candidates(confidence, candidate);
    }

    /**
     * Step 1's result: the candidates' flags, indexed by item, and the confidence term α ln t of
     * the bounds u_ij, l_ij that the second stage uses again.
     */
    record Candidates(double confidence, boolean[] flags) {
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
