package dev.ordinal.uncertainty;

/**
 * The estimated covariance of a fit's parameters (item log-strengths, centred to mean zero,
 * then extras), p × p.
 */
public final class CovarianceMatrix {
    private final int size;
    private final double[] values;

    CovarianceMatrix(int size, double[] values) {
        if (values.length != size * size) {
            throw new IllegalArgumentException("expected " + size * size + " values, got " + values.length);
        }
        this.size = size;
        this.values = values.clone();
    }

    public int size() {
        return size;
    }

    public double get(int i, int j) {
        return values[i * size + j];
    }

    /** Variance of θᵢ − θⱼ. */
    public double differenceVariance(int i, int j) {
        return get(i, i) + get(j, j) - 2 * get(i, j);
    }
}
