package dev.ordinal.select;

import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.RankBreaking;
import dev.ordinal.uncertainty.CovarianceMatrix;
import dev.ordinal.uncertainty.Covariances;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The estimator the informed strategies see: a Bradley–Terry MAP fit (ties as half a win, prior
 * N(0, σ²) on every log-strength) of all votes so far, warm-started from the previous fit, with
 * standard deviations from the Fisher information ({@link Covariances#fisher}). A K-wise vote is
 * broken into the K(K−1)/2 pairs it orders ({@link RankBreaking}; consistent for Plackett–Luce
 * voters because Plackett–Luce's pairwise marginals are Bradley–Terry — H. Azari Soufiani,
 * D. C. Parkes and L. Xia, NeurIPS 2013), each counted as one comparison, so for K &gt; 2 the
 * Fisher intervals ignore the dependence between a vote's pairs.
 *
 * <p>A second table weights each vote by 1 / propensity, rescaled so that the weights sum to the
 * number of votes (the prior keeps its strength): its fit estimates what the fit of a uniform
 * design would (Horvitz–Thompson weighting, as in the Chatbot Arena paper, W.-L. Chiang et al., ICML 2024).
 * Cost of a refresh: one warm-started Newton fit, O(pairs + n³).
 */
final class BradleyTerryMap implements RatingEstimator {
    private static final BradleyTerry MODEL = new BradleyTerry(TieModel.HALF);

    private final int n;
    private final FitOptions options;
    private final ComparisonTable.Builder plain = ComparisonTable.builder();
    private final ComparisonTable.Builder weighted = ComparisonTable.builder();
    private double inverseSum;
    private long votes;
    private double[] start;
    private double[] weightedStart;

    BradleyTerryMap(int items, double priorSigma) {
        this.n = items;
        this.options = new FitOptions(OptionalDouble.of(priorSigma), 50, 1e-8);
        for (int i = 0; i < items; i++) {
            plain.item(Integer.toString(i));
            weighted.item(Integer.toString(i));
        }
        this.start = new double[items];
        this.weightedStart = new double[items];
    }

    @Override
    public void record(int[][] groups, double propensity) {
        double weight = 1 / propensity;
        votes++;
        inverseSum += weight;
        RankBreaking.forEachPair(groups, (first, second, outcome) -> {
            plain.add(first, second, outcome, 1);
            weighted.add(first, second, outcome, weight);
        });
    }

    @Override
    public Estimate refresh() {
        Fit fit = MaximumLikelihood.fitFrom(MODEL.likelihood(plain.build()), options, start);
        start = fit.parameters();
        return new Estimate(fit.strengths(), Optional.of(centredSds(Covariances.fisher(fit))));
    }

    /** Standard deviations of the centred log-strengths (the covariance is already centred). */
    private double[] centredSds(CovarianceMatrix covariance) {
        double[] sds = new double[n];
        for (int i = 0; i < n; i++) {
            sds[i] = Math.sqrt(Math.max(0, covariance.get(i, i)));
        }
        return sds;
    }

    @Override
    public Optional<double[]> weightedStrengths() {
        Likelihood likelihood = MODEL.likelihood(weighted.build());
        double[] cells = likelihood.cells();
        double scale = votes == 0 ? 1 : votes / inverseSum;
        for (int c = 0; c < cells.length; c++) {
            cells[c] *= scale;
        }
        Fit fit = MaximumLikelihood.fitFrom(likelihood.withCells(cells), options, weightedStart);
        weightedStart = fit.parameters();
        return Optional.of(fit.strengths());
    }

    @Override
    public String name() {
        return "bt-map";
    }
}
