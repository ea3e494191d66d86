package dev.ordinal.select;

import java.util.function.Function;
import org.apache.commons.rng.UniformRandomProvider;

/** Strategies for testing the simulator without the strategy registry. */
final class TestStrategies {
    private TestStrategies() {
    }

    /** {@code uniform}: a uniformly random pair of active items; {@code extremes}: see {@link Extremes}. */
    static Function<String, MatchmakingStrategy> registry(double extremesProbability) {
        return name -> switch (name) {
            case "uniform" -> new UniformPairs();
            case "extremes" -> new Extremes(extremesProbability);
            default -> throw new IllegalArgumentException("unknown test strategy '" + name + "'");
        };
    }

    /** A uniformly random pair (k = 2 only); propensity 1 / C(active, 2). */
    static final class UniformPairs implements MatchmakingStrategy {
        @Override
        public String name() {
            return "uniform";
        }

        @Override
        public Battle propose(ArenaState state, UniformRandomProvider random) {
            int n = state.itemCount();
            int a = random.nextInt(n);
            int b = random.nextInt(n - 1);
            b += b >= a ? 1 : 0;
            return new Battle(new int[] {a, b}, 2.0 / (n * (n - 1.0)));
        }
    }

    /**
     * A deliberately biased strategy with known propensities: with probability q the current
     * leader against the current last (highest and lowest estimated mean, lowest index on ties,
     * two distinct items), otherwise a uniformly random pair. P({leader, last}) = q + (1−q)/C(n,2);
     * any other pair (1−q)/C(n,2). With careless voters the far pair's win rate saturates, so an
     * unweighted fit pulls the leader down and the last up.
     */
    static final class Extremes implements MatchmakingStrategy {
        private final double q;

        Extremes(double q) {
            this.q = q;
        }

        @Override
        public String name() {
            return "extremes";
        }

        @Override
        public Battle propose(ArenaState state, UniformRandomProvider random) {
            int n = state.itemCount();
            int leader = 0;
            for (int i = 1; i < n; i++) {
                leader = state.mean(i) > state.mean(leader) ? i : leader;
            }
            int last = leader == 0 ? 1 : 0;
            for (int i = 0; i < n; i++) {
                last = i != leader && state.mean(i) < state.mean(last) ? i : last;
            }
            int a;
            int b;
            if (random.nextDouble() < q) {
                a = leader;
                b = last;
            } else {
                a = random.nextInt(n);
                b = random.nextInt(n - 1);
                b += b >= a ? 1 : 0;
            }
            double uniform = (1 - q) * 2 / (n * (n - 1.0));
            boolean extremes = Math.min(a, b) == Math.min(leader, last) && Math.max(a, b) == Math.max(leader, last);
            return new Battle(new int[] {a, b}, extremes ? q + uniform : uniform);
        }
    }
}
