package dev.ordinal.audit.run;

import dev.ordinal.audit.Breakdown;
import dev.ordinal.audit.JudgeId;
import dev.ordinal.audit.ScoreComparisonCount;
import dev.ordinal.audit.TransitivityCount;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The Consistency section (TrustJudge, Wang et al. 2025): pairwise transitivity per source, judge
 * and prompt; score–comparison conflicts of the sources given scores; and how much TrustJudge's
 * remedies (distribution-sensitive scoring, likelihood-aware aggregation) lower the rates.
 *
 * @param transitivity        per source, in order, its triads per judge, prompt and in total
 * @param inconsistentJudges  the judges of multi-judge sources with an inconsistent triad, most first
 * @param scoreComparisons    per source given scores, in order, its conflicts per judge and prompt
 * @param remedies            per name given ratings or preferences (sources first, then the others
 *                            sorted), the rows of rates before and after each remedy
 */
public record ConsistencySection(List<SourceTransitivity> transitivity, List<JudgeTransitivity> inconsistentJudges,
                                 List<Attempt<Breakdown<ScoreComparisonCount>>> scoreComparisons,
                                 List<Attempt<List<Remedy>>> remedies) {
    public ConsistencySection {
        transitivity = List.copyOf(transitivity);
        inconsistentJudges = List.copyOf(inconsistentJudges);
        scoreComparisons = List.copyOf(scoreComparisons);
        remedies = List.copyOf(remedies);
    }

    /** Whether no judge compared all three pairs of any three items on one prompt. */
    public boolean noTriads() {
        return transitivity.stream().allMatch(source -> source.counts().total().triads() == 0);
    }

    /** A source's transitivity counts. */
    public record SourceTransitivity(String source, Breakdown<TransitivityCount> counts) {
    }

    /** One judge's transitivity counts. */
    public record JudgeTransitivity(JudgeId judge, TransitivityCount counts) {
    }

    /**
     * One remedy measured: a rate before and after.
     *
     * @param measure              {@link #SCORE_CONFLICTS} or {@link #TRANSITIVITY}
     * @param baseline             what the rate is measured on before
     * @param remedy               and after
     * @param checked              verdicts compared, or triads
     * @param baselineInconsistent conflicts or inconsistent triads before
     * @param remediedInconsistent and after
     * @param baselineRate         the rate before
     * @param remediedRate         the rate after
     */
    public record Remedy(String measure, String baseline, String remedy, long checked, long baselineInconsistent,
                         long remediedInconsistent, OptionalDouble baselineRate, OptionalDouble remediedRate) {
        /** The baseline rate minus the remedied one: positive when the remedy helps. */
        public OptionalDouble reduction() {
            return baselineRate.isPresent() && remediedRate.isPresent()
                    ? OptionalDouble.of(baselineRate.getAsDouble() - remediedRate.getAsDouble()) : OptionalDouble.empty();
        }
    }

    /** The measure of a score remedy. */
    public static final String SCORE_CONFLICTS = "score-comparison conflict rate";
    /** The measure of an aggregation remedy. */
    public static final String TRANSITIVITY = "transitivity inconsistency rate";
}
