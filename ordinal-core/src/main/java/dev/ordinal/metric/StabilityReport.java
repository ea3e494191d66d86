package dev.ordinal.metric;

import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * How many verdicts would have to change to swap the top two of a leaderboard (see {@link Stability}).
 *
 * @param leader            the top item's id
 * @param runnerUp          the second item's id
 * @param gap               leader's minus runner-up's fitted log-strength
 * @param changes           the fewest verdict changes, taken in {@link Stability}'s order, after which the
 *                          runner-up's strength exceeds the leader's; empty when even all of them do not
 * @param headToHeadChanges how many of those changes are judgments between the leader and the runner-up
 * @param candidateChanges  how many verdict changes the order offers in all
 * @param judgments         judgments in the data
 */
public record StabilityReport(String leader, String runnerUp, double gap, OptionalInt changes, int headToHeadChanges,
                              long candidateChanges, long judgments) {

    /** The changes as a share of all judgments; empty when no number of changes swaps the two. */
    public OptionalDouble share() {
        return changes.isPresent() ? OptionalDouble.of((double) changes.getAsInt() / judgments) : OptionalDouble.empty();
    }
}
