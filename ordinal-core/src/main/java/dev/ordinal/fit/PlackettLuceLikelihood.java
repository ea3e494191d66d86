package dev.ordinal.fit;

import dev.ordinal.judgment.RankingProfile;
import java.util.Arrays;
import java.util.List;

/**
 * Plackett–Luce (Luce 1959; Plackett 1975): a ranking is built best first, each step choosing
 * item i from those left with probability πᵢ / Σ π over them. Partial rankings compare only the
 * items they mention. A tied group is read as "each of its items is chosen ahead of everything
 * ranked below the group", with no order among the group: item i of group g contributes
 * πᵢ / (πᵢ + Σ_{k below g} π_k). For strict rankings this is exactly the Plackett–Luce
 * likelihood; the last group contributes nothing. The composite form keeps the likelihood
 * concave and its cost linear in the ranking's length per item.
 */
final class PlackettLuceLikelihood implements Likelihood {
    private final RankingProfile profile;
    /** The profile's rankings and group sizes, copied once here rather than on every evaluation. */
    private final int[][] orders;
    private final int[][] groupSizes;

    PlackettLuceLikelihood(RankingProfile profile) {
        this(profile, new int[profile.size()][], new int[profile.size()][]);
        for (int r = 0; r < profile.size(); r++) {
            orders[r] = profile.order(r);
            groupSizes[r] = profile.groupSizes(r);
        }
    }

    private PlackettLuceLikelihood(RankingProfile profile, int[][] orders, int[][] groupSizes) {
        this.profile = profile;
        this.orders = orders;
        this.groupSizes = groupSizes;
    }

    @Override
    public int itemCount() {
        return profile.itemCount();
    }

    @Override
    public int parameterCount() {
        return profile.itemCount();
    }

    @Override
    public List<String> extraParameterNames() {
        return List.of();
    }

    @Override
    public double[] initialParameters() {
        return new double[parameterCount()];
    }

    @Override
    public boolean feasible(double[] parameters) {
        return true;
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
        for (int r = 0; r < profile.size(); r++) {
            double weight = profile.weight(r);
            if (weight == 0) {
                continue;
            }
            total += weight * ranking(r, parameters, weight, gradient, hessian, p);
        }
        return total;
    }

    /**
     * The log-likelihood of one observation of ranking r; adds {@code weight} times its gradient
     * and Hessian into the given arrays when they are not null.
     */
    private double ranking(int r, double[] parameters, double weight, double[] gradient, double[] hessian, int p) {
        int[] order = orders[r];
        int[] sizes = groupSizes[r];
        double shift = Double.NEGATIVE_INFINITY;
        for (int item : order) {
            shift = Math.max(shift, parameters[item]);
        }
        double[] strength = new double[order.length];
        for (int k = 0; k < order.length; k++) {
            strength[k] = Math.exp(parameters[order[k]] - shift);
        }
        double loglik = 0;
        int groupEnd = order.length;
        double below = 0;
        for (int g = sizes.length - 1; g >= 0; g--) {
            int groupStart = groupEnd - sizes[g];
            if (g < sizes.length - 1) {
                for (int k = groupStart; k < groupEnd; k++) {
                    double denominator = strength[k] + below;
                    loglik += parameters[order[k]] - shift - Math.log(denominator);
                    if (gradient != null || hessian != null) {
                        stageDerivatives(order, strength, k, groupEnd, denominator, weight, gradient, hessian, p);
                    }
                }
            }
            for (int k = groupStart; k < groupEnd; k++) {
                below += strength[k];
            }
            groupEnd = groupStart;
        }
        return loglik;
    }

    /** Derivatives of log(π_chosen / D) over the choice set {chosen} ∪ positions [restStart, n). */
    private static void stageDerivatives(int[] order, double[] strength, int chosen, int restStart, double denominator,
                                         double weight, double[] gradient, double[] hessian, int p) {
        int n = order.length;
        int setSize = 1 + n - restStart;
        int[] set = new int[setSize];
        double[] q = new double[setSize];
        set[0] = order[chosen];
        q[0] = strength[chosen] / denominator;
        for (int k = restStart; k < n; k++) {
            set[1 + k - restStart] = order[k];
            q[1 + k - restStart] = strength[k] / denominator;
        }
        if (gradient != null) {
            gradient[set[0]] += weight;
            for (int a = 0; a < setSize; a++) {
                gradient[set[a]] -= weight * q[a];
            }
        }
        if (hessian != null) {
            for (int a = 0; a < setSize; a++) {
                hessian[set[a] * p + set[a]] -= weight * q[a];
                for (int b = 0; b < setSize; b++) {
                    hessian[set[a] * p + set[b]] += weight * q[a] * q[b];
                }
            }
        }
    }

    @Override
    public void forEachScore(double[] parameters, ScoreSink sink) {
        int p = parameterCount();
        double[] gradient = new double[p];
        for (int r = 0; r < profile.size(); r++) {
            if (profile.weight(r) == 0) {
                continue;
            }
            int[] order = orders[r];
            for (int item : order) {
                gradient[item] = 0;
            }
            ranking(r, parameters, 1.0, gradient, null, p);
            double[] values = new double[order.length];
            for (int k = 0; k < order.length; k++) {
                values[k] = gradient[order[k]];
            }
            sink.accept(profile.weight(r), order, values, order.length);
        }
    }

    @Override
    public void forEachSupportEdge(EdgeSink sink) {
        for (int r = 0; r < profile.size(); r++) {
            if (profile.weight(r) == 0) {
                continue;
            }
            int[] order = orders[r];
            int[] sizes = groupSizes[r];
            int groupStart = 0;
            for (int size : sizes) {
                int groupEnd = groupStart + size;
                for (int k = groupStart; k < groupEnd; k++) {
                    for (int below = groupEnd; below < order.length; below++) {
                        sink.accept(order[k], order[below]);
                    }
                }
                groupStart = groupEnd;
            }
        }
    }

    @Override
    public double expectedScore(double[] parameters, int i, int j) {
        return Logistic.sigma(parameters[i] - parameters[j]);
    }

    @Override
    public double[] cells() {
        return profile.weights();
    }

    @Override
    public long observations() {
        return profile.judgments();
    }

    @Override
    public Likelihood withCells(double[] cells) {
        return new PlackettLuceLikelihood(profile.withWeights(cells), orders, groupSizes);
    }
}
