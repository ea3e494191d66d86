package dev.ordinal.audit;

/**
 * How the audits state their uncertainty.
 *
 * @param level  the confidence level of every interval, strictly between 0 and 1
 * @param rounds bootstrap rounds, at least 1
 * @param seed   the seed of the bootstrap's generator; same data and seed, same intervals
 */
public record AuditOptions(double level, int rounds, long seed) {
    public AuditOptions {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("confidence level must be strictly between 0 and 1, got " + level);
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("bootstrap rounds must be at least 1, got " + rounds);
        }
    }

    /** 95% intervals from 2000 bootstrap rounds, seed 1. */
    public static AuditOptions defaults() {
        return new AuditOptions(0.95, 2000, 1);
    }
}
