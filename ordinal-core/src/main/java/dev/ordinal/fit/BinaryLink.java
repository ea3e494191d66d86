package dev.ordinal.fit;

import org.apache.commons.numbers.gamma.Erfcx;

/** The distribution function F linking a strength difference x to P(win) = F(x). */
enum BinaryLink {
    /** F(x) = 1 / (1 + e^-x): Bradley–Terry (1952). */
    LOGISTIC {
        @Override
        double logCdf(double x) {
            return -PairLikelihood.softplus(-x);
        }

        @Override
        double cdf(double x) {
            return Logistic.sigma(x);
        }

        @Override
        double dLogCdf(double x) {
            return 1 - Logistic.sigma(x);
        }

        @Override
        double d2LogCdf(double x) {
            double p = Logistic.sigma(x);
            return -p * (1 - p);
        }

        @Override
        double gradient(double x, double wins, double losses) {
            // d/dx [w log F(x) + l log F(−x)] = w(1 − p) − l p with p = F(x): one exponential.
            double p = Logistic.sigma(x);
            return wins - (wins + losses) * p;
        }
    },
    /** F(x) = Φ(x), the standard normal distribution: Thurstone (1927) Case V, Mosteller (1951). */
    PROBIT {
        private static final double SQRT2 = Math.sqrt(2);
        private static final double SQRT2_OVER_PI = Math.sqrt(2 / Math.PI);

        // Φ(x) = ½ erfcx(−x/√2) e^{−x²/2}; the scaled erfc keeps every quantity finite in both tails.
        @Override
        double logCdf(double x) {
            return Math.log(0.5 * Erfcx.value(-x / SQRT2)) - x * x / 2;
        }

        @Override
        double cdf(double x) {
            return Math.exp(logCdf(x));
        }

        /** The inverse Mills ratio φ(x)/Φ(x). */
        @Override
        double dLogCdf(double x) {
            return SQRT2_OVER_PI / Erfcx.value(-x / SQRT2);
        }

        @Override
        double d2LogCdf(double x) {
            double mills = dLogCdf(x);
            return -mills * (x + mills);
        }
    };

    abstract double logCdf(double x);

    abstract double cdf(double x);

    /** d/dx log F(x). */
    abstract double dLogCdf(double x);

    /** d²/dx² log F(x). */
    abstract double d2LogCdf(double x);

    /** d/dx of wins·log F(x) + losses·log F(−x). */
    double gradient(double x, double wins, double losses) {
        return wins * dLogCdf(x) - losses * dLogCdf(-x);
    }
}
