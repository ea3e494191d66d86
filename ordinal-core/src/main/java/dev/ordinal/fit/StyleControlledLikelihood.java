package dev.ordinal.fit;

import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.judgment.Outcome;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bradley–Terry with covariates on the judgment: P(A preferred to B) = σ(θ_A − θ_B + Σ_f γ_f z_f),
 * z the vector of feature differences between A's answer and B's (the Chatbot Arena "style control"
 * model: T. Li, A. Angelopoulos, W.-L. Chiang, "Does style matter? Disentangling style and
 * substance in Chatbot Arena", LMSYS blog, 29 Aug 2024). Parameters are the items' log-strengths
 * then one coefficient γ_f per feature, named by the feature. Ties count as half a win for each
 * side ({@link TieModel#HALF}, the Arena's convention) or are dropped ({@link TieModel#DROP}).
 *
 * <p>Sufficient statistics: judgments that share the unordered pair and the feature differences
 * collapse into one cell of (low wins, high wins, ties) weights, a judgment with A the higher index
 * being read from the other side with z negated and the verdict swapped. So one evaluation costs
 * O(cells · F) and the Hessian O(cells · F²), F the number of features; the bootstrap resamples
 * the cells' weights as for plain Bradley–Terry. Expected scores ({@link #expectedScore}) are those
 * of two answers with equal features: σ(θᵢ − θⱼ).
 *
 * <p>A finite estimate needs the items' comparison graph strongly connected
 * ({@link #forEachSupportEdge} reports it as Bradley–Terry does) and the features not to separate
 * the verdicts, which is not checked: a fit on separated data does not converge.
 */
public final class StyleControlledLikelihood implements Likelihood {
    private final int itemCount;
    private final List<String> featureNames;
    private final boolean halfTies;
    private final int[] low;
    private final int[] high;
    /** Row-major cells × features: the differences low − high. */
    private final double[] differences;
    /** Three weights per cell, laid out as {@link dev.ordinal.judgment.PairwiseCounts} does. */
    private final double[] cells;
    private final long observations;

    private StyleControlledLikelihood(int itemCount, List<String> featureNames, boolean halfTies, int[] low, int[] high,
                                      double[] differences, double[] cells, long observations) {
        this.itemCount = itemCount;
        this.featureNames = featureNames;
        this.halfTies = halfTies;
        this.low = low;
        this.high = high;
        this.differences = differences;
        this.cells = cells;
        this.observations = observations;
    }

    /**
     * Collects judgments over {@code itemCount} items with one difference per named feature.
     *
     * @throws UnsupportedCombinationException for a tie model other than half or drop
     */
    public static Builder builder(int itemCount, List<String> featureNames, TieModel ties) {
        if (ties != TieModel.HALF && ties != TieModel.DROP) {
            throw new UnsupportedCombinationException(List.of("style-control", "ties"), "style control reads ties "
                    + "as half a win each or drops them: set ties to half or drop, got ties '" + ties.label() + "'");
        }
        return new Builder(itemCount, List.copyOf(featureNames), ties == TieModel.HALF);
    }

    /** The number of features (coefficients after the items' log-strengths). */
    public int featureCount() {
        return featureNames.size();
    }

    /** Number of distinct (pair, feature differences) cells. */
    public int cellCount() {
        return low.length;
    }

    @Override
    public int itemCount() {
        return itemCount;
    }

    @Override
    public int parameterCount() {
        return itemCount + featureNames.size();
    }

    @Override
    public List<String> extraParameterNames() {
        return featureNames;
    }

    @Override
    public double[] initialParameters() {
        return new double[parameterCount()];
    }

    @Override
    public boolean feasible(double[] parameters) {
        return true;
    }

    /** The linear predictor of cell c: θ_low − θ_high + Σ γ_f z_cf. */
    private double predictor(double[] parameters, int c) {
        int features = featureNames.size();
        double x = parameters[low[c]] - parameters[high[c]];
        for (int f = 0, at = c * features; f < features; f++, at++) {
            x += parameters[itemCount + f] * differences[at];
        }
        return x;
    }

    @Override
    public double evaluate(double[] parameters, double[] gradient, double[] hessian) {
        int p = parameterCount();
        int features = featureNames.size();
        if (gradient != null) {
            Arrays.fill(gradient, 0.0);
        }
        if (hessian != null) {
            Arrays.fill(hessian, 0.0);
        }
        int[] index = new int[2 + features];
        double[] vector = new double[2 + features];
        vector[0] = 1;
        vector[1] = -1;
        for (int f = 0; f < features; f++) {
            index[2 + f] = itemCount + f;
        }
        double total = 0;
        for (int c = 0; c < low.length; c++) {
            double a = lowWeight(c);
            double b = highWeight(c);
            if (a + b == 0) {
                continue;
            }
            double x = predictor(parameters, c);
            total -= (a == 0 ? 0 : a * PairLikelihood.softplus(-x)) + (b == 0 ? 0 : b * PairLikelihood.softplus(x));
            if (gradient == null && hessian == null) {
                continue;
            }
            double probability = Logistic.sigma(x);
            index[0] = low[c];
            index[1] = high[c];
            System.arraycopy(differences, c * features, vector, 2, features);
            if (gradient != null) {
                double g = a - (a + b) * probability;
                for (int k = 0; k < index.length; k++) {
                    gradient[index[k]] += g * vector[k];
                }
            }
            if (hessian != null) {
                double w = (a + b) * probability * (1 - probability);
                for (int k = 0; k < index.length; k++) {
                    int row = index[k] * p;
                    double scaled = w * vector[k];
                    for (int m = 0; m < index.length; m++) {
                        hessian[row + index[m]] -= scaled * vector[m];
                    }
                }
            }
        }
        return total;
    }

    private double lowWeight(int c) {
        return cells[3 * c] + (halfTies ? cells[3 * c + 2] / 2 : 0);
    }

    private double highWeight(int c) {
        return cells[3 * c + 1] + (halfTies ? cells[3 * c + 2] / 2 : 0);
    }

    @Override
    public void forEachScore(double[] parameters, ScoreSink sink) {
        int features = featureNames.size();
        int[] index = new int[2 + features];
        double[] values = new double[2 + features];
        for (int f = 0; f < features; f++) {
            index[2 + f] = itemCount + f;
        }
        // One observation's derivative in x: 1 − σ for a low win, −σ for a high win, ½ − σ for a tie.
        double[] target = {1, 0, 0.5};
        for (int c = 0; c < low.length; c++) {
            double probability = Logistic.sigma(predictor(parameters, c));
            index[0] = low[c];
            index[1] = high[c];
            for (int outcome = 0; outcome < (halfTies ? 3 : 2); outcome++) {
                double weight = cells[3 * c + outcome];
                if (weight == 0) {
                    continue;
                }
                double g = target[outcome] - probability;
                values[0] = g;
                values[1] = -g;
                for (int f = 0; f < features; f++) {
                    values[2 + f] = g * differences[c * features + f];
                }
                sink.accept(weight, index, values, index.length);
            }
        }
    }

    @Override
    public void forEachSupportEdge(EdgeSink sink) {
        for (int c = 0; c < low.length; c++) {
            sink.acceptPair(low[c], high[c], cells[3 * c] > 0, cells[3 * c + 1] > 0, halfTies && cells[3 * c + 2] > 0);
        }
    }

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
            throw new IllegalArgumentException("expected " + cells.length + " cell weights, got " + newCells.length);
        }
        long total = 0;
        for (double weight : newCells) {
            total += Math.round(weight);
        }
        return new StyleControlledLikelihood(itemCount, featureNames, halfTies, low, high, differences,
                newCells.clone(), total);
    }

    /** Collapses judgments into cells. Not thread-safe. */
    public static final class Builder {
        private final int itemCount;
        private final List<String> featureNames;
        private final boolean halfTies;
        private final Map<CellKey, double[]> cells = new LinkedHashMap<>();
        private long observations;

        private Builder(int itemCount, List<String> featureNames, boolean halfTies) {
            if (itemCount < 0) {
                throw new IllegalArgumentException("the item count cannot be negative, got " + itemCount);
            }
            this.itemCount = itemCount;
            this.featureNames = featureNames;
            this.halfTies = halfTies;
        }

        /**
         * Adds one judgment of item {@code a} (side A) against {@code b}, with {@code differences}
         * the features of A's answer minus (or normalised against) B's, one per feature, and the
         * verdict seen from A.
         */
        public Builder add(int a, int b, double[] differences, Outcome outcome) {
            if (a < 0 || a >= itemCount || b < 0 || b >= itemCount) {
                throw new IllegalArgumentException("item index out of range [0, " + itemCount + "): " + a + ", " + b);
            }
            if (a == b) {
                throw new IllegalArgumentException("an item cannot be compared with itself: " + a);
            }
            if (differences.length != featureNames.size()) {
                throw new IllegalArgumentException("expected " + featureNames.size() + " feature differences "
                        + featureNames + ", got " + differences.length);
            }
            for (double d : differences) {
                if (!Double.isFinite(d)) {
                    throw new IllegalArgumentException("feature differences must be finite, got "
                            + Arrays.toString(differences));
                }
            }
            boolean flip = a > b;
            double[] oriented = new double[differences.length];
            for (int f = 0; f < differences.length; f++) {
                // + 0.0 turns −0.0 into 0.0 so that equal differences make equal keys.
                oriented[f] = (flip ? -differences[f] : differences[f]) + 0.0;
            }
            Outcome seen = flip ? outcome.swapped() : outcome;
            int slot = seen.isTie() ? 2 : seen == Outcome.A ? 0 : 1;
            cells.computeIfAbsent(new CellKey(Math.min(a, b), Math.max(a, b), oriented), key -> new double[3])[slot]++;
            observations++;
            return this;
        }

        public StyleControlledLikelihood build() {
            int count = cells.size();
            int features = featureNames.size();
            int[] low = new int[count];
            int[] high = new int[count];
            double[] differences = new double[count * features];
            double[] weights = new double[3 * count];
            int c = 0;
            for (Map.Entry<CellKey, double[]> entry : cells.entrySet()) {
                low[c] = entry.getKey().low;
                high[c] = entry.getKey().high;
                System.arraycopy(entry.getKey().differences, 0, differences, c * features, features);
                System.arraycopy(entry.getValue(), 0, weights, 3 * c, 3);
                c++;
            }
            return new StyleControlledLikelihood(itemCount, featureNames, halfTies, low, high, differences, weights,
                    observations);
        }
    }

    private record CellKey(int low, int high, double[] differences) {
        @Override
        public boolean equals(Object other) {
            return other instanceof CellKey that && low == that.low && high == that.high
                    && Arrays.equals(differences, that.differences);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * low + high) + Arrays.hashCode(differences);
        }
    }
}
