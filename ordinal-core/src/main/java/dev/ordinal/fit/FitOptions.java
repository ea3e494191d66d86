package dev.ordinal.fit;

import dev.ordinal.error.Require;
import java.util.OptionalDouble;

/**
 * How to fit.
 *
 * @param priorSigma    standard deviation of an optional N(0, σ²) prior on every item's
 *                      log-strength; with it the fit is the MAP estimate, which always exists
 * @param maxIterations Newton iterations allowed
 * @param tolerance     stop when the largest parameter change, relative to max(1, largest parameter), is below this
 */
public record FitOptions(OptionalDouble priorSigma, int maxIterations, double tolerance) {

    public FitOptions {
        priorSigma.ifPresent(sigma -> Require.positive("prior", sigma));
        Require.atLeast("max-iterations", maxIterations, 1);
        Require.positive("tolerance", tolerance);
    }

    /** Maximum likelihood, relative change below 1e-10, at most 100 Newton iterations. */
    public static FitOptions defaults() {
        return new FitOptions(OptionalDouble.empty(), 100, 1e-10);
    }

    public FitOptions withPrior(double sigma) {
        return new FitOptions(OptionalDouble.of(sigma), maxIterations, tolerance);
    }
}
