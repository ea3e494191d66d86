package dev.ordinal.select;

import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * Thompson sampling (Thompson, 1933) for identifying the top of the ranking, in the top-two form
 * of Russo ("Simple Bayesian Algorithms for Best Arm Identification", COLT 2016 / Operations
 * Research 2020): draw every active item's log-strength from N(μ, σ²); the K − 1 items with the
 * largest draws are the sampled leaders; draw again, independently, and the best item outside the
 * leaders is the challenger. The battle is leaders + challenger, so it tests whether the challenger
 * belongs among the sampled top K − 1 (pairwise: the sampled best against the best other item of a
 * second draw, Russo's top-two rule with the re-draw taken once instead of until it differs). Items
 * whose estimates make them plausible leaders are compared most; settled bottom items are not.
 *
 * <p>Propensity: ε-uniform mixture with Monte Carlo re-draws, see {@link SampledStrategy}; defaults
 * ε = 0.05, R = 16. A draw is O(n), so a proposal is O((R + 1) · n).
 */
public final class ThompsonTopK extends SampledStrategy<Void> {

    public ThompsonTopK(double exploration, int draws) {
        super(exploration, draws);
    }

    @Override
    public String name() {
        return "thompson";
    }

    /** Nothing: each draw reads the estimates afresh, O(n) either way. */
    @Override
    Void prepare(ArenaState state) {
        return null;
    }

    @Override
    int[] sample(ArenaState state, Void prepared, UniformRandomProvider random) {
        ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(random);
        int n = state.itemCount();
        int k = state.k();
        double[] draw = new double[n];
        fill(state, gaussian, draw);
        int[] leaders = TopScores.choose(draw, k - 1, random);
        fill(state, gaussian, draw);
        for (int leader : leaders) {
            draw[leader] = Double.NaN;
        }
        int[] items = new int[k];
        System.arraycopy(leaders, 0, items, 0, k - 1);
        items[k - 1] = TopScores.choose(draw, 1, random)[0];
        return items;
    }

    private static void fill(ArenaState state, ZigguratSampler.NormalizedGaussian gaussian, double[] draw) {
        for (int i = 0; i < draw.length; i++) {
            draw[i] = state.active(i) ? state.mean(i) + state.sd(i) * gaussian.sample() : Double.NaN;
        }
    }
}
