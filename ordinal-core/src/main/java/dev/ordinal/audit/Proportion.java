package dev.ordinal.audit;

import dev.ordinal.leaderboard.Interval;
import org.apache.commons.statistics.distribution.BinomialDistribution;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * A share with its interval and a two-sided test of the hypothesis that it is one half.
 *
 * <p>When every unit contributes at most one trial the trials are independent: the interval is
 * Wilson's score interval (Wilson 1927, JASA 22:209–212; recommended by Brown, Cai &amp; DasGupta
 * 2001, Statistical Science 16:101–133) and the test is the exact binomial test (two-sided: twice
 * the smaller tail, at most 1). When some unit contributes several trials (both orders of a pair,
 * several workers on one pair) they are not independent: the interval is the percentile interval
 * of the {@link UnitBootstrap} over the units that gave trials, and the test its bootstrap p-value.
 *
 * @param successes the count of trials that are successes
 * @param trials    the count of trials, positive
 * @param units     the units the trials came from
 * @param interval  the interval of the share at the audit's level
 * @param method    how the interval and test were computed
 * @param pValue    two-sided p-value of the hypothesis that the share is one half
 */
public record Proportion(long successes, long trials, int units, Interval interval, Method method, double pValue) {

    /** How a proportion's interval and test were computed. */
    public enum Method {
        /** Wilson's score interval and the exact binomial test: one trial per unit. */
        WILSON,
        /** Percentile interval and p-value of the bootstrap over units. */
        UNIT_BOOTSTRAP
    }

    public Proportion {
        if (trials < 1 || successes < 0 || successes > trials) {
            throw new IllegalArgumentException("a proportion needs 0 <= successes <= trials and trials >= 1, got "
                    + successes + " of " + trials);
        }
    }

    /** The share, successes / trials. */
    public double estimate() {
        return (double) successes / trials;
    }

    /**
     * The share of successes over units: unit u had {@code trials[u]} trials, {@code successes[u]} of
     * them successes. Units without trials are ignored.
     *
     * @throws IllegalArgumentException when there are no trials at all
     */
    static Proportion over(int[] successes, int[] trials, AuditOptions options) {
        long hits = 0;
        long total = 0;
        int units = 0;
        boolean independent = true;
        for (int u = 0; u < trials.length; u++) {
            hits += successes[u];
            total += trials[u];
            if (trials[u] > 0) {
                units++;
            }
            independent &= trials[u] <= 1;
        }
        if (total == 0) {
            throw new IllegalArgumentException("a proportion needs at least one trial");
        }
        if (independent) {
            return new Proportion(hits, total, units, wilson(hits, total, options.level()), Method.WILSON,
                    binomialTest(hits, total));
        }
        // Only units with trials are drawn: the clusters are the units that gave trials.
        double[][] columns = new double[2][units];
        for (int u = 0, kept = 0; u < trials.length; u++) {
            if (trials[u] > 0) {
                columns[0][kept] = successes[u];
                columns[1][kept] = trials[u];
                kept++;
            }
        }
        UnitBootstrap bootstrap = new UnitBootstrap(options);
        double[][] sums = bootstrap.roundSums(columns);
        double[] shares = new double[sums.length];
        for (int r = 0; r < sums.length; r++) {
            shares[r] = sums[r][0] / sums[r][1];
        }
        return new Proportion(hits, total, units, bootstrap.percentile(shares), Method.UNIT_BOOTSTRAP,
                UnitBootstrap.pValue(shares, 0.5));
    }

    /** Wilson's score interval for {@code successes} of {@code trials} at confidence {@code level}. */
    static Interval wilson(long successes, long trials, double level) {
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.5 + level / 2);
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + z2 / (2 * n)) / (1 + z2 / n);
        double half = z / (1 + z2 / n) * Math.sqrt(p * (1 - p) / n + z2 / (4 * n * n));
        return new Interval(Math.max(0, centre - half), Math.min(1, centre + half));
    }

    /** The exact two-sided binomial test of p = ½: twice the smaller tail probability, at most 1. */
    static double binomialTest(long successes, long trials) {
        BinomialDistribution fair = BinomialDistribution.of(Math.toIntExact(trials), 0.5);
        int k = Math.toIntExact(successes);
        double lower = fair.cumulativeProbability(k);
        double upper = fair.survivalProbability(k - 1);
        return Math.min(1, 2 * Math.min(lower, upper));
    }
}
