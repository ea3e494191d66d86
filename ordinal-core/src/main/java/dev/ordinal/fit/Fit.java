package dev.ordinal.fit;

import java.util.List;

/**
 * A fitted model: item log-strengths (centred to mean zero) then extra parameters.
 *
 * @param likelihood    what was maximised
 * @param options       how
 * @param parameters    the estimate (log-strengths first, then {@link Likelihood#extraParameterNames()})
 * @param converged     whether the relative change fell below the tolerance
 * @param iterations    Newton iterations used
 * @param logLikelihood the data's log-likelihood at the estimate (without the prior)
 */
public record Fit(Likelihood likelihood, FitOptions options, double[] parameters, boolean converged, int iterations,
                  double logLikelihood) {

    public Fit {
        parameters = parameters.clone();
    }

    @Override
    public double[] parameters() {
        return parameters.clone();
    }

    /** The items' log-strengths, mean zero. */
    public double[] strengths() {
        return java.util.Arrays.copyOf(parameters, likelihood.itemCount());
    }

    public List<String> extraParameterNames() {
        return likelihood.extraParameterNames();
    }

    /** Expected score of item i against item j: P(i preferred) + ½ P(tie). */
    public double expectedScore(int i, int j) {
        return likelihood.expectedScore(parameters, i, j);
    }
}
