package dev.ordinal.metric;

import dev.ordinal.error.DataException;
import dev.ordinal.leaderboard.Interval;
import dev.ordinal.leaderboard.Leaderboard;
import java.util.List;

/**
 * How well a leaderboard's intervals tell its items apart: the share of item pairs whose
 * intervals do not overlap (Li et al., "From Crowdsourced Data to High-Quality Benchmarks:
 * Arena-Hard and BenchBuilder Pipeline", 2024, "separability with confidence"). Intervals that
 * touch overlap, as in the leaderboard's rank ranges. Cost: O(n log n) after sorting the bounds.
 *
 * @param separatedPairs item pairs whose intervals do not overlap
 * @param pairs          all item pairs, n(n − 1)/2
 */
public record Separability(long separatedPairs, long pairs) {

    public Separability {
        if (pairs < 1 || separatedPairs < 0 || separatedPairs > pairs) {
            throw new IllegalArgumentException("need 0 ≤ separated pairs ≤ pairs and pairs ≥ 1, got " + separatedPairs
                    + " of " + pairs);
        }
    }

    /** The share of pairs told apart, in [0, 1]. */
    public double share() {
        return (double) separatedPairs / pairs;
    }

    /** Separability of these intervals, one per item. */
    public static Separability of(List<Interval> intervals) {
        int n = intervals.size();
        if (n < 2) {
            throw new DataException("separability needs at least 2 items with intervals, got " + n);
        }
        // Pair (i, j) is separated when one interval lies wholly above the other: count, for each
        // interval, the intervals whose upper bound is strictly below its lower bound.
        double[] uppers = intervals.stream().mapToDouble(Interval::upper).sorted().toArray();
        long separated = 0;
        for (Interval interval : intervals) {
            separated += countBelow(uppers, interval.lower());
        }
        return new Separability(separated, (long) n * (n - 1) / 2);
    }

    /** Separability of a leaderboard's intervals. */
    public static Separability of(Leaderboard leaderboard) {
        List<Interval> intervals = leaderboard.items().stream().map(entry -> entry.ci().orElseThrow(() ->
                new DataException("item '" + entry.name() + "' has no interval (uncertainty method "
                        + leaderboard.uncertainty().method() + "); separability needs intervals",
                        "set ci to a method that gives intervals (e.g. ci=bootstrap)"))).toList();
        return of(intervals);
    }

    /** Number of values in {@code sorted} strictly below {@code bound}. */
    private static int countBelow(double[] sorted, double bound) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < bound) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
