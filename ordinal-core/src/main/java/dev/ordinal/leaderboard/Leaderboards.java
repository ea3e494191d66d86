package dev.ordinal.leaderboard;

import dev.ordinal.error.DataException;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Items;
import dev.ordinal.judgment.RankingProfile;
import dev.ordinal.uncertainty.Bootstrap;
import dev.ordinal.uncertainty.BootstrapSample;
import dev.ordinal.uncertainty.CovarianceMatrix;
import dev.ordinal.uncertainty.Covariances;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Fits a model, computes intervals and rank ranges, and assembles the {@link Leaderboard}.
 */
public final class Leaderboards {
    private Leaderboards() {
    }

    /** A leaderboard from pairwise judgments. */
    public static Leaderboard rank(ComparisonTable table, LeaderboardRequest request) {
        return build(request.model().likelihood(table), table, table.items(), table.judgments(), request);
    }

    /** A leaderboard from rankings; win/loss/tie counts are those of the implied pairs. */
    public static Leaderboard rank(RankingProfile profile, LeaderboardRequest request) {
        return build(request.model().likelihood(profile), profile.toComparisonTable(), profile.items(),
                profile.judgments(), request);
    }

    private static Leaderboard build(Likelihood likelihood, ComparisonTable counts, Items items, long judgments,
                                     LeaderboardRequest request) {
        if (items.size() == 0) {
            throw new DataException("there are no judgments to rank");
        }
        int n = items.size();
        List<String> names = IntStream.range(0, n).mapToObj(items::name).toList();
        double[] start = likelihood.initialParameters();
        request.start().ifPresent(previous -> {
            overwriteByName(names, previous.strengths(), start, 0);
            overwriteByName(likelihood.extraParameterNames(), previous.extras(), start, n);
        });
        Fit fit = MaximumLikelihood.fit(likelihood, items, request.fit(), start);
        Scale scale = request.scale();
        int anchor = scale.anchor().map(name -> items.indexOf(name).orElseThrow(() -> new DataException(
                "the anchor item '" + name + "' is not among the judged items"))).orElse(-1);
        double[] ratings = toRatings(fit.strengths(), scale, anchor);
        List<String> warnings = new ArrayList<>();
        if (!fit.converged()) {
            warnings.add("the fit did not converge in " + fit.iterations() + " iterations; ratings are approximate");
        }
        Interval[] intervals = null;
        RankRange[] quantiles = null;
        int degenerate = 0;
        double level = request.level();
        switch (request.method()) {
            case BOOTSTRAP -> {
                BootstrapSample sample = new Bootstrap(request.rounds(), request.seed(), request.threads())
                        .run(fit, request.progress());
                degenerate = sample.degenerate();
                if (sample.kept() == 0) {
                    throw new DataException("no bootstrap round had a finite estimate", "set prior, e.g. prior=2");
                }
                if (degenerate > 0) {
                    warnings.add(degenerate + " of " + sample.rounds() + " bootstrap rounds had no finite estimate (an "
                            + "item won or lost every resampled judgment) and were left out; intervals may be too "
                            + "narrow. Setting prior keeps every round");
                }
                double[][] roundRatings = Arrays.stream(sample.strengths()).map(s -> toRatings(s, scale, anchor))
                        .toArray(double[][]::new);
                intervals = percentileIntervals(roundRatings, n, level);
                quantiles = rankQuantiles(roundRatings, n, level);
            }
            case SANDWICH, FISHER -> {
                CovarianceMatrix covariance = request.method() == UncertaintyMethod.FISHER
                        ? Covariances.fisher(fit) : Covariances.sandwich(fit);
                intervals = normalIntervals(ratings, covariance, scale, anchor, level);
            }
            case NONE -> { }
        }
        Interval[] bounds = intervals != null ? intervals
                : Arrays.stream(ratings).mapToObj(r -> new Interval(r, r)).toArray(Interval[]::new);
        RankRange[] ranges = arenaRankRanges(bounds);
        long[][] record = counts.winLossTie();
        List<Leaderboard.Entry> entries = new ArrayList<>();
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.<Integer>comparingDouble(i -> -ratings[i]).thenComparing(items::name));
        for (int i : order) {
            entries.add(new Leaderboard.Entry(items.name(i), ratings[i],
                    intervals == null ? Optional.empty() : Optional.of(intervals[i]), ranges[i].best(), ranges[i],
                    quantiles == null ? Optional.empty() : Optional.of(quantiles[i]),
                    record[0][i], record[1][i], record[2][i]));
        }
        double[][] expected = new double[n][n];
        for (int a = 0; a < n; a++) {
            for (int b = 0; b < n; b++) {
                expected[a][b] = a == b ? 0.5 : fit.expectedScore(order[a], order[b]);
            }
        }
        double[] parameters = fit.parameters();
        return new Leaderboard(request.model().name(), request.model().tiesLabel(), scale.name(), judgments, entries,
                new Leaderboard.FitSummary(fit.converged(), fit.iterations(), fit.logLikelihood(),
                        byName(fit.extraParameterNames(), parameters, n), byName(names, parameters, 0)),
                new Leaderboard.UncertaintySummary(request.method(), level,
                        request.method() == UncertaintyMethod.BOOTSTRAP ? request.rounds() : 0, request.seed(),
                        degenerate),
                warnings, expected);
    }

    /** {@code values[offset + k]} keyed by {@code names.get(k)}. */
    private static Map<String, Double> byName(List<String> names, double[] values, int offset) {
        Map<String, Double> result = new HashMap<>();
        for (int k = 0; k < names.size(); k++) {
            result.put(names.get(k), values[offset + k]);
        }
        return result;
    }

    /** Sets {@code values[offset + k]} to {@code known}'s value for {@code names.get(k)}, where it has one. */
    private static void overwriteByName(List<String> names, Map<String, Double> known, double[] values, int offset) {
        for (int k = 0; k < names.size(); k++) {
            Double value = known.get(names.get(k));
            if (value != null) {
                values[offset + k] = value;
            }
        }
    }

    /**
     * {@code fresh} with the intervals of {@code earlier}, for showing intervals at once after a
     * refit while slower ones (a bootstrap) are recomputed in the background. Everything but the
     * uncertainty is {@code fresh}'s. Each item's interval is its interval in {@code earlier}
     * moved by as much as its rating moved since, so it keeps its offsets from the rating; an
     * item absent from {@code earlier}, or without an interval there, gets none. Ranks and rank
     * ranges follow from these intervals by the Chatbot Arena rule, an item without an interval
     * counting as the single point of its rating; rank quantiles and the uncertainty summary are
     * {@code earlier}'s. The warnings are both boards' and one saying where the intervals come from.
     *
     * @param fresh   a leaderboard just computed, usually without intervals or with quick ones
     * @param earlier a leaderboard with the wanted intervals, computed on fewer judgments
     * @throws IllegalArgumentException when the two are on different rating scales
     */
    public static Leaderboard withLaggedIntervals(Leaderboard fresh, Leaderboard earlier) {
        if (!fresh.scale().equals(earlier.scale())) {
            throw new IllegalArgumentException("the fresh leaderboard is on the '" + fresh.scale()
                    + "' scale and the earlier one on the '" + earlier.scale()
                    + "' scale; lagged intervals need both on the same scale");
        }
        Map<String, Leaderboard.Entry> before = new HashMap<>();
        earlier.items().forEach(entry -> before.put(entry.name(), entry));
        List<Leaderboard.Entry> now = fresh.items();
        List<Optional<Leaderboard.Entry>> then = now.stream()
                .map(entry -> Optional.ofNullable(before.get(entry.name()))).toList();
        int n = now.size();
        List<Optional<Interval>> intervals = new ArrayList<>();
        Interval[] bounds = new Interval[n];
        for (int i = 0; i < n; i++) {
            Leaderboard.Entry entry = now.get(i);
            Optional<Interval> moved = then.get(i).flatMap(old -> old.ci().map(ci -> {
                double shift = entry.rating() - old.rating();
                return new Interval(ci.lower() + shift, ci.upper() + shift);
            }));
            intervals.add(moved);
            bounds[i] = moved.orElse(new Interval(entry.rating(), entry.rating()));
        }
        RankRange[] ranges = arenaRankRanges(bounds);
        List<Leaderboard.Entry> entries = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Leaderboard.Entry entry = now.get(i);
            entries.add(new Leaderboard.Entry(entry.name(), entry.rating(), intervals.get(i), ranges[i].best(),
                    ranges[i], then.get(i).flatMap(Leaderboard.Entry::rankQuantiles), entry.wins(), entry.losses(),
                    entry.ties()));
        }
        List<String> warnings = new ArrayList<>(fresh.warnings());
        warnings.addAll(earlier.warnings());
        warnings.add("intervals are from the " + earlier.uncertainty().method().label() + " on " + earlier.judgments()
                + " judgments (there are " + fresh.judgments() + " now), each moved by as much as its item's rating "
                + "moved since; they are being recomputed in the background");
        return new Leaderboard(fresh.model(), fresh.ties(), fresh.scale(), fresh.judgments(), entries, fresh.fit(),
                earlier.uncertainty(), warnings, fresh.expectedScores());
    }

    static double[] toRatings(double[] strengths, Scale scale, int anchor) {
        double reference = 0;
        if (anchor >= 0) {
            reference = strengths[anchor];
        } else {
            for (double s : strengths) {
                reference += s;
            }
            reference /= strengths.length;
        }
        double[] ratings = new double[strengths.length];
        for (int i = 0; i < strengths.length; i++) {
            ratings[i] = scale.centre() + scale.pointsPerUnit() * (strengths[i] - reference);
        }
        return ratings;
    }

    private static Interval[] normalIntervals(double[] ratings, CovarianceMatrix covariance, Scale scale, int anchor,
                                              double level) {
        double z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.5 + level / 2);
        Interval[] intervals = new Interval[ratings.length];
        for (int i = 0; i < ratings.length; i++) {
            // The fit is centred, so the variance of θᵢ − mean(θ) is the diagonal itself.
            double variance = anchor >= 0 ? covariance.differenceVariance(i, anchor) : covariance.get(i, i);
            double half = z * scale.pointsPerUnit() * Math.sqrt(Math.max(variance, 0));
            intervals[i] = new Interval(ratings[i] - half, ratings[i] + half);
        }
        return intervals;
    }

    private static Interval[] percentileIntervals(double[][] roundRatings, int n, double level) {
        Interval[] intervals = new Interval[n];
        double[] column = new double[roundRatings.length];
        for (int i = 0; i < n; i++) {
            for (int r = 0; r < roundRatings.length; r++) {
                column[r] = roundRatings[r][i];
            }
            Arrays.sort(column);
            intervals[i] = new Interval(quantile(column, (1 - level) / 2), quantile(column, (1 + level) / 2));
        }
        return intervals;
    }

    /** Per item, the lower and upper quantiles of its rank (1 + number of items rated higher) over the rounds. */
    private static RankRange[] rankQuantiles(double[][] roundRatings, int n, double level) {
        int[][] ranks = new int[n][roundRatings.length];
        for (int r = 0; r < roundRatings.length; r++) {
            double[] ratings = roundRatings[r];
            for (int i = 0; i < n; i++) {
                int above = 0;
                for (int j = 0; j < n; j++) {
                    if (ratings[j] > ratings[i]) {
                        above++;
                    }
                }
                ranks[i][r] = 1 + above;
            }
        }
        RankRange[] ranges = new RankRange[n];
        for (int i = 0; i < n; i++) {
            int[] sorted = ranks[i];
            Arrays.sort(sorted);
            int low = sorted[(int) Math.floor((1 - level) / 2 * (sorted.length - 1))];
            int high = sorted[(int) Math.ceil((1 + level) / 2 * (sorted.length - 1))];
            ranges[i] = new RankRange(low, high);
        }
        return ranges;
    }

    /**
     * The Chatbot Arena rule: an item's rank is 1 + the number of items whose lower bound is above
     * its upper bound; its worst rank is n − the number of items whose upper bound is below its
     * lower bound.
     */
    static RankRange[] arenaRankRanges(Interval[] intervals) {
        int n = intervals.length;
        RankRange[] ranges = new RankRange[n];
        for (int i = 0; i < n; i++) {
            int surelyAbove = 0;
            int surelyBelow = 0;
            for (int j = 0; j < n; j++) {
                if (intervals[j].lower() > intervals[i].upper()) {
                    surelyAbove++;
                }
                if (intervals[j].upper() < intervals[i].lower()) {
                    surelyBelow++;
                }
            }
            ranges[i] = new RankRange(1 + surelyAbove, n - surelyBelow);
        }
        return ranges;
    }

    /** Linear interpolation between order statistics (Hyndman &amp; Fan 1996, type 7). */
    public static double quantile(double[] sorted, double probability) {
        double position = probability * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
