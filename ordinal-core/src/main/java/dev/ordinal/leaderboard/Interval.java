package dev.ordinal.leaderboard;

/** A closed interval {@code [lower, upper]}. */
public record Interval(double lower, double upper) {
    public Interval {
        if (!(lower <= upper)) {
            throw new IllegalArgumentException("interval bounds out of order: [" + lower + ", " + upper + "]");
        }
    }
}
