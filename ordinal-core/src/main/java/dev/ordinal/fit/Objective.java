package dev.ordinal.fit;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * What the estimators maximise: the log-likelihood plus the optional Gaussian log-prior on item
 * log-strengths. Without a prior the objective is flat along "add a constant to every item";
 * {@link #curvature} removes that direction by adding vvᵀ, v = (1,…,1,0,…)/√n, which leaves
 * every step orthogonal to v when the gradient is (as it is for shift-invariant likelihoods).
 */
public final class Objective {
    private final Likelihood likelihood;
    private final double priorPrecision;

    public Objective(Likelihood likelihood, FitOptions options) {
        this.likelihood = likelihood;
        this.priorPrecision = options.priorSigma().isPresent()
                ? 1 / (options.priorSigma().getAsDouble() * options.priorSigma().getAsDouble()) : 0;
    }

    public Likelihood likelihood() {
        return likelihood;
    }

    public boolean hasPrior() {
        return priorPrecision > 0;
    }

    /** Objective value; fills gradient and Hessian (row-major) when not null. */
    public double evaluate(double[] parameters, double[] gradient, double[] hessian) {
        double value = likelihood.evaluate(parameters, gradient, hessian);
        if (priorPrecision > 0) {
            int p = likelihood.parameterCount();
            for (int i = 0; i < likelihood.itemCount(); i++) {
                value -= priorPrecision * parameters[i] * parameters[i] / 2;
                if (gradient != null) {
                    gradient[i] -= priorPrecision * parameters[i];
                }
                if (hessian != null) {
                    hessian[i * p + i] -= priorPrecision;
                }
            }
        }
        return value;
    }

    /** The objective's gradient alone, into {@code gradient}. */
    public void gradient(double[] parameters, double[] gradient) {
        likelihood.gradient(parameters, gradient);
        if (priorPrecision > 0) {
            for (int i = 0; i < likelihood.itemCount(); i++) {
                gradient[i] -= priorPrecision * parameters[i];
            }
        }
    }

    /**
     * The negative Hessian at {@code parameters}, made positive definite along the shift
     * direction when there is no prior: the matrix Newton steps and Fisher intervals use.
     */
    public DMatrixRMaj curvature(double[] parameters) {
        int p = likelihood.parameterCount();
        double[] hessian = new double[p * p];
        evaluate(parameters, null, hessian);
        return curvatureFromHessian(hessian);
    }

    DMatrixRMaj curvatureFromHessian(double[] hessian) {
        int p = likelihood.parameterCount();
        int n = likelihood.itemCount();
        DMatrixRMaj matrix = new DMatrixRMaj(p, p);
        double[] data = matrix.data;
        for (int k = 0; k < p * p; k++) {
            data[k] = -hessian[k];
        }
        if (priorPrecision == 0) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    data[i * p + j] += 1.0 / n;
                }
            }
        }
        return matrix;
    }

    /** M⁻¹ of a {@link #curvature} M itself, row-major, by Cholesky factorisation. */
    public static double[] inverse(DMatrixRMaj curvature) {
        int p = curvature.numRows;
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(p);
        if (!solver.setA(curvature.copy())) {
            throw new IllegalStateException("the information matrix is not positive definite");
        }
        DMatrixRMaj inverse = new DMatrixRMaj(p, p);
        solver.invert(inverse);
        return inverse.data;
    }

    /**
     * The inverse of {@link #curvature} projected onto centred item strengths: the covariance of
     * the centred estimate (θᵢ − θ̄) and the extra parameters. Without a prior this takes out the
     * shift direction the curvature added (the Moore–Penrose pseudo-inverse of the information on
     * the centred subspace); with a prior it takes out the prior's variance σ²/n of the common
     * shift, which the MAP estimate, centred by construction, does not have. C ↦ PCP with
     * P = I − 11ᵀ/n on the item block.
     */
    public double[] inverseCurvature(DMatrixRMaj curvature) {
        int p = curvature.numRows;
        int n = likelihood.itemCount();
        double[] c = inverse(curvature);
        double[] itemMean = new double[p];
        for (int r = 0; r < p; r++) {
            for (int j = 0; j < n; j++) {
                itemMean[r] += c[r * p + j] / n;
            }
        }
        double grand = 0;
        for (int i = 0; i < n; i++) {
            grand += itemMean[i] / n;
        }
        double[] projected = new double[p * p];
        for (int r = 0; r < p; r++) {
            for (int col = 0; col < p; col++) {
                double value = c[r * p + col];
                if (col < n) {
                    value -= itemMean[r];
                }
                if (r < n) {
                    value -= itemMean[col];
                }
                if (r < n && col < n) {
                    value += grand;
                }
                projected[r * p + col] = value;
            }
        }
        return projected;
    }
}
