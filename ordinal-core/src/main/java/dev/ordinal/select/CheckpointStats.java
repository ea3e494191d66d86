package dev.ordinal.select;

/**
 * The metrics at one vote count, over the seeds: means, and where noted their spread. Values
 * an estimator cannot give (intervals and weighting for online Elo) are NaN.
 *
 * @param votes         votes so far
 * @param tau           mean Kendall τ-b of the estimate against the true strengths θ
 * @param tauSd         standard deviation of τ over seeds
 * @param top1          fraction of seeds whose estimated best item is the true best
 * @param topT          mean fraction of the true top t found in the estimated top t
 * @param intervalWidth mean width of the 95% intervals (±1.96 sd), log-strength units
 * @param coverage      mean fraction of items whose 95% interval holds the uniform-design target
 * @param bias          mean over seeds of the mean signed error, estimate − target, over the target's top t
 * @param biasSe        standard error of {@code bias} over seeds
 * @param ipwBias       the same for the inverse-propensity-weighted fit
 * @param ipwBiasSe     its standard error
 */
public record CheckpointStats(long votes, double tau, double tauSd, double top1, double topT, double intervalWidth,
                              double coverage, double bias, double biasSe, double ipwBias, double ipwBiasSe) {
}
