package dev.ordinal.select;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * A small simulated arena for the tests: true log-strengths, Plackett–Luce orderings of each
 * battle's items (Bradley–Terry when K = 2), and a cheap stand-in for the estimates a real runner
 * would refresh: per item, the log of its smoothed win/loss ratio over all its pairwise records,
 * with standard deviation 2 / √(1 + appearances), so that estimates sharpen as items are shown.
 */
final class Arena {
    private Arena() {
    }

    /** Runs {@code battles} proposals of {@code strategy}, feeding back outcomes; returns appearances per item. */
    static long[] run(ArenaState state, MatchmakingStrategy strategy, double[] truth, int battles,
            UniformRandomProvider random, java.util.function.Consumer<Battle> check) {
        for (int b = 0; b < battles; b++) {
            Battle battle = strategy.propose(state, random);
            check.accept(battle);
            state.record(ordering(battle.items(), truth, random));
            refresh(state);
        }
        long[] appearances = new long[state.itemCount()];
        for (int i = 0; i < appearances.length; i++) {
            appearances[i] = state.appearances(i);
        }
        return appearances;
    }

    /** A Plackett–Luce draw: repeatedly pick the next best with probability ∝ exp(θ). */
    static int[][] ordering(int[] items, double[] truth, UniformRandomProvider random) {
        int[] left = items.clone();
        int[][] groups = new int[left.length][];
        for (int place = 0; place < groups.length; place++) {
            double total = 0;
            for (int i = place; i < left.length; i++) {
                total += Math.exp(truth[left[i]]);
            }
            double u = random.nextDouble() * total;
            int pick = place;
            for (int i = place; i < left.length - 1; i++) {
                u -= Math.exp(truth[left[i]]);
                if (u < 0) {
                    break;
                }
                pick = i + 1;
            }
            int swap = left[place];
            left[place] = left[pick];
            left[pick] = swap;
            groups[place] = new int[] {left[place]};
        }
        return groups;
    }

    static void refresh(ArenaState state) {
        int n = state.itemCount();
        double[] mean = new double[n];
        double[] sd = new double[n];
        for (int i = 0; i < n; i++) {
            double won = 0;
            double lost = 0;
            for (int j = 0; j < n; j++) {
                won += state.wins(i, j);
                lost += state.wins(j, i);
            }
            mean[i] = Math.log((won + 1) / (lost + 1));
            sd[i] = 2 / Math.sqrt(1 + state.appearances(i));
        }
        state.setEstimates(mean, sd);
    }
}
