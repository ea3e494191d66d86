package dev.ordinal.audit;

import dev.ordinal.audit.RatingDistribution.Scoring;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How much TrustJudge's two remedies (Wang et al. 2025, "TrustJudge: Inconsistencies of
 * LLM-as-a-Judge and How to Alleviate Them", section 4) reduce a judge's inconsistency, measured
 * on the same ratings and preferences:
 * <ul>
 * <li>score–comparison: the judge's top grades against its expected grades (distribution-sensitive
 *     scoring), both set against the verdicts of each order's most probable outcome, combined over
 *     orders (a verdict that changes with the order is a tie), as TrustJudge measures it; and the
 *     expected grades against the likelihood-aware verdicts, both remedies at once;
 * <li>transitivity: the per-order verdicts against the likelihood-aware aggregation.
 * </ul>
 * A reduction is the baseline rate minus the remedied rate: positive when the remedy helps.
 *
 * @param scoresTopGrade      conflicts of top grades with per-order verdicts (the baseline)
 * @param scoresExpected      conflicts of expected grades with per-order verdicts
 * @param scoresBoth          conflicts of expected grades with likelihood-aware verdicts
 * @param transitivityPerOrder triads of the per-order verdicts (the baseline)
 * @param transitivityLikelihood triads of the likelihood-aware verdicts
 */
public record InconsistencyReduction(Breakdown<ScoreComparisonCount> scoresTopGrade,
                                     Breakdown<ScoreComparisonCount> scoresExpected,
                                     Breakdown<ScoreComparisonCount> scoresBoth,
                                     Breakdown<TransitivityCount> transitivityPerOrder,
                                     Breakdown<TransitivityCount> transitivityLikelihood) {

    /**
     * Measures both remedies.
     *
     * @param ratings        the judge's grade probabilities for single items
     * @param preferences    the judge's verdict probabilities for pairs, in one or both orders
     * @param tieMargin      the likelihood-aware aggregation's tie margin (see {@link PairVerdicts#likelihood})
     * @param scoreTolerance the largest score difference read as level (see {@link ScoreComparison#count})
     * @throws IllegalArgumentException when no preference has ratings for both its items
     */
    public static InconsistencyReduction measure(List<RatingDistribution> ratings,
                                                 List<PreferenceProbability> preferences, double tieMargin,
                                                 double scoreTolerance) {
        PairVerdicts perOrder = PairVerdicts.perOrder(preferences);
        PairVerdicts likelihood = PairVerdicts.likelihood(preferences, tieMargin);
        List<ScoreLabel> top = ratings.stream().map(r -> r.score(Scoring.TOP_GRADE)).toList();
        List<ScoreLabel> expected = ratings.stream().map(r -> r.score(Scoring.EXPECTED)).toList();
        return new InconsistencyReduction(
                ScoreComparison.count(perOrder, top, scoreTolerance),
                ScoreComparison.count(perOrder, expected, scoreTolerance),
                ScoreComparison.count(likelihood, expected, scoreTolerance),
                Transitivity.count(perOrder),
                Transitivity.count(likelihood));
    }

    /** Overall conflict rate with top grades minus with expected grades. */
    public OptionalDouble scoreConflictReduction() {
        return difference(scoresTopGrade.total().conflictRate(), scoresExpected.total().conflictRate());
    }

    /** Overall conflict rate with top grades and per-order verdicts minus with both remedies. */
    public OptionalDouble combinedConflictReduction() {
        return difference(scoresTopGrade.total().conflictRate(), scoresBoth.total().conflictRate());
    }

    /** Overall non-transitivity rate of the per-order verdicts minus that of the likelihood-aware ones. */
    public OptionalDouble transitivityReduction() {
        return difference(transitivityPerOrder.total().rate(), transitivityLikelihood.total().rate());
    }

    private static OptionalDouble difference(OptionalDouble baseline, OptionalDouble remedied) {
        return baseline.isPresent() && remedied.isPresent()
                ? OptionalDouble.of(baseline.getAsDouble() - remedied.getAsDouble()) : OptionalDouble.empty();
    }
}
