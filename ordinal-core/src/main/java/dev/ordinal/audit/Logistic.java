package dev.ordinal.audit;

/** The logistic function σ(x) = 1 / (1 + e^−x) and its logarithm, computed without overflow. */
final class Logistic {
    private Logistic() {
    }

    static double sigma(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** log σ(x) = −log(1 + e^−x). */
    static double logSigma(double x) {
        return x < 0 ? x - Math.log1p(Math.exp(x)) : -Math.log1p(Math.exp(-x));
    }
}
