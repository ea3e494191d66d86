package dev.ordinal.metric;

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
        if (rounds < 0) {
            throw new IllegalArgumentException("bootstrap rounds must not be negative, got " + rounds);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the interval level must be between 0 and 1, got " + level);
        }
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
