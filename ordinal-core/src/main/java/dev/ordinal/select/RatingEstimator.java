package dev.ordinal.select;

import java.util.Optional;

/**
 * The estimates a simulated arena keeps from its votes: what strategies see between votes and what
 * the metrics judge at checkpoints. Log-strengths are natural-log (Bradley–Terry) units, centred.
 */
interface RatingEstimator {
    /** Adds one vote (tied groups, best first) that the strategy chose with {@code propensity}. */
    void record(int[][] groups, double propensity);

    /** Brings the estimates up to date with every vote recorded and returns them. */
    Estimate refresh();

    /** The inverse-propensity-weighted estimate, when the estimator has one. */
    Optional<double[]> weightedStrengths();

    /** Short name for reports, e.g. {@code bt-map}. */
    String name();

    /** Centred log-strengths and, when the estimator has them, their standard deviations. */
    record Estimate(double[] strengths, Optional<double[]> sds) {
    }
}
