package dev.ordinal.leaderboard;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A ranking with its evidence: items sorted by rating, highest first.
 *
 * @param model       the model's name, e.g. {@code bradley-terry}
 * @param ties        how ties were read
 * @param scale       the rating scale's name
 * @param judgments   number of judgments fitted
 * @param items       one entry per item, best first
 * @param fit         how the fit went
 * @param uncertainty how the intervals were made
 * @param warnings    things a careful reader should know (e.g. bootstrap rounds left out)
 * @param expectedScores row i, column j: expected score of item i against item j (P(win) + ½P(tie)), in {@code items} order
 */
public record Leaderboard(String model, String ties, String scale, long judgments, List<Entry> items, FitSummary fit,
                          UncertaintySummary uncertainty, List<String> warnings, double[][] expectedScores) {

    public Leaderboard {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
        expectedScores = Arrays.stream(expectedScores).map(double[]::clone).toArray(double[][]::new);
    }

    @Override
    public double[][] expectedScores() {
        return Arrays.stream(expectedScores).map(double[]::clone).toArray(double[][]::new);
    }

    /**
     * One item's line.
     *
     * @param name          display name
     * @param rating        point estimate on the scale
     * @param ci            interval at the stated level, unless intervals were not asked for
     * @param rank          1 + the number of items whose interval lies wholly above this one's
     * @param rankRange     from {@code rank} to the worst rank the intervals allow
     * @param rankQuantiles with the bootstrap: the rank's quantiles over the rounds at the stated level
     * @param wins          judgments won
     * @param losses        judgments lost
     * @param ties          judgments tied (including both-bad)
     */
    public record Entry(String name, double rating, Optional<Interval> ci, int rank, RankRange rankRange,
                       Optional<RankRange> rankQuantiles, long wins, long losses, long ties) {
        public long comparisons() {
            return wins + losses + ties;
        }
    }

    /**
     * How the fit went, and the estimate itself on the model's own scale, so that the next fit
     * can start from it ({@link LeaderboardRequest#withStart}).
     *
     * @param converged     whether Newton's method met the tolerance
     * @param iterations    Newton iterations
     * @param logLikelihood log-likelihood at the estimate
     * @param extras        extra parameters by name (e.g. {@code log_nu} for Davidson ties)
     * @param strengths     fitted log-strengths (natural log, centred to mean zero) by item name, before
     *                      the rating scale is applied
     */
    public record FitSummary(boolean converged, int iterations, double logLikelihood, Map<String, Double> extras,
                             Map<String, Double> strengths) {
        public FitSummary {
            extras = Map.copyOf(extras);
            strengths = Map.copyOf(strengths);
        }
    }

    /**
     * @param method           interval method
     * @param level            coverage, e.g. 0.95
     * @param rounds           bootstrap rounds run (0 otherwise)
     * @param seed             bootstrap seed
     * @param degenerateRounds bootstrap rounds left out for lack of a finite estimate
     */
    public record UncertaintySummary(UncertaintyMethod method, double level, int rounds, long seed,
                                     int degenerateRounds) {
    }
}
