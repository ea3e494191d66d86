package dev.ordinal.audit;

import dev.ordinal.leaderboard.Interval;

/**
 * One worker's fitted skill and position bias in the {@link WorkerModel}.
 *
 * @param source        the labels' source
 * @param judge         the worker within the source
 * @param labels        how many labels the worker gave
 * @param skill         γ: 1 is the reference worker, 0 random, negative adversarial
 * @param skillInterval Laplace interval of γ
 * @param bias          β: log-odds of choosing the left side between equal items
 * @param biasInterval  Laplace interval of β
 * @param enoughLabels  false when the worker gave fewer labels than the model's minimum: the
 *                      estimates then mostly repeat the priors and should not be read as findings
 */
public record WorkerEstimate(String source, String judge, long labels, double skill, Interval skillInterval,
                             double bias, Interval biasInterval, boolean enoughLabels) {

    /** Whether the interval of γ lies wholly below 0: the worker votes against the ratings. */
    public boolean adversarial() {
        return enoughLabels && skillInterval.upper() < 0;
    }

    /** Whether the interval of γ contains 0: the worker's votes are indistinguishable from coin flips. */
    public boolean indistinguishableFromRandom() {
        return enoughLabels && skillInterval.lower() <= 0 && skillInterval.upper() >= 0;
    }
}
