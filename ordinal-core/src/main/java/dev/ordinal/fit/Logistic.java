package dev.ordinal.fit;

/** The logistic function σ(x) = 1 / (1 + e^−x) and its logarithm, computed without overflow. */
public final class Logistic {
    private Logistic() {
    }

    /**
     * 1 / (1 + e^−x). Branch-free on purpose (it sits in the bootstrap's inner loop): e^−x
     * overflows to infinity only where the exact value rounds to 0 anyway.
     */
    public static double sigma(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    /** log σ(x) = −log(1 + e^−x). */
    public static double logSigma(double x) {
        return x < 0 ? x - Math.log1p(Math.exp(x)) : -Math.log1p(Math.exp(-x));
    }
}
