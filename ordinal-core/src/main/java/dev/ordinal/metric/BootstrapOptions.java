package dev.ordinal.metric;

import dev.ordinal.error.Require;

/**
 * How a metric's percentile interval is made: {@code rounds} resamples (0: no interval), drawn
 * from a generator seeded with {@code seed}, giving the central {@code level} share of the
 * resampled values. Same data and seed, same interval.
 *
 * @param rounds bootstrap rounds, 0 for point estimates only
 * @param seed   the generator's seed
 * @param level  coverage of the interval, in (0, 1)
 */
public record BootstrapOptions(int rounds, long seed, double level) {

    public BootstrapOptions {
        Require.atLeast("bootstrap", rounds, 0);
        Require.between("level", level, 0, 1);
    }

    /** 1000 rounds, seed 1, 95% intervals. */
    public static BootstrapOptions defaults() {
        return new BootstrapOptions(1000, 1, 0.95);
    }

    /** Point estimates only. */
    public static BootstrapOptions none() {
        return new BootstrapOptions(0, 1, 0.95);
    }
}
