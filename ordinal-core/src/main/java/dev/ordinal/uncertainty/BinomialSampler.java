package dev.ordinal.uncertainty;

import org.apache.commons.rng.UniformRandomProvider;

/**
 * Exact binomial random variates in O(1) expected time for any n and p: inversion
 * (Kachitvichyanukul &amp; Schmeiser 1988, BINV) when n·min(p, 1−p) &lt; 10, otherwise the
 * transformed rejection with squeeze of W. Hörmann, "The generation of binomial random
 * variates", Journal of Statistical Computation and Simulation 46:101–110, 1993 (BTRS).
 * Stateless; every draw uses the caller's generator.
 */
public final class BinomialSampler {
    private static final int TABLE_SIZE = 256;
    private static final double[] LOG_FACTORIAL = new double[TABLE_SIZE];
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    static {
        for (int k = 1; k < TABLE_SIZE; k++) {
            LOG_FACTORIAL[k] = LOG_FACTORIAL[k - 1] + Math.log(k);
        }
    }

    private BinomialSampler() {
    }

    /** A draw from Binomial(trials, probability). */
    public static long sample(UniformRandomProvider rng, long trials, double probability) {
        if (trials <= 0 || probability <= 0) {
            return 0;
        }
        if (probability >= 1) {
            return trials;
        }
        if (probability > 0.5) {
            return trials - sample(rng, trials, 1 - probability);
        }
        return trials * probability < 10 ? inversion(rng, trials, probability) : transformedRejection(rng, trials, probability);
    }

    /** Sequential search of the cumulative distribution from 0: expected n·p + 1 steps. */
    private static long inversion(UniformRandomProvider rng, long trials, double p) {
        double q = 1 - p;
        double odds = p / q;
        double a = (trials + 1) * odds;
        double start = Math.exp(trials * Math.log1p(-p));
        while (true) {
            double u = rng.nextDouble();
            double r = start;
            long x = 0;
            while (u > r) {
                u -= r;
                x++;
                if (x > trials) {
                    break;
                }
                r *= a / x - odds;
            }
            if (x <= trials) {
                return x;
            }
        }
    }

    /** Hörmann's BTRS, for n·p ≥ 10 and p ≤ ½. */
    private static long transformedRejection(UniformRandomProvider rng, long trials, double p) {
        double q = 1 - p;
        double spq = Math.sqrt(trials * p * q);
        double b = 1.15 + 2.53 * spq;
        double inverseB = 1 / b;
        double twoA = 2 * (-0.0873 + 0.0248 * b + 0.01 * p);
        double c = trials * p + 0.5;
        double vr = 0.92 - 4.2 * inverseB;
        // Needed only when the squeeze fails (rarely): computed then, once.
        double alpha = Double.NaN;
        double logOdds = Double.NaN;
        double h = Double.NaN;
        long mode = 0;
        while (true) {
            double u = rng.nextDouble() - 0.5;
            double v = rng.nextDouble();
            double us = 0.5 - Math.abs(u);
            long k = (long) Math.floor((twoA / us + b) * u + c);
            if (k < 0 || k > trials) {
                continue;
            }
            if (us >= 0.07 && v <= vr) {
                return k;
            }
            if (Double.isNaN(h)) {
                alpha = (2.83 + 5.1 * inverseB) * spq;
                logOdds = Math.log(p / q);
                mode = (long) Math.floor((trials + 1) * p);
                h = logFactorial(mode) + logFactorial(trials - mode);
            }
            double logV = Math.log(v * alpha / (twoA / 2 / (us * us) + b));
            if (logV <= h - logFactorial(k) - logFactorial(trials - k) + (k - mode) * logOdds) {
                return k;
            }
        }
    }

    /** log(k!) from a table, or Stirling's series (error below 1e-17 relative for k ≥ 256). */
    static double logFactorial(long k) {
        if (k < TABLE_SIZE) {
            return LOG_FACTORIAL[(int) k];
        }
        double x = k + 1.0;
        double inverse = 1 / x;
        double inverse2 = inverse * inverse;
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI
                + inverse * (1.0 / 12 - inverse2 * (1.0 / 360 - inverse2 / 1260));
    }
}
