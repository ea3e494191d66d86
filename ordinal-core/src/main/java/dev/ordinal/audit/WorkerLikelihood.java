package dev.ordinal.audit;

import dev.ordinal.fit.Logistic;
import dev.ordinal.fit.Likelihood;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The penalised log-likelihood of {@link WorkerModel}: for a label by worker w on items
 * (left, right), z = γ_w (s_left − s_right) + β_w and P(left wins) = σ(z). Parameters are the
 * item strengths s (0..n−1), then γ_w, β_w for each worker in turn. The value includes the
 * workers' Gaussian log-priors γ_w ~ N(1, τ_γ²), β_w ~ N(0, τ_β²) (the strengths' prior, if any,
 * is {@link dev.ordinal.fit.FitOptions}' and added by the fit); the scores and the observation
 * count are those of the data alone.
 *
 * <p>Derivatives, with g = ∂ℓ/∂z = a − (a + b)σ(z) and h = ∂²ℓ/∂z² = −(a + b)σ(z)σ(−z) for a
 * cell of a left wins and b right wins: ∇ℓ = g ∇z and ∇²ℓ = h ∇z ∇zᵀ + g ∇²z, where
 * ∇z = (γ at left, −γ at right, s_left − s_right at γ_w, 1 at β_w) and ∇²z is 1 at (γ_w, left) and
 * −1 at (γ_w, right). The second term, g ∇²z, is the one easily forgotten.
 */
final class WorkerLikelihood implements Likelihood {
    private final int items;
    private final int workers;
    private final int[] worker;
    private final int[] left;
    private final int[] right;
    /** Three per cell: left wins, right wins, ties. */
    private final double[] cells;
    private final boolean halfTies;
    private final double skillPrecision;
    private final double biasPrecision;
    private final long observations;

    WorkerLikelihood(int items, int workers, int[] worker, int[] left, int[] right, double[] cells, boolean halfTies,
                     double skillSigma, double biasSigma, long observations) {
        this.items = items;
        this.workers = workers;
        this.worker = worker;
        this.left = left;
        this.right = right;
        this.cells = cells;
        this.halfTies = halfTies;
        this.skillPrecision = 1 / (skillSigma * skillSigma);
        this.biasPrecision = 1 / (biasSigma * biasSigma);
        this.observations = observations;
    }

    static int skillIndex(int items, int worker) {
        return items + 2 * worker;
    }

    @Override
    public int itemCount() {
        return items;
    }

    @Override
    public int parameterCount() {
        return items + 2 * workers;
    }

    @Override
    public List<String> extraParameterNames() {
        List<String> names = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            names.add("skill " + w);
            names.add("bias " + w);
        }
        return names;
    }

    /** Zero strengths, every worker at the priors' means: skill 1, no bias. */
    @Override
    public double[] initialParameters() {
        double[] start = new double[parameterCount()];
        for (int w = 0; w < workers; w++) {
            start[skillIndex(items, w)] = 1;
        }
        return start;
    }

    @Override
    public boolean feasible(double[] parameters) {
        return true;
    }

    private double leftWeight(int cell) {
        return cells[3 * cell] + (halfTies ? cells[3 * cell + 2] / 2 : 0);
    }

    private double rightWeight(int cell) {
        return cells[3 * cell + 1] + (halfTies ? cells[3 * cell + 2] / 2 : 0);
    }

    @Override
    public double evaluate(double[] parameters, double[] gradient, double[] hessian) {
        int p = parameterCount();
        if (gradient != null) {
            Arrays.fill(gradient, 0.0);
        }
        if (hessian != null) {
            Arrays.fill(hessian, 0.0);
        }
        double total = 0;
        int[] index = new int[4];
        double[] dz = new double[4];
        for (int cell = 0; cell < left.length; cell++) {
            double a = leftWeight(cell);
            double b = rightWeight(cell);
            if (a + b == 0) {
                continue;
            }
            int l = left[cell];
            int r = right[cell];
            int skill = skillIndex(items, worker[cell]);
            double gamma = parameters[skill];
            double difference = parameters[l] - parameters[r];
            double z = gamma * difference + parameters[skill + 1];
            total += a * Logistic.logSigma(z) + b * Logistic.logSigma(-z);
            if (gradient == null && hessian == null) {
                continue;
            }
            double sigma = Logistic.sigma(z);
            double g = a - (a + b) * sigma;
            index[0] = l;
            index[1] = r;
            index[2] = skill;
            index[3] = skill + 1;
            dz[0] = gamma;
            dz[1] = -gamma;
            dz[2] = difference;
            dz[3] = 1;
            if (gradient != null) {
                for (int k = 0; k < 4; k++) {
                    gradient[index[k]] += g * dz[k];
                }
            }
            if (hessian != null) {
                double h = -(a + b) * sigma * (1 - sigma);
                for (int j = 0; j < 4; j++) {
                    for (int k = 0; k < 4; k++) {
                        hessian[index[j] * p + index[k]] += h * dz[j] * dz[k];
                    }
                }
                hessian[skill * p + l] += g;
                hessian[l * p + skill] += g;
                hessian[skill * p + r] -= g;
                hessian[r * p + skill] -= g;
            }
        }
        for (int w = 0; w < workers; w++) {
            int skill = skillIndex(items, w);
            double gammaOffset = parameters[skill] - 1;
            double beta = parameters[skill + 1];
            total -= (skillPrecision * gammaOffset * gammaOffset + biasPrecision * beta * beta) / 2;
            if (gradient != null) {
                gradient[skill] -= skillPrecision * gammaOffset;
                gradient[skill + 1] -= biasPrecision * beta;
            }
            if (hessian != null) {
                hessian[skill * p + skill] -= skillPrecision;
                hessian[(skill + 1) * p + skill + 1] -= biasPrecision;
            }
        }
        return total;
    }

    @Override
    public void forEachScore(double[] parameters, ScoreSink sink) {
        int[] index = new int[4];
        double[] values = new double[4];
        for (int cell = 0; cell < left.length; cell++) {
            int l = left[cell];
            int r = right[cell];
            int skill = skillIndex(items, worker[cell]);
            double gamma = parameters[skill];
            double difference = parameters[l] - parameters[r];
            double sigma = Logistic.sigma(gamma * difference + parameters[skill + 1]);
            index[0] = l;
            index[1] = r;
            index[2] = skill;
            index[3] = skill + 1;
            double[] weights = {cells[3 * cell], cells[3 * cell + 1], halfTies ? cells[3 * cell + 2] : 0};
            double[] leftShare = {1, 0, 0.5};
            for (int outcome = 0; outcome < 3; outcome++) {
                if (weights[outcome] == 0) {
                    continue;
                }
                double g = leftShare[outcome] - sigma;
                values[0] = g * gamma;
                values[1] = -g * gamma;
                values[2] = g * difference;
                values[3] = g;
                sink.accept(weights[outcome], index, values, 4);
            }
        }
    }

    /** Winner → loser as the labels say, whoever gave them (true for workers with γ &gt; 0). */
    @Override
    public void forEachSupportEdge(EdgeSink sink) {
        for (int cell = 0; cell < left.length; cell++) {
            sink.acceptPair(left[cell], right[cell], cells[3 * cell] > 0, cells[3 * cell + 1] > 0,
                    halfTies && cells[3 * cell + 2] > 0);
        }
    }

    /** For a reference worker with skill 1 and no bias: σ(s_i − s_j). */
    @Override
    public double expectedScore(double[] parameters, int i, int j) {
        return Logistic.sigma(parameters[i] - parameters[j]);
    }

    @Override
    public double[] cells() {
        return cells.clone();
    }

    @Override
    public long observations() {
        return observations;
    }

    @Override
    public Likelihood withCells(double[] newCells) {
        if (newCells.length != cells.length) {
            throw new IllegalArgumentException("expected " + cells.length + " cells, got " + newCells.length);
        }
        return new WorkerLikelihood(items, workers, worker, left, right, newCells.clone(), halfTies,
                1 / Math.sqrt(skillPrecision), 1 / Math.sqrt(biasPrecision), observations);
    }
}
