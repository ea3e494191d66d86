package dev.ordinal.audit;

import dev.ordinal.leaderboard.Interval;

/**
 * How much more a source prefers items of its own family than a reference source does, on the
 * units both judged where exactly one item is of that family. A win scores 1, a tie (or both-bad)
 * ½, a loss 0; a source's rate is the mean over those units of its mean score for the own-family
 * item. Sign convention: a positive difference means the source favours its own family more than
 * the reference does.
 *
 * @param source             the audited source (e.g. an LLM judge)
 * @param reference          the source it is compared with (e.g. the crowd)
 * @param family             the source's family
 * @param units              units judged by both with one item of the family and one of another
 * @param sourceLabels       the source's labels on those units
 * @param referenceLabels    the reference's labels on those units
 * @param sourceRate         the source's own-family win rate
 * @param sourceInterval     its bootstrap interval
 * @param referenceRate      the reference's win rate of the same items on the same units
 * @param referenceInterval  its bootstrap interval
 * @param difference         sourceRate − referenceRate
 * @param differenceInterval its bootstrap interval, paired by unit
 * @param pValue             two-sided bootstrap p-value of a zero difference
 */
public record FamilyBiasEstimate(String source, String reference, String family, int units, int sourceLabels,
                                 int referenceLabels, double sourceRate, Interval sourceInterval,
                                 double referenceRate, Interval referenceInterval, double difference,
                                 Interval differenceInterval, double pValue) {
}
