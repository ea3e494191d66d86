package dev.ordinal.fit;

import dev.ordinal.judgment.Items;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/**
 * Maximum-likelihood (or, with a prior, MAP) fitting of any {@link Likelihood} by Newton's
 * method with a backtracking line search. Every likelihood here is concave, so the damped
 * Newton iteration converges globally and, near the optimum, quadratically: a handful of
 * iterations, each costing one pass over the cells plus a Cholesky factorisation, O(p³).
 */
public final class MaximumLikelihood {
    private MaximumLikelihood() {
    }

    /**
     * Fits from the likelihood's own starting point.
     *
     * @throws NoFiniteEstimateException when there is no prior and no finite MLE exists
     */
    public static Fit fit(Likelihood likelihood, Items items, FitOptions options) {
        return fit(likelihood, items, options, likelihood.initialParameters());
    }

    /**
     * Fits from {@code start}, typically the previous estimate when a few judgments were added
     * (a warm start): the maximum is the same as from the likelihood's own starting point, but
     * Newton's method, already in its quadratic phase, needs fewer iterations. Unlike
     * {@link #fitFrom}, it first checks that a finite estimate exists, so a warm start never
     * hides a missing MLE behind a start that happens to look converged.
     *
     * @param start parameters in the likelihood's order (log-strengths, then extras), feasible
     * @throws NoFiniteEstimateException when there is no prior and no finite MLE exists
     * @throws IllegalArgumentException  when {@code start} has the wrong length or infeasible extras
     */
    public static Fit fit(Likelihood likelihood, Items items, FitOptions options, double[] start) {
        if (start.length != likelihood.parameterCount() || !likelihood.feasible(start)) {
            throw new IllegalArgumentException("a starting point needs " + likelihood.parameterCount()
                    + " parameters (log-strengths, then " + likelihood.extraParameterNames()
                    + ") inside their domain, got " + start.length
                    + (start.length == likelihood.parameterCount() ? " with extras outside it" : ""));
        }
        if (options.priorSigma().isEmpty()) {
            Identifiability.diagnose(likelihood, items).ifPresent(problem -> {
                throw problem;
            });
        }
        return fitFrom(likelihood, options, start);
    }

    /** Fits from {@code start}, skipping the existence check (for warm starts on resampled data). */
    public static Fit fitFrom(Likelihood likelihood, FitOptions options, double[] start) {
        Objective objective = new Objective(likelihood, options);
        int p = likelihood.parameterCount();
        int n = likelihood.itemCount();
        double[] parameters = start.clone();
        centre(parameters, n);
        double[] gradient = new double[p];
        double[] hessian = new double[p * p];
        double[] candidate = new double[p];
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.chol(p);
        DMatrixRMaj step = new DMatrixRMaj(p, 1);
        boolean converged = p == 0;
        int iteration = 0;
        while (!converged && iteration < options.maxIterations()) {
            iteration++;
            double value = objective.evaluate(parameters, gradient, hessian);
            DMatrixRMaj curvature = objective.curvatureFromHessian(hessian);
            solveDamped(solver, curvature, gradient, step);
            double scale = 1;
            double change;
            while (true) {
                for (int k = 0; k < p; k++) {
                    candidate[k] = parameters[k] + scale * step.data[k];
                }
                centre(candidate, n);
                if (likelihood.feasible(candidate)) {
                    double next = objective.evaluate(candidate, null, null);
                    if (next >= value - 1e-12 * Math.abs(value)) {
                        break;
                    }
                }
                scale /= 2;
                if (scale < 1e-12) {
                    // No ascent possible along the Newton direction: we are at the optimum to
                    // machine precision.
                    System.arraycopy(parameters, 0, candidate, 0, p);
                    break;
                }
            }
            change = relativeChange(parameters, candidate);
            System.arraycopy(candidate, 0, parameters, 0, p);
            converged = change < options.tolerance();
        }
        double logLikelihood = likelihood.evaluate(parameters, null, null);
        return new Fit(likelihood, options, parameters, converged, iteration, logLikelihood);
    }

    /** Solves curvature · step = gradient, adding a ridge if the curvature is not positive definite. */
    private static void solveDamped(LinearSolverDense<DMatrixRMaj> solver, DMatrixRMaj curvature, double[] gradient,
                                    DMatrixRMaj step) {
        int p = curvature.numRows;
        DMatrixRMaj rhs = DMatrixRMaj.wrap(p, 1, gradient.clone());
        double ridge = 0;
        for (int attempt = 0; attempt < 60; attempt++) {
            DMatrixRMaj matrix = curvature.copy();
            for (int k = 0; k < p; k++) {
                matrix.data[k * p + k] += ridge;
            }
            if (solver.setA(matrix)) {
                solver.solve(rhs, step);
                return;
            }
            ridge = ridge == 0 ? 1e-8 : ridge * 10;
        }
        throw new IllegalStateException("Newton step failed: the curvature matrix stays indefinite");
    }

    /** Shifts the first {@code items} parameters to mean zero (the likelihood does not change). */
    public static void centre(double[] parameters, int items) {
        if (items == 0) {
            return;
        }
        double mean = 0;
        for (int i = 0; i < items; i++) {
            mean += parameters[i];
        }
        mean /= items;
        for (int i = 0; i < items; i++) {
            parameters[i] -= mean;
        }
    }

    /**
     * The largest change from {@code before} to {@code after}, relative to max(1, largest value
     * after): the stopping rule of every fit, bootstrap refits included.
     */
    public static double relativeChange(double[] before, double[] after) {
        double largestChange = 0;
        double largestValue = 1;
        for (int k = 0; k < before.length; k++) {
            largestChange = Math.max(largestChange, Math.abs(after[k] - before[k]));
            largestValue = Math.max(largestValue, Math.abs(after[k]));
        }
        return largestChange / largestValue;
    }
}
