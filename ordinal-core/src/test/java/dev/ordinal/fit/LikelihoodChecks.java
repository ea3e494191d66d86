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
     * step {@code step}, Richardson-extrapolated, to 1e-5 relative, and the Hessian matches central differences of the
     * gradient, extrapolated the same way, to {@code hessianTolerance} relative.
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
            double numeric = richardson(likelihood, point, k, step);
            assertThat(gradient[k]).as("gradient %d of %s", k, what)
                    .isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
            double[] wide = gradientDifference(likelihood, point, k, step);
            double[] narrow = gradientDifference(likelihood, point, k, step / 2);
            for (int j = 0; j < p; j++) {
                double second = (4 * narrow[j] - wide[j]) / 3;
                assertThat(hessian[j * p + k]).as("hessian %d,%d of %s", j, k, what)
                        .isCloseTo(second, within(hessianTolerance * Math.max(1, Math.abs(second))));
            }
        }
        return gradient;
    }

    /**
     * The derivative of the value along parameter {@code k} by central differences with steps h
     * and h/2 combined as (4 D(h/2) − D(h)) / 3 (Richardson extrapolation): its error is O(h⁴),
     * not O(h²), so a strongly curved likelihood (a Rao–Kupper threshold far out) no longer needs
     * a looser tolerance.
     */
    private static double richardson(Likelihood likelihood, double[] point, int k, double step) {
        return (4 * central(likelihood, point, k, step / 2) - central(likelihood, point, k, step)) / 3;
    }

    /** Central differences of the gradient along parameter {@code k}, with step {@code step}. */
    private static double[] gradientDifference(Likelihood likelihood, double[] point, int k, double step) {
        int p = likelihood.parameterCount();
        double[] plus = point.clone();
        double[] minus = point.clone();
        plus[k] += step;
        minus[k] -= step;
        double[] gradientPlus = new double[p];
        double[] gradientMinus = new double[p];
        likelihood.evaluate(plus, gradientPlus, null);
        likelihood.evaluate(minus, gradientMinus, null);
        double[] difference = new double[p];
        for (int j = 0; j < p; j++) {
            difference[j] = (gradientPlus[j] - gradientMinus[j]) / (2 * step);
        }
        return difference;
    }

    private static double central(Likelihood likelihood, double[] point, int k, double step) {
        double[] plus = point.clone();
        double[] minus = point.clone();
        plus[k] += step;
        minus[k] -= step;
        return (likelihood.evaluate(plus, null, null) - likelihood.evaluate(minus, null, null)) / (2 * step);
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
