package dev.ordinal.metric;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.Require;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Items;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.uncertainty.Bootstrap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Agreement of two leaderboards over the same items: Kendall's τ-b (M. G. Kendall, "The
 * treatment of ties in ranking problems", Biometrika 33:239–251, 1945), Spearman's ρ with
 * mid-ranks for ties (C. Spearman, American Journal of Psychology 15:72–101, 1904) and the
 * overlap of the top k. Intervals pair bootstrap round r of one leaderboard with round r of the
 * other and compute the figure on each pair. Each round adds resampling noise to both
 * leaderboards, which pulls a correlation between them down: the resampled figures sit below the
 * estimate much as the estimate sits below the agreement of the true strengths. So the interval
 * is the basic (reflected) bootstrap interval [2θ̂ − q_upper, 2θ̂ − q_lower] (Davison and Hinkley
 * 1997, section 5.2), which moves it back by that bias, clipped to the figure's range; plain
 * percentiles here can miss the estimate altogether.
 *
 * <p>Cost: O(n²) per evaluation of τ-b, O(n log n) for ρ and the top k; times the rounds.
 */
public final class RankingAgreement {

    private RankingAgreement() {
    }

    /**
     * Point figures for two score vectors over the same items (higher is better).
     *
     * @throws IllegalArgumentException when the lengths differ, there are fewer than two items,
     *                                  a score is not finite, or k is outside 1..n
     */
    public static RankingAgreementReport of(double[] x, double[] y, int k) {
        return of(x, y, k, new double[0][], new double[0][], 0.95);
    }

    /**
     * Figures with percentile intervals from paired bootstrap samples of the scores: row r of
     * {@code xRounds} (rounds × items) is paired with row r of {@code yRounds}; when their counts
     * differ, the extra rounds of the longer one are not used (and a warning says so).
     */
    public static RankingAgreementReport of(double[] x, double[] y, int k, double[][] xRounds, double[][] yRounds,
                                            double level) {
        List<String> items = IntStream.range(0, x.length).mapToObj(String::valueOf).toList();
        return report(items, x, y, k, xRounds, yRounds, level, new ArrayList<>());
    }

    /** Point figures for two leaderboards, matching items by name; items on only one are left out (with a warning). */
    public static RankingAgreementReport between(Leaderboard x, Leaderboard y, int k) {
        Map<String, Double> first = new LinkedHashMap<>();
        x.items().forEach(entry -> first.put(entry.name(), entry.rating()));
        Map<String, Double> second = new LinkedHashMap<>();
        y.items().forEach(entry -> second.put(entry.name(), entry.rating()));
        List<String> warnings = new ArrayList<>();
        List<String> shared = sharedItems(first.keySet().stream().toList(), second.keySet().stream().toList(),
                warnings);
        double[] xs = shared.stream().mapToDouble(first::get).toArray();
        double[] ys = shared.stream().mapToDouble(second::get).toArray();
        return report(shared, xs, ys, k, new double[0][], new double[0][], 0.95, warnings);
    }

    /**
     * Fits {@code model} to both tables with the existing maximum-likelihood fit and compares the
     * log-strengths of the items both judged; with bootstrap rounds, each table is resampled by
     * {@link Bootstrap} (seeds {@code seed} and {@code seed + 1}, so the two are independent
     * resamples: right for leaderboards from different judgments, conservative, i.e. wider, when
     * both sources judged the same units) and round r of one is paired with round r of the other.
     *
     * @throws dev.ordinal.fit.NoFiniteEstimateException when a table has no finite estimate and {@code fit} has no prior
     */
    public static RankingAgreementReport between(ComparisonTable x, ComparisonTable y, StrengthModel model,
                                                 FitOptions fit, int k, BootstrapOptions bootstrap) {
        List<String> warnings = new ArrayList<>();
        List<String> shared = sharedItems(x.items().ids(), y.items().ids(), warnings);
        Fit xFit = MaximumLikelihood.fit(model.likelihood(x), x.items(), fit);
        Fit yFit = MaximumLikelihood.fit(model.likelihood(y), y.items(), fit);
        int[] xIndex = indices(shared, x.items());
        int[] yIndex = indices(shared, y.items());
        double[][] xRounds = new double[0][];
        double[][] yRounds = new double[0][];
        if (bootstrap.rounds() > 0) {
            int threads = Runtime.getRuntime().availableProcessors();
            xRounds = select(new Bootstrap(bootstrap.rounds(), bootstrap.seed(), threads).run(xFit, round -> { })
                    .strengths(), xIndex);
            yRounds = select(new Bootstrap(bootstrap.rounds(), bootstrap.seed() + 1, threads).run(yFit, round -> { })
                    .strengths(), yIndex);
        }
        return report(shared, select(new double[][] {xFit.strengths()}, xIndex)[0],
                select(new double[][] {yFit.strengths()}, yIndex)[0], k, xRounds, yRounds, bootstrap.level(),
                warnings);
    }

    private static List<String> sharedItems(List<String> first, List<String> second, List<String> warnings) {
        List<String> shared = first.stream().filter(second::contains).toList();
        List<String> onlyFirst = first.stream().filter(item -> !second.contains(item)).toList();
        List<String> onlySecond = second.stream().filter(item -> !first.contains(item)).toList();
        if (shared.size() < 2) {
            throw new DataException("the two leaderboards share " + shared.size()
                    + " item" + (shared.size() == 1 ? "" : "s") + " " + shared + "; comparing rankings needs at least 2");
        }
        if (!onlyFirst.isEmpty()) {
            warnings.add("left out, ranked only by the first leaderboard: " + onlyFirst);
        }
        if (!onlySecond.isEmpty()) {
            warnings.add("left out, ranked only by the second leaderboard: " + onlySecond);
        }
        return shared;
    }

    private static int[] indices(List<String> ids, Items items) {
        return ids.stream().mapToInt(id -> items.indexOf(id).orElseThrow()).toArray();
    }

    private static double[][] select(double[][] rows, int[] columns) {
        return Arrays.stream(rows).map(row -> Arrays.stream(columns).mapToDouble(c -> row[c]).toArray())
                .toArray(double[][]::new);
    }

    private static RankingAgreementReport report(List<String> items, double[] x, double[] y, int k, double[][] xRounds,
                                                 double[][] yRounds, double level, List<String> warnings) {
        int n = x.length;
        if (y.length != n) {
            throw new IllegalArgumentException("the score vectors differ in length: " + n + " and " + y.length);
        }
        if (n < 2) {
            throw new DataException("comparing rankings needs at least 2 items, got " + n);
        }
        if (k < 1 || k > n) {
            throw new InvalidParameterException("k", Integer.toString(k),
                    "a whole number from 1 to the number of items (" + n + ")");
        }
        Require.between("level", level, 0, 1);
        requireFinite(x, "first scores");
        requireFinite(y, "second scores");
        int rounds = Math.min(xRounds.length, yRounds.length);
        if (xRounds.length != yRounds.length) {
            warnings.add("the bootstrap samples have " + xRounds.length + " and " + yRounds.length
                    + " rounds; the first " + rounds + " of each were paired");
        }
        double[][] values = new double[3][rounds];
        for (int round = 0; round < rounds; round++) {
            double[] xr = xRounds[round];
            double[] yr = yRounds[round];
            if (xr.length != n || yr.length != n) {
                throw new IllegalArgumentException("bootstrap round " + round + " has " + xr.length + " and "
                        + yr.length + " scores, expected " + n + " (one per item)");
            }
            values[0][round] = kendallTauB(xr, yr);
            values[1][round] = spearmanRho(xr, yr);
            values[2][round] = topKOverlap(xr, yr, k);
        }
        String constant = "the figure is undefined: " + (isConstant(x) ? "the first" : "the second")
                + " leaderboard gives every item the same score";
        return new RankingAgreementReport(items, k,
                Estimate.reflected(kendallTauB(x, y), constant, values[0], level, -1, 1),
                Estimate.reflected(spearmanRho(x, y), constant, values[1], level, -1, 1),
                Estimate.reflected(topKOverlap(x, y, k), "", values[2], level, 0, 1), level, warnings);
    }

    private static void requireFinite(double[] scores, String what) {
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new DataException("the " + what + " must be finite; item " + i + " has " + scores[i]);
            }
        }
    }

    private static boolean isConstant(double[] scores) {
        return Arrays.stream(scores).allMatch(s -> s == scores[0]);
    }

    /**
     * τ-b = (C − D) / √((n₀ − n₁)(n₀ − n₂)): C and D the concordant and discordant pairs, n₀ all
     * pairs, n₁ and n₂ the pairs tied in x and in y. NaN when either vector is constant.
     */
    public static double kendallTauB(double[] x, double[] y) {
        int n = x.length;
        long concordant = 0;
        long discordant = 0;
        long tiedX = 0;
        long tiedY = 0;
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                int dx = Double.compare(x[i], x[j]);
                int dy = Double.compare(y[i], y[j]);
                if (dx == 0) {
                    tiedX++;
                }
                if (dy == 0) {
                    tiedY++;
                }
                if (dx != 0 && dy != 0) {
                    if (dx == dy) {
                        concordant++;
                    } else {
                        discordant++;
                    }
                }
            }
        }
        long pairs = (long) n * (n - 1) / 2;
        double denominator = Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
        return denominator == 0 ? Double.NaN : (concordant - discordant) / denominator;
    }

    /** Pearson's correlation of the mid-ranks; NaN when either vector is constant. */
    static double spearmanRho(double[] x, double[] y) {
        double[] rx = midRanks(x);
        double[] ry = midRanks(y);
        double mean = (x.length + 1) / 2.0;
        double sxy = 0;
        double sxx = 0;
        double syy = 0;
        for (int i = 0; i < x.length; i++) {
            double dx = rx[i] - mean;
            double dy = ry[i] - mean;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }
        return sxx == 0 || syy == 0 ? Double.NaN : sxy / Math.sqrt(sxx * syy);
    }

    /** Ranks 1..n from the lowest score, tied scores sharing the mean of their ranks. */
    static double[] midRanks(double[] scores) {
        int n = scores.length;
        Integer[] order = IntStream.range(0, n).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble(i -> scores[i]));
        double[] ranks = new double[n];
        int start = 0;
        while (start < n) {
            int end = start;
            while (end + 1 < n && scores[order[end + 1]] == scores[order[start]]) {
                end++;
            }
            double rank = (start + end) / 2.0 + 1;
            for (int k = start; k <= end; k++) {
                ranks[order[k]] = rank;
            }
            start = end + 1;
        }
        return ranks;
    }

    /**
     * |top k of x ∩ top k of y| / k, the top k being the k highest scores; a tie at the k-th
     * place is broken by item order (the lower index first).
     */
    public static double topKOverlap(double[] x, double[] y, int k) {
        boolean[] inX = inTopK(x, k);
        int shared = 0;
        for (int i : top(y, k)) {
            if (inX[i]) {
                shared++;
            }
        }
        return (double) shared / k;
    }

    /** Which items are in the top {@code k} of {@code scores}, ties broken as in {@link #topKOverlap}. */
    public static boolean[] inTopK(double[] scores, int k) {
        boolean[] chosen = new boolean[scores.length];
        for (int i : top(scores, k)) {
            chosen[i] = true;
        }
        return chosen;
    }

    private static int[] top(double[] scores, int k) {
        return IntStream.range(0, scores.length).boxed()
                .sorted(Comparator.<Integer>comparingDouble(i -> -scores[i]).thenComparingInt(i -> i))
                .limit(k).mapToInt(Integer::intValue).toArray();
    }
}
