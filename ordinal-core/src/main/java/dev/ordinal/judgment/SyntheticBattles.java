package dev.ordinal.judgment;

import dev.ordinal.error.Require;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Synthetic pairwise battles with known strengths, for tests, examples and benchmarks.
 * Item i has log-strength θᵢ ~ N(0, spread²); each battle shows a uniformly random pair in a
 * random order, and the verdict follows Davidson's (1970) model with ν = 2τ/(1 − τ), so that
 * two equally strong items tie with probability τ (the tie rate) and τ = 0 gives plain
 * Bradley–Terry. Everything follows from the seed.
 *
 * @param items    number of items, at least 2
 * @param battles  number of battles
 * @param tieRate  tie probability between equals, in [0, 1)
 * @param spread   standard deviation of the true log-strengths
 * @param seed     random seed
 */
public record SyntheticBattles(int items, long battles, double tieRate, double spread, long seed) {

    public SyntheticBattles {
        Require.atLeast("items", items, 2);
        Require.atLeast("battles", battles, 0);
        Require.atLeastAndBelow("tie-rate", tieRate, 0, 1);
        Require.nonNegative("spread", spread);
    }

    /** Receives one battle: item indices shown as A and B, and the verdict. */
    @FunctionalInterface
    public interface BattleSink {
        void accept(int a, int b, Outcome outcome);
    }

    /** The name of item i, e.g. {@code model-007}; zero-padded so names sort like indices. */
    public String name(int item) {
        int width = String.valueOf(items - 1).length();
        return "model-" + String.format("%0" + Math.max(width, 3) + "d", item);
    }

    /** The true log-strengths (natural log), one per item. */
    public double[] strengths() {
        UniformRandomProvider rng = generator(0);
        ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(rng);
        double[] strengths = new double[items];
        for (int i = 0; i < items; i++) {
            strengths[i] = spread * gaussian.sample();
        }
        return strengths;
    }

    /**
     * Generator {@code stream} (0 for strengths, 1 for battles): xoshiro256++ whose state is the
     * SplitMix64 outputs 4·stream … 4·stream + 3 from the seed. Seeding xoshiro with a raw,
     * low-entropy state such as {seed, constant, 1, 2} makes its first outputs nearly the same
     * for nearby seeds (the first strengths came out ≈ 0 for small seeds), so the state is mixed.
     */
    private UniformRandomProvider generator(int stream) {
        UniformRandomProvider splitMix = RandomSource.SPLIT_MIX_64.create(seed);
        for (int k = 0; k < 4 * stream; k++) {
            splitMix.nextLong();
        }
        long[] state = new long[4];
        for (int k = 0; k < state.length; k++) {
            state[k] = splitMix.nextLong();
        }
        return RandomSource.XO_SHI_RO_256_PP.create(state);
    }

    /** Generates every battle in order. */
    public void generate(BattleSink sink) {
        double[] strengths = strengths();
        double nu = 2 * tieRate / (1 - tieRate);
        UniformRandomProvider rng = generator(1);
        for (long k = 0; k < battles; k++) {
            int a = rng.nextInt(items);
            int b = rng.nextInt(items - 1);
            if (b >= a) {
                b++;
            }
            double half = (strengths[a] - strengths[b]) / 2;
            double winA = Math.exp(half);
            double winB = Math.exp(-half);
            double u = rng.nextDouble() * (winA + winB + nu);
            sink.accept(a, b, u < winA ? Outcome.A : u < winA + winB ? Outcome.B : Outcome.TIE);
        }
    }

    /** The battles as a comparison table, items registered in index order. */
    public ComparisonTable table() {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (int i = 0; i < items; i++) {
            builder.item(name(i));
        }
        generate((a, b, outcome) -> builder.add(a, b, outcome, 1.0));
        return builder.build();
    }
}
