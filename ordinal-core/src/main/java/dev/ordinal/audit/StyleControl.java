package dev.ordinal.audit;

import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.StyleControlledLikelihood;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Items;
import dev.ordinal.leaderboard.Interval;
import dev.ordinal.leaderboard.UncertaintyMethod;
import dev.ordinal.uncertainty.CovarianceMatrix;
import dev.ordinal.uncertainty.Covariances;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Length and style bias: Bradley–Terry with the answers' style features as covariates, the Chatbot
 * Arena "style control" (T. Li, A. Angelopoulos, W.-L. Chiang, "Does style matter? Disentangling
 * style and substance in Chatbot Arena", LMSYS blog, 29 Aug 2024), next to plain Bradley–Terry on
 * the same judgments.
 *
 * <p>Each feature of a judgment is the normalised difference (a − b)/(a + b + 1) of the counts in
 * the left answer (a) and the right one (b), as FastChat computes it (the + 1 keeps 0/0 defined),
 * divided by its root mean square over the judgments. FastChat also subtracts the mean; we do not,
 * so that swapping a judgment's sides and flipping its verdict changes nothing (with sides shown
 * in random order the mean is near zero and the two agree). A feature no judgment differs in is
 * left out and listed. The fit is {@link StyleControlledLikelihood} by {@link MaximumLikelihood};
 * intervals are normal ones from the Fisher or sandwich covariance ({@link Covariances}).
 * Cost: O(judgments · F) to tabulate, then Newton on O(cells) with p = items + F parameters.
 */
public final class StyleControl {
    private static final double ELO_POINTS_PER_UNIT = 400 / Math.log(10);
    private static final double ELO_CENTRE = 1000;

    private final List<StyleFeature> features;
    private final TieModel ties;
    private final UncertaintyMethod method;
    private final double level;
    private final FitOptions fit;

    /**
     * @param features the features to control for, at least one, no repeats
     * @param ties     {@link TieModel#HALF} or {@link TieModel#DROP}
     * @param method   {@link UncertaintyMethod#SANDWICH} or {@link UncertaintyMethod#FISHER}
     * @param level    interval coverage, in (0, 1)
     * @param fit      fit options (a prior on the items' log-strengths, tolerance)
     */
    public StyleControl(List<StyleFeature> features, TieModel ties, UncertaintyMethod method, double level,
                        FitOptions fit) {
        if (features.isEmpty() || features.stream().distinct().count() != features.size()) {
            throw new IllegalArgumentException("style control needs one or more distinct features, got " + features);
        }
        if (ties != TieModel.HALF && ties != TieModel.DROP) {
            throw new IllegalArgumentException("style control reads ties as half a win each or drops them; got '"
                    + ties.label() + "', expected half or drop");
        }
        if (method != UncertaintyMethod.SANDWICH && method != UncertaintyMethod.FISHER) {
            throw new IllegalArgumentException("style control gives sandwich or fisher intervals; got '"
                    + method.label() + "'");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("the interval level must be between 0 and 1, got " + level);
        }
        this.features = List.copyOf(features);
        this.ties = ties;
        this.method = method;
        this.level = level;
        this.fit = fit;
    }

    /** The Arena's choices: length, headers, lists, bold; ties as half; 95% sandwich intervals; maximum likelihood. */
    public static StyleControl arena() {
        return new StyleControl(StyleFeature.arena(), TieModel.HALF, UncertaintyMethod.SANDWICH, 0.95,
                FitOptions.defaults());
    }

    /**
     * Fits both models to the labels whose two answers (by item and context) are known.
     *
     * @throws IllegalArgumentException when no label has both answers
     * @throws dev.ordinal.fit.NoFiniteEstimateException when the comparison graph is not strongly
     *         connected and there is no prior
     */
    public StyleControlResult run(List<Label> labels, Answers answers) {
        Items.Builder itemBuilder = new Items.Builder();
        List<Label> used = new ArrayList<>();
        List<AnswerFeatures[]> sides = new ArrayList<>();
        Map<Answer, AnswerFeatures> measured = new HashMap<>();
        Label firstMissing = null;
        String missingItem = null;
        for (Label label : labels) {
            var left = answers.find(label.left(), label.context());
            var right = answers.find(label.right(), label.context());
            if (left.isEmpty() || right.isEmpty()) {
                if (firstMissing == null) {
                    firstMissing = label;
                    missingItem = left.isEmpty() ? label.left() : label.right();
                }
                continue;
            }
            itemBuilder.intern(label.left());
            itemBuilder.intern(label.right());
            used.add(label);
            sides.add(new AnswerFeatures[] {measured.computeIfAbsent(left.get(), a -> AnswerFeatures.of(a.text())),
                    measured.computeIfAbsent(right.get(), a -> AnswerFeatures.of(a.text()))});
        }
        if (used.isEmpty()) {
            throw new IllegalArgumentException(labels.isEmpty() ? "there are no judgments to fit"
                    : "none of the " + labels.size() + " judgments has answers for both sides: e.g. no answer of '"
                    + missingItem + "' in context '" + firstMissing.context() + "' among " + answers.size()
                    + " answers of items such as " + answers.itemSample(5)
                    + "; expected the answers to name items and contexts as the judgments do");
        }
        Items items = itemBuilder.build();
        int n = used.size();
        int featureCount = features.size();
        double[][] ratios = new double[n][featureCount];
        double[] squares = new double[featureCount];
        for (int k = 0; k < n; k++) {
            for (int f = 0; f < featureCount; f++) {
                double a = features.get(f).count(sides.get(k)[0]);
                double b = features.get(f).count(sides.get(k)[1]);
                ratios[k][f] = (a - b) / (a + b + 1);
                squares[f] += ratios[k][f] * ratios[k][f];
            }
        }
        List<StyleFeature> varying = new ArrayList<>();
        List<StyleFeature> constant = new ArrayList<>();
        List<Double> scales = new ArrayList<>();
        for (int f = 0; f < featureCount; f++) {
            if (squares[f] > 0) {
                varying.add(features.get(f));
                scales.add(Math.sqrt(squares[f] / n));
            } else {
                constant.add(features.get(f));
            }
        }
        StyleControlledLikelihood.Builder styled = StyleControlledLikelihood.builder(items.size(),
                varying.stream().map(StyleFeature::label).toList(), ties);
        ComparisonTable.Builder plain = ComparisonTable.builder();
        for (int i = 0; i < items.size(); i++) {
            plain.item(items.id(i));
        }
        for (int k = 0; k < n; k++) {
            Label label = used.get(k);
            double[] z = new double[varying.size()];
            for (int v = 0; v < varying.size(); v++) {
                z[v] = ratios[k][features.indexOf(varying.get(v))] / scales.get(v);
            }
            int a = items.indexOf(label.left()).orElseThrow();
            int b = items.indexOf(label.right()).orElseThrow();
            styled.add(a, b, z, label.outcome());
            plain.add(a, b, label.outcome(), 1.0);
        }
        StyleControlledLikelihood styleLikelihood = styled.build();
        Fit plainFit = MaximumLikelihood.fit(new BradleyTerry(ties).likelihood(plain.build()), items, fit);
        Fit styleFit = MaximumLikelihood.fit(styleLikelihood, items, fit);
        CovarianceMatrix plainCovariance = covariance(plainFit);
        CovarianceMatrix styleCovariance = covariance(styleFit);
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.5 + level / 2);

        List<String> warnings = new ArrayList<>();
        for (Fit fitted : List.of(plainFit, styleFit)) {
            if (!fitted.converged()) {
                warnings.add("the " + (fitted == plainFit ? "plain" : "style-controlled") + " fit did not converge in "
                        + fitted.iterations() + " iterations; its estimates are approximate");
            }
        }
        double[] styleParameters = styleFit.parameters();
        List<StyleControlResult.FeatureEffect> effects = new ArrayList<>();
        for (int v = 0; v < varying.size(); v++) {
            int index = items.size() + v;
            double coefficient = styleParameters[index];
            double half = z * Math.sqrt(Math.max(styleCovariance.get(index, index), 0));
            effects.add(new StyleControlResult.FeatureEffect(varying.get(v), coefficient,
                    new Interval(coefficient - half, coefficient + half), scales.get(v)));
        }
        double[] plainRatings = ratings(plainFit.strengths());
        double[] styleRatings = ratings(styleFit.strengths());
        List<StyleControlResult.ItemShift> shifts = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            shifts.add(new StyleControlResult.ItemShift(items.name(i), plainRatings[i],
                    interval(plainRatings[i], plainCovariance, i, z), rank(plainRatings, i), styleRatings[i],
                    interval(styleRatings[i], styleCovariance, i, z), rank(styleRatings, i)));
        }
        shifts.sort(Comparator.comparingDouble(StyleControlResult.ItemShift::styleRating).reversed()
                .thenComparing(StyleControlResult.ItemShift::item));
        return new StyleControlResult(effects, constant, shifts, n, labels.size() - n, styleLikelihood.cellCount(),
                plainFit.logLikelihood(), styleFit.logLikelihood(), method, level, warnings);
    }

    private CovarianceMatrix covariance(Fit fitted) {
        return method == UncertaintyMethod.FISHER ? Covariances.fisher(fitted) : Covariances.sandwich(fitted);
    }

    private static double[] ratings(double[] strengths) {
        double[] ratings = new double[strengths.length];
        for (int i = 0; i < strengths.length; i++) {
            ratings[i] = ELO_CENTRE + ELO_POINTS_PER_UNIT * strengths[i];
        }
        return ratings;
    }

    private static Interval interval(double rating, CovarianceMatrix covariance, int item, double z) {
        // The fit is centred, so the variance of θᵢ − mean(θ) is the diagonal itself.
        double half = z * ELO_POINTS_PER_UNIT * Math.sqrt(Math.max(covariance.get(item, item), 0));
        return new Interval(rating - half, rating + half);
    }

    private static int rank(double[] ratings, int item) {
        int above = 0;
        for (double rating : ratings) {
            if (rating > ratings[item]) {
                above++;
            }
        }
        return 1 + above;
    }
}
