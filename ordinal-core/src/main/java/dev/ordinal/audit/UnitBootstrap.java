package dev.ordinal.audit;

import dev.ordinal.leaderboard.Interval;
import dev.ordinal.leaderboard.Leaderboards;
import java.util.Arrays;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The cluster (block) bootstrap over units (Davison &amp; Hinkley 1997, section 3.8): each round
 * draws as many units as there are, with replacement, and keeps every label of a drawn unit
 * together, so that labels of one question, which are not independent (two orders of one pair,
 * several workers on one pair), are resampled as one. Audit figures are ratios of sums over units;
 * a round returns those sums and the caller forms its figure from them. O(rounds × units × columns).
 */
final class UnitBootstrap {
    private final AuditOptions options;

    UnitBootstrap(AuditOptions options) {
        this.options = options;
    }

    /**
     * For every round, the sum over the drawn units of each column: {@code columns[c][u]} is unit
     * u's value in column c, and the result is rounds × columns.
     */
    double[][] roundSums(double[][] columns) {
        int units = columns[0].length;
        UniformRandomProvider random = RandomSource.XO_SHI_RO_256_PP.create(options.seed());
        double[][] sums = new double[options.rounds()][columns.length];
        for (int round = 0; round < sums.length; round++) {
            double[] sum = sums[round];
            for (int draw = 0; draw < units; draw++) {
                int unit = random.nextInt(units);
                for (int c = 0; c < columns.length; c++) {
                    sum[c] += columns[c][unit];
                }
            }
        }
        return sums;
    }

    /** The percentile interval of {@code values} at the options' level. */
    Interval percentile(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double level = options.level();
        return new Interval(Leaderboards.quantile(sorted, (1 - level) / 2), Leaderboards.quantile(sorted, (1 + level) / 2));
    }

    /**
     * The two-sided bootstrap p-value of {@code value} (Efron &amp; Tibshirani 1993, section 16.4):
     * twice the smaller share of rounds on either side of it, at most 1. It is the largest
     * 1 − level at which the percentile interval still contains {@code value}.
     */
    static double pValue(double[] values, double value) {
        int below = 0;
        int above = 0;
        for (double v : values) {
            if (v <= value) {
                below++;
            }
            if (v >= value) {
                above++;
            }
        }
        return Math.min(1, 2.0 * Math.min(below, above) / values.length);
    }
}
