package dev.ordinal.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The derivative checks every likelihood's tests make: the analytic gradient and Hessian against
 * central finite differences of the value (and of the gradient), and the per-observation scores
 * against the gradient they must sum to.
 */
public final class LikelihoodChecks {
    private LikelihoodChecks() {
    }

    /**
     * Asserts that at {@code point} the gradient matches central differences of the value with
     * step {@code step} to 1e-5 relative, and the Hessian matches central differences of the
     * gradient to {@code hessianTolerance} relative.
     *
     * @param what names the case in failure messages
     * @return the analytic gradient at {@code point}
     */
    public static double[] assertDerivatives(Likelihood likelihood, double[] point, double step,
                                             double hessianTolerance, String what) {
        int p = likelihood.parameterCount();
        double[] gradient = new double[p];
        double[] hessian = new double[p * p];
        likelihood.evaluate(point, gradient, hessian);
        for (int k = 0; k < p; k++) {
            double[] plus = point.clone();
            double[] minus = point.clone();
            plus[k] += step;
            minus[k] -= step;
            double numeric = (likelihood.evaluate(plus, null, null) - likelihood.evaluate(minus, null, null)) / (2 * step);
            assertThat(gradient[k]).as("gradient %d of %s", k, what)
                    .isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
            double[] gradientPlus = new double[p];
            double[] gradientMinus = new double[p];
            likelihood.evaluate(plus, gradientPlus, null);
            likelihood.evaluate(minus, gradientMinus, null);
            for (int j = 0; j < p; j++) {
                double second = (gradientPlus[j] - gradientMinus[j]) / (2 * step);
                assertThat(hessian[j * p + k]).as("hessian %d,%d of %s", j, k, what)
                        .isCloseTo(second, within(hessianTolerance * Math.max(1, Math.abs(second))));
            }
        }
        return gradient;
    }

    /** Asserts that the per-observation scores at {@code point} sum to {@code gradient}, to 1e-9. */
    public static void assertScoresSumTo(Likelihood likelihood, double[] point, double[] gradient, String what) {
        double[] summed = new double[likelihood.parameterCount()];
        likelihood.forEachScore(point, (weight, index, values, length) -> {
            for (int a = 0; a < length; a++) {
                summed[index[a]] += weight * values[a];
            }
        });
        assertThat(summed).as("scores of %s", what).containsExactly(gradient, within(1e-9));
    }
}
