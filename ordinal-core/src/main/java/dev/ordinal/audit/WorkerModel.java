package dev.ordinal.audit;

import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.Items;
import dev.ordinal.leaderboard.Interval;
import dev.ordinal.uncertainty.CovarianceMatrix;
import dev.ordinal.uncertainty.Covariances;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Bradley–Terry with a skill and a position bias per worker, for noisy pairwise labels:
 * P(left preferred by worker w) = σ(γ_w (s_left − s_right) + β_w). γ_w is the worker's
 * reliability (1: like the reference worker; 0: clicks at random; below 0: votes against the
 * ratings, i.e. adversarially); β_w is the log-odds of choosing the left side between equals.
 * The per-worker discrimination follows the "crowd-BT" line of work (X. Chen, P. N. Bennett,
 * K. Collins-Thompson and E. Horvitz, "Pairwise ranking aggregation in a crowdsourced setting",
 * WSDM 2013), written as a logistic model with a slope and an intercept per worker.
 *
 * <p><b>Identification.</b> The likelihood is unchanged by adding a constant to every s (fixed
 * by centring s to mean zero), by scaling s by c and every γ by 1/c, and by flipping the signs
 * of s and all γ together. Gaussian priors γ_w ~ N(1, τ_γ²) and β_w ~ N(0, τ_β²) make the
 * posterior proper: they fix sign (most workers are taken to be honest) and, softly, the scale,
 * and keep a worker with few labels near "ordinary". Because the priors pin the scale only
 * loosely, results are reported on a scale fixed exactly: skills are divided by the
 * label-weighted mean skill m of the workers with enough labels and strengths multiplied by m,
 * so a skill of 1 means "as reliable as the average label" and strengths are on the logit scale
 * of that average label. An optional N(0, σ²) prior on s comes from {@link FitOptions}.
 * The estimate is the posterior mode.
 *
 * <p><b>Fitting.</b> Newton's method with backtracking on the exact gradient and Hessian
 * ({@link MaximumLikelihood}; the objective is not concave, because γ·s is bilinear, and the
 * iteration adds a ridge wherever the Hessian is indefinite), started at s = 0, γ = 1, β = 0.
 * One iteration costs O(cells + p³) with p = items + 2 · workers.
 *
 * <p><b>Intervals</b> are Laplace (observed-information) intervals: the posterior is approximated
 * by a normal whose covariance is the inverse of the negative Hessian of the log-posterior at the
 * mode (on the centred subspace of s), carried to the reported γ/m and s·m by the delta method,
 * in which the loosely pinned scale direction cancels; each interval is estimate ± z·sd.
 *
 * <p>Ties are halved or dropped; labels are collapsed per (worker, left item, right item).
 */
public final class WorkerModel {
    private final TieModel ties;
    private final double skillSigma;
    private final double biasSigma;
    private final int minimumLabels;
    private final FitOptions strengthFit;
    private final double level;

    /**
     * @param ties          {@link TieModel#HALF} or {@link TieModel#DROP}
     * @param skillSigma    τ_γ, the prior's standard deviation of a worker's skill around 1
     * @param biasSigma     τ_β, the prior's standard deviation of a worker's bias around 0
     * @param minimumLabels workers with fewer labels are reported as too few to judge
     * @param strengthFit   Newton's limits and the optional prior on item strengths
     * @param level         interval coverage, in (0, 1)
     */
    public WorkerModel(TieModel ties, double skillSigma, double biasSigma, int minimumLabels, FitOptions strengthFit,
                       double level) {
        if (ties != TieModel.HALF && ties != TieModel.DROP) {
            throw new IllegalArgumentException("the worker model halves or drops ties; got ties '" + ties.label()
                    + "', expected half or drop");
        }
        if (!(skillSigma > 0 && Double.isFinite(skillSigma)) || !(biasSigma > 0 && Double.isFinite(biasSigma))) {
            throw new IllegalArgumentException("the priors' standard deviations must be positive and finite, got skill "
                    + skillSigma + " and bias " + biasSigma);
        }
        if (minimumLabels < 1) {
            throw new IllegalArgumentException("the minimum number of labels must be at least 1, got " + minimumLabels);
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the interval level must be between 0 and 1, got " + level);
        }
        this.ties = ties;
        this.skillSigma = skillSigma;
        this.biasSigma = biasSigma;
        this.minimumLabels = minimumLabels;
        this.strengthFit = strengthFit;
        this.level = level;
    }

    /** Halved ties, τ_γ = τ_β = 1, at least 10 labels, maximum likelihood for s, 95% intervals. */
    public static WorkerModel defaults() {
        return new WorkerModel(TieModel.HALF, 1, 1, 10, FitOptions.defaults(), 0.95);
    }

    /**
     * Fits every worker (a distinct source and judge) in {@code labels}.
     *
     * @throws IllegalArgumentException when there are no labels
     * @throws dev.ordinal.fit.NoFiniteEstimateException when there is no prior on strengths and the
     *                                                   labels do not connect the items
     */
    public WorkerFit fit(List<Label> labels) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("there are no labels to fit workers to");
        }
        Items.Builder itemIndex = new Items.Builder();
        Map<List<String>, Integer> workerIndex = new LinkedHashMap<>();
        Map<List<Integer>, Integer> cellIndex = new HashMap<>();
        List<int[]> cellKeys = new ArrayList<>();
        double[] cells = new double[48];
        long[] labelCount = new long[16];
        for (Label label : labels) {
            int l = itemIndex.intern(label.left());
            int r = itemIndex.intern(label.right());
            int w = workerIndex.computeIfAbsent(List.of(label.source(), label.judge()), key -> workerIndex.size());
            if (w == labelCount.length) {
                labelCount = Arrays.copyOf(labelCount, 2 * w);
            }
            labelCount[w]++;
            int cell = cellIndex.computeIfAbsent(List.of(w, l, r), key -> {
                cellKeys.add(new int[] {w, l, r});
                return cellKeys.size() - 1;
            });
            if (3 * cell + 3 > cells.length) {
                cells = Arrays.copyOf(cells, 2 * cells.length);
            }
            int offset = switch (label.outcome()) {
                case A -> 0;
                case B -> 1;
                case TIE, BOTH_BAD -> 2;
            };
            cells[3 * cell + offset]++;
        }
        int cellCount = cellKeys.size();
        int[] worker = new int[cellCount];
        int[] left = new int[cellCount];
        int[] right = new int[cellCount];
        for (int cell = 0; cell < cellCount; cell++) {
            worker[cell] = cellKeys.get(cell)[0];
            left[cell] = cellKeys.get(cell)[1];
            right[cell] = cellKeys.get(cell)[2];
        }
        Items items = itemIndex.build();
        int n = items.size();
        WorkerLikelihood likelihood = new WorkerLikelihood(n, workerIndex.size(), worker, left, right,
                Arrays.copyOf(cells, 3 * cellCount), ties == TieModel.HALF, skillSigma, biasSigma, labels.size());
        Fit fit = MaximumLikelihood.fit(likelihood, items, strengthFit);
        return normalised(fit, items, workerIndex, labelCount);
    }

    /**
     * Reports the fit on the scale where the label-weighted mean skill of the workers with
     * enough labels (all workers, when none has) is 1, with delta-method intervals: the scale
     * direction the priors fix only softly cancels out of every reported quantity.
     */
    private WorkerFit normalised(Fit fit, Items items, Map<List<String>, Integer> workerIndex, long[] labelCount) {
        int n = fit.likelihood().itemCount();
        int p = fit.likelihood().parameterCount();
        int workers = workerIndex.size();
        double[] parameters = fit.parameters();
        CovarianceMatrix covariance = Covariances.fisher(fit);
        boolean anyEnough = false;
        for (int w = 0; w < workers; w++) {
            anyEnough |= labelCount[w] >= minimumLabels;
        }
        double[] meanWeight = new double[workers];
        double weightTotal = 0;
        for (int w = 0; w < workers; w++) {
            meanWeight[w] = !anyEnough || labelCount[w] >= minimumLabels ? labelCount[w] : 0;
            weightTotal += meanWeight[w];
        }
        double mean = 0;
        for (int w = 0; w < workers; w++) {
            meanWeight[w] /= weightTotal;
            mean += meanWeight[w] * parameters[WorkerLikelihood.skillIndex(n, w)];
        }
        if (!(mean > 0)) {
            throw new IllegalStateException("the workers' mean skill came out at " + mean + ": the labels contradict "
                    + "each other more than they agree, so no ranking is supported by a majority of them");
        }
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.5 + level / 2);
        double[] jacobian = new double[p];
        double[] strengths = new double[n];
        double[] margins = new double[n];
        for (int i = 0; i < n; i++) {
            // s̃ᵢ = sᵢ · m, with m = Σ_w ω_w γ_w.
            Arrays.fill(jacobian, 0);
            jacobian[i] = mean;
            for (int w = 0; w < workers; w++) {
                jacobian[WorkerLikelihood.skillIndex(n, w)] = parameters[i] * meanWeight[w];
            }
            strengths[i] = parameters[i] * mean;
            margins[i] = z * Math.sqrt(variance(covariance, jacobian));
        }
        List<WorkerEstimate> estimates = new ArrayList<>();
        for (var entry : workerIndex.entrySet()) {
            int w = entry.getValue();
            int skill = WorkerLikelihood.skillIndex(n, w);
            // γ̃_w = γ_w / m.
            Arrays.fill(jacobian, 0);
            for (int v = 0; v < workers; v++) {
                jacobian[WorkerLikelihood.skillIndex(n, v)] = -parameters[skill] * meanWeight[v] / (mean * mean);
            }
            jacobian[skill] += 1 / mean;
            double relativeSkill = parameters[skill] / mean;
            double skillMargin = z * Math.sqrt(variance(covariance, jacobian));
            double biasMargin = z * Math.sqrt(Math.max(covariance.get(skill + 1, skill + 1), 0));
            estimates.add(new WorkerEstimate(entry.getKey().get(0), entry.getKey().get(1), labelCount[w],
                    relativeSkill, new Interval(relativeSkill - skillMargin, relativeSkill + skillMargin),
                    parameters[skill + 1], new Interval(parameters[skill + 1] - biasMargin,
                    parameters[skill + 1] + biasMargin), labelCount[w] >= minimumLabels));
        }
        return new WorkerFit(items, strengths, margins,
                estimates, fit.converged(), fit.iterations(), level);
    }

    /** jᵀ Σ j, floored at 0 against rounding. */
    private static double variance(CovarianceMatrix covariance, double[] jacobian) {
        double total = 0;
        for (int a = 0; a < jacobian.length; a++) {
            if (jacobian[a] == 0) {
                continue;
            }
            for (int b = 0; b < jacobian.length; b++) {
                total += jacobian[a] * covariance.get(a, b) * jacobian[b];
            }
        }
        return Math.max(total, 0);
    }
}
