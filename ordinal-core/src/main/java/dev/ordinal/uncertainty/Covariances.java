package dev.ordinal.uncertainty;

import dev.ordinal.fit.Fit;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.Objective;
import org.ejml.data.DMatrixRMaj;

/**
 * Closed-form covariance estimates at a fit, in O(cells + p³).
 * <ul>
 *   <li>Fisher (model-based): the inverse of the observed information −∇²ℓ (plus the prior's
 *   precision), taken on the centred subspace.</li>
 *   <li>Sandwich (robust): A⁻¹ B A⁻¹ with A the observed information and B = Σ sₖ sₖᵀ over
 *   judgments k (Huber 1967; White 1982), robust to a misspecified model, e.g. voters whose
 *   preferences are not one Bradley–Terry. B is accumulated per cell: a cell with weight w and
 *   per-judgment score s adds w·s sᵀ, exact for unit weights.</li>
 * </ul>
 */
public final class Covariances {
    private Covariances() {
    }

    public static CovarianceMatrix fisher(Fit fit) {
        Objective objective = new Objective(fit.likelihood(), fit.options());
        DMatrixRMaj curvature = objective.curvature(fit.parameters());
        int p = curvature.numRows;
        return new CovarianceMatrix(p, objective.inverseCurvature(curvature));
    }

    public static CovarianceMatrix sandwich(Fit fit) {
        Likelihood likelihood = fit.likelihood();
        Objective objective = new Objective(likelihood, fit.options());
        double[] parameters = fit.parameters();
        DMatrixRMaj curvature = objective.curvature(parameters);
        int p = curvature.numRows;
        double[] bread = objective.inverseCurvature(curvature);
        double[] meat = new double[p * p];
        likelihood.forEachScore(parameters, (weight, index, values, length) -> {
            for (int a = 0; a < length; a++) {
                double scaled = weight * values[a];
                int row = index[a] * p;
                for (int b = 0; b < length; b++) {
                    meat[row + index[b]] += scaled * values[b];
                }
            }
        });
        double[] left = multiply(bread, meat, p);
        return new CovarianceMatrix(p, multiply(left, bread, p));
    }

    private static double[] multiply(double[] x, double[] y, int p) {
        DMatrixRMaj result = new DMatrixRMaj(p, p);
        org.ejml.dense.row.CommonOps_DDRM.mult(DMatrixRMaj.wrap(p, p, x), DMatrixRMaj.wrap(p, p, y), result);
        return result.data;
    }
}
