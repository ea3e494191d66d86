package dev.ordinal.fit;

import dev.ordinal.judgment.PairwiseCounts;
import java.util.List;

/**
 * Shared machinery of pairwise models whose probabilities depend on one pair only through the
 * difference {@code x = θ_low − θ_high} and at most one extra (tie) parameter {@code e}.
 * Subclasses give the per-pair log-likelihood and its derivatives in {@code (x, e)}; this class
 * sums them over pairs and scatters them into the full gradient and Hessian, in O(pairs).
 */
abstract class PairLikelihood implements Likelihood {
    /** Indices into the local derivative array filled by {@link #local}. */
    static final int GX = 0;
    static final int GE = 1;
    static final int HXX = 2;
    static final int HXE = 3;
    static final int HEE = 4;

    final PairwiseCounts counts;
    private final boolean hasExtra;

    PairLikelihood(PairwiseCounts counts, boolean hasExtra) {
        this.counts = counts;
        this.hasExtra = hasExtra;
    }

    /**
     * The log-likelihood of one pair with weights {@code lowWins, highWins, ties}; fills
     * {@code d[GX..HEE]} with its first and second derivatives in (x, e) when {@code d} is not null.
     */
    abstract double local(double x, double e, double lowWins, double highWins, double ties, double[] d);

    /**
     * Fills only {@code d[GX]} and {@code d[GE]}; subclasses override it when that is cheaper than
     * {@link #local}.
     */
    void localGradient(double x, double e, double lowWins, double highWins, double ties, double[] d) {
        local(x, e, lowWins, highWins, ties, d);
    }

    /**
     * Score of a single observation of kind {@code outcome} (a {@link PairwiseCounts} offset) in
     * (x, e): fills {@code s[0] = ∂x, s[1] = ∂e}. Returns false when the model ignores that kind.
     */
    private boolean score(double x, double e, int outcome, double[] s) {
        if (outcome == PairwiseCounts.TIES && !tiesInform()) {
            return false;
        }
        double[] d = new double[5];
        local(x, e, outcome == PairwiseCounts.LOW_WINS ? 1 : 0, outcome == PairwiseCounts.HIGH_WINS ? 1 : 0,
                outcome == PairwiseCounts.TIES ? 1 : 0, d);
        s[0] = d[GX];
        s[1] = d[GE];
        return true;
    }

    /** P(low preferred) + ½ P(tie) at difference x. */
    abstract double expectedScoreOfDifference(double x, double e);

    /** Whether ties enter the likelihood (and so bound strength differences): all but dropped ties. */
    abstract boolean tiesInform();

    /** A new instance of the same model over {@code resampled}. */
    abstract Likelihood on(PairwiseCounts resampled);

    @Override
    public int itemCount() {
        return counts.itemCount();
    }

    @Override
    public int parameterCount() {
        return counts.itemCount() + (hasExtra ? 1 : 0);
    }

    @Override
    public List<String> extraParameterNames() {
        return List.of();
    }

    @Override
    public boolean feasible(double[] parameters) {
        return true;
    }

    final double extra(double[] parameters) {
        return hasExtra ? parameters[counts.itemCount()] : 0.0;
    }

    @Override
    public double evaluate(double[] parameters, double[] gradient, double[] hessian) {
        return sweep(parameters, gradient, hessian, true);
    }

    @Override
    public void gradient(double[] parameters, double[] gradient) {
        sweep(parameters, gradient, null, false);
    }

    /**
     * One pass over the pairs, adding each pair's derivatives into {@code gradient} and
     * {@code hessian} when they are not null. Without {@code withValue} and without a Hessian the
     * subclass's cheaper {@link #localGradient} is used and the returned value is 0.
     */
    private double sweep(double[] parameters, double[] gradient, double[] hessian, boolean withValue) {
        int p = parameterCount();
        int extraIndex = counts.itemCount();
        if (gradient != null) {
            java.util.Arrays.fill(gradient, 0.0);
        }
        if (hessian != null) {
            java.util.Arrays.fill(hessian, 0.0);
        }
        boolean full = withValue || hessian != null;
        double e = extra(parameters);
        double[] d = gradient == null && hessian == null ? null : new double[5];
        double total = 0;
        for (int pair = 0, pairs = counts.pairCount(); pair < pairs; pair++) {
            double lowWins = counts.lowWins(pair);
            double highWins = counts.highWins(pair);
            double ties = counts.ties(pair);
            if (lowWins + highWins + ties == 0) {
                continue;
            }
            int i = counts.low(pair);
            int j = counts.high(pair);
            double x = parameters[i] - parameters[j];
            if (full) {
                total += local(x, e, lowWins, highWins, ties, d);
            } else {
                localGradient(x, e, lowWins, highWins, ties, d);
            }
            if (gradient != null) {
                gradient[i] += d[GX];
                gradient[j] -= d[GX];
                if (hasExtra) {
                    gradient[extraIndex] += d[GE];
                }
            }
            if (hessian != null) {
                hessian[i * p + i] += d[HXX];
                hessian[j * p + j] += d[HXX];
                hessian[i * p + j] -= d[HXX];
                hessian[j * p + i] -= d[HXX];
                if (hasExtra) {
                    hessian[i * p + extraIndex] += d[HXE];
                    hessian[extraIndex * p + i] += d[HXE];
                    hessian[j * p + extraIndex] -= d[HXE];
                    hessian[extraIndex * p + j] -= d[HXE];
                    hessian[extraIndex * p + extraIndex] += d[HEE];
                }
            }
        }
        return total;
    }

    @Override
    public void forEachScore(double[] parameters, ScoreSink sink) {
        double e = extra(parameters);
        int[] index = {0, 0, counts.itemCount()};
        double[] values = new double[3];
        double[] s = new double[2];
        for (int pair = 0; pair < counts.pairCount(); pair++) {
            int i = counts.low(pair);
            int j = counts.high(pair);
            double x = parameters[i] - parameters[j];
            double[] weights = {counts.lowWins(pair), counts.highWins(pair), counts.ties(pair)};
            for (int outcome = 0; outcome < 3; outcome++) {
                if (weights[outcome] == 0 || !score(x, e, outcome, s)) {
                    continue;
                }
                index[0] = i;
                index[1] = j;
                values[0] = s[0];
                values[1] = -s[0];
                values[2] = s[1];
                sink.accept(weights[outcome], index, values, hasExtra ? 3 : 2);
            }
        }
    }

    @Override
    public void forEachSupportEdge(EdgeSink sink) {
        boolean tiesInform = tiesInform();
        for (int pair = 0; pair < counts.pairCount(); pair++) {
            sink.acceptPair(counts.low(pair), counts.high(pair), counts.lowWins(pair) > 0, counts.highWins(pair) > 0,
                    tiesInform && counts.ties(pair) > 0);
        }
    }

    @Override
    public double expectedScore(double[] parameters, int i, int j) {
        return expectedScoreOfDifference(parameters[i] - parameters[j], extra(parameters));
    }

    @Override
    public double[] cells() {
        return counts.cells();
    }

    @Override
    public long observations() {
        return counts.judgments();
    }

    @Override
    public Likelihood withCells(double[] cells) {
        return on(counts.withCells(cells));
    }

    /** Total weight of ties and of all results. */
    final double tieShare() {
        double ties = 0;
        double all = 0;
        for (int pair = 0; pair < counts.pairCount(); pair++) {
            ties += counts.ties(pair);
            all += counts.lowWins(pair) + counts.highWins(pair) + counts.ties(pair);
        }
        return all == 0 ? 0 : ties / all;
    }

    /** log(1 + e^z) without overflow. */
    static double softplus(double z) {
        return z > 0 ? z + Math.log1p(Math.exp(-z)) : Math.log1p(Math.exp(z));
    }
}
