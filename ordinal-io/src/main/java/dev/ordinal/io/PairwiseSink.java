package dev.ordinal.io;

import dev.ordinal.judgment.Outcome;

/**
 * Where a reader of pairwise judgments puts each record once {@link PairwiseAccumulator} has checked
 * it: {@link TableSink} counts them into a {@link dev.ordinal.judgment.ComparisonTable} for the
 * models, {@link LabelSink} keeps each one as a {@link dev.ordinal.audit.Label} for audits.
 */
interface PairwiseSink {

    /**
     * Whether the judge, unit and context fields matter to this sink; readers turn them into strings
     * only when they do.
     */
    boolean keepsProvenance();

    /**
     * One valid record.
     *
     * @param judge   the judge field, "" when absent or not kept
     * @param unit    the unit field, "" when absent or not kept
     * @param context the context field, "" when absent or not kept
     */
    void add(String a, String b, Outcome outcome, double weight, String judge, String unit, String context);
}
