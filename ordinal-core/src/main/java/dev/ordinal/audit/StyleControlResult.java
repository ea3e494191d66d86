package dev.ordinal.audit;

import dev.ordinal.leaderboard.Interval;
import dev.ordinal.leaderboard.UncertaintyMethod;
import java.util.List;

/**
 * What controlling for style changes: the effect of each style feature on the verdict, and each
 * item's rating and rank by plain Bradley–Terry and with style held fixed, on the same judgments.
 * Ratings are on the Elo-like scale (mean 1000, 400 points per factor of ten in the odds);
 * coefficients are in log-odds per unit of the normalised feature difference.
 *
 * @param effects                 one per feature that varies, in the requested order
 * @param constantFeatures        features no judgment differs in, left out of the fit
 * @param items                   one per item, best first with style controlled
 * @param judgments               judgments fitted: those with both answers known
 * @param judgmentsWithoutAnswers judgments left out because an answer was missing
 * @param cells                   distinct (pair, feature differences) cells the fit ran on
 * @param plainLogLikelihood      log-likelihood of plain Bradley–Terry at its estimate
 * @param styleLogLikelihood      log-likelihood of the style-controlled model at its estimate
 * @param method                  how the intervals were made
 * @param level                   interval coverage, e.g. 0.95
 * @param warnings                things a careful reader should know (a fit that did not converge)
 */
public record StyleControlResult(List<FeatureEffect> effects, List<StyleFeature> constantFeatures, List<ItemShift> items,
                                 long judgments, long judgmentsWithoutAnswers, int cells, double plainLogLikelihood,
                                 double styleLogLikelihood, UncertaintyMethod method, double level,
                                 List<String> warnings) {

    public StyleControlResult {
        effects = List.copyOf(effects);
        constantFeatures = List.copyOf(constantFeatures);
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }

    /** The effect of {@code feature}, which must have been fitted. */
    public FeatureEffect effect(StyleFeature feature) {
        return effects.stream().filter(e -> e.feature() == feature).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("feature '" + feature.label() + "' was not fitted"));
    }

    /**
     * One feature's effect: P(A preferred) rises with {@code coefficient} · z, z the normalised
     * difference (a − b)/(a + b + 1) of the two answers' counts divided by {@code scale}.
     *
     * @param feature     the feature
     * @param coefficient log-odds per unit of z
     * @param interval    interval for the coefficient at the result's level
     * @param scale       root mean square of (a − b)/(a + b + 1) over the judgments; coefficient /
     *                    scale is the effect per unit of the unscaled ratio
     */
    public record FeatureEffect(StyleFeature feature, double coefficient, Interval interval, double scale) {
    }

    /**
     * One item under both models.
     *
     * @param item             the item
     * @param plainRating      plain Bradley–Terry rating
     * @param plainInterval    its interval
     * @param plainRank        1 + the number of items rated higher by plain Bradley–Terry
     * @param styleRating      rating with style controlled
     * @param styleInterval    its interval
     * @param styleRank        1 + the number of items rated higher with style controlled
     */
    public record ItemShift(String item, double plainRating, Interval plainInterval, int plainRank, double styleRating,
                            Interval styleInterval, int styleRank) {
        /** Places gained by controlling for style (negative: places lost). */
        public int rankChange() {
            return plainRank - styleRank;
        }
    }
}
