package dev.ordinal.select;

import java.util.List;

/**
 * PLACEHOLDER for the strategy registry written in parallel (work-g builds only the simulator):
 * knows {@code uniform} alone, so that {@code ordinal simulate} compiles and runs. The registry
 * with every strategy replaces this file when the branches merge.
 */
public final class MatchmakingStrategies {
    private MatchmakingStrategies() {
    }

    public static List<String> names() {
        return List.of("uniform");
    }

    public static MatchmakingStrategy create(String name) {
        if (!name.equals("uniform")) {
            throw new IllegalArgumentException("unknown strategy '" + name + "'; expected one of " + names());
        }
        return new MatchmakingStrategy() {
            @Override
            public String name() {
                return "uniform";
            }

            /** A uniformly random set of k active items; propensity 1 / C(active, k). */
            @Override
            public Battle propose(ArenaState state, org.apache.commons.rng.UniformRandomProvider random) {
                int[] active = new int[state.activeCount()];
                int m = 0;
                for (int i = 0; i < state.itemCount(); i++) {
                    if (state.active(i)) {
                        active[m++] = i;
                    }
                }
                int k = state.k();
                double propensity = 1;
                for (int j = 0; j < k; j++) {
                    int pick = j + random.nextInt(m - j);
                    int swap = active[j];
                    active[j] = active[pick];
                    active[pick] = swap;
                    propensity *= (double) (j + 1) / (m - j);
                }
                return new Battle(java.util.Arrays.copyOf(active, k), propensity);
            }
        };
    }
}
