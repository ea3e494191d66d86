package dev.ordinal.metric;

import dev.ordinal.audit.Label;
import dev.ordinal.error.DataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Krippendorff's α for nominal data with missing values (K. Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability", 2011, section C; Content Analysis, 2nd ed., 2004, ch. 11):
 * α = 1 − D_o / D_e, from the coincidence matrix of values that coders gave the same unit.
 * With n_uc the number of values c unit u received, m_u = Σ_c n_uc its values (only units with
 * m_u ≥ 2 are pairable), n_c = Σ_u n_uc and n = Σ_c n_c over pairable units:
 * α = 1 − (n − 1) · Σ_u (m_u² − Σ_c n_uc²)/(m_u − 1) / (n² − Σ_c n_c²).
 * α depends only on the values each unit received, not on which coder gave which, so a coder
 * who labels a unit twice simply contributes two values.
 *
 * <p>Intervals come from the unit bootstrap: pairable units are drawn with replacement (units
 * with the same values collapsed into one kind, so a round costs O(kinds)). This is the plain
 * bootstrap, not the resampling of pairable values in Hayes and Krippendorff (2007).
 *
 * <p>For pairwise labels the values are a, b and tie in the unit's canonical item order
 * ({@link Verdict}), and, as for κ in {@link Agreement}, the expected disagreement treats a and b
 * alike (n_a and n_b are replaced by their mean): which item is called "a" is arbitrary, and α
 * then does not change when items are renamed or shown the other way round.
 *
 * <p>Cost: O(values) to tabulate, O(rounds · kinds) to bootstrap.
 */
public final class Krippendorff {
    /** Marks a missing value in {@link #alpha(int[][], BootstrapOptions)}. */
    public static final int MISSING = -1;

    private Krippendorff() {
    }

    /**
     * Nominal α of reliability data laid out units × coders: {@code values[unit][coder]} is the
     * category (any int ≥ 0) the coder gave the unit, or {@link #MISSING}.
     *
     * @throws IllegalArgumentException when rows differ in length or a value is negative and not {@link #MISSING}
     */
    public static AlphaReport alpha(int[][] values, BootstrapOptions bootstrap) {
        if (values.length == 0) {
            throw new DataException("reliability data needs at least one unit");
        }
        int coders = values[0].length;
        Map<Integer, Integer> categories = new TreeMap<>();
        for (int unit = 0; unit < values.length; unit++) {
            if (values[unit].length != coders) {
                throw new IllegalArgumentException("unit " + unit + " has " + values[unit].length
                        + " values, expected " + coders + " (one per coder, " + MISSING + " when missing)");
            }
            for (int value : values[unit]) {
                if (value < 0 && value != MISSING) {
                    throw new IllegalArgumentException("unit " + unit + " has the value " + value
                            + "; values are categories ≥ 0, or " + MISSING + " when missing");
                }
                if (value != MISSING) {
                    categories.putIfAbsent(value, categories.size());
                }
            }
        }
        List<int[]> units = new ArrayList<>();
        for (int[] row : values) {
            int[] counts = new int[categories.size()];
            for (int value : row) {
                if (value != MISSING) {
                    counts[categories.get(value)]++;
                }
            }
            units.add(counts);
        }
        return report(units, coders, false,
                "all pairable values are the same category, and α is undefined when the values do not vary", bootstrap);
    }

    /**
     * Nominal α over a, b and tie of a panel of pairwise labels, units being {@link Label#unit()}
     * and coders the distinct (source, judge) pairs.
     *
     * @throws IllegalArgumentException when {@code labels} is empty or a unit's labels compare different items
     */
    public static AlphaReport alpha(List<Label> labels, BootstrapOptions bootstrap) {
        LabelUnits grouped = LabelUnits.of(labels, "the panel");
        Set<List<String>> coders = new HashSet<>();
        List<int[]> units = new ArrayList<>();
        for (List<Label> unit : grouped.byUnit().values()) {
            int[] counts = new int[Verdict.values().length];
            for (Label label : unit) {
                counts[Verdict.of(label).ordinal()]++;
                coders.add(List.of(label.source(), label.judge()));
            }
            units.add(counts);
        }
        return report(units, coders.size(), true,
                "every pairable label of " + grouped.name() + " is a tie, and α is undefined when the values do not vary",
                bootstrap);
    }

    /** α and its interval from per-unit category counts; {@code mirrored}: categories 0 and 1 are a and b. */
    private static AlphaReport report(List<int[]> units, int coders, boolean mirrored, String noVariation,
                                      BootstrapOptions bootstrap) {
        // Pairable units collapsed into kinds: units with the same counts contribute alike.
        Map<List<Integer>, Integer> kindIndex = new LinkedHashMap<>();
        List<int[]> kinds = new ArrayList<>();
        List<Double> weights = new ArrayList<>();
        int nonEmpty = 0;
        int pairable = 0;
        long pairableValues = 0;
        for (int[] counts : units) {
            int m = Arrays.stream(counts).sum();
            nonEmpty += m > 0 ? 1 : 0;
            if (m < 2) {
                continue;
            }
            pairable++;
            pairableValues += m;
            List<Integer> key = Arrays.stream(counts).boxed().toList();
            Integer kind = kindIndex.putIfAbsent(key, kinds.size());
            if (kind == null) {
                kinds.add(counts);
                weights.add(1.0);
            } else {
                weights.set(kind, weights.get(kind) + 1);
            }
        }
        Coincidences coincidences = new Coincidences(kinds.toArray(int[][]::new), mirrored);
        double[] observed = weights.stream().mapToDouble(Double::doubleValue).toArray();
        double[][] rounds = UnitResampling.rounds(observed, bootstrap, List.of(coincidences::alpha));
        String undefinedBecause = pairable == 0
                ? "no unit has two or more values, so α has nothing to compare" : noVariation;
        return new AlphaReport(Estimate.of(coincidences.alpha(observed), undefinedBecause, rounds[0],
                bootstrap.level()), nonEmpty, pairable, pairableValues, coders, bootstrap);
    }

    /** The per-kind terms of α, so that a resample's α costs one pass over the kinds. */
    private static final class Coincidences {
        private final int[][] counts;
        private final double[] disagreement;
        private final boolean mirrored;

        Coincidences(int[][] counts, boolean mirrored) {
            this.counts = counts;
            this.mirrored = mirrored;
            this.disagreement = new double[counts.length];
            for (int kind = 0; kind < counts.length; kind++) {
                double m = 0;
                double squares = 0;
                for (int count : counts[kind]) {
                    m += count;
                    squares += (double) count * count;
                }
                // Σ over ordered pairs of different values within the unit, each weighted 1/(m − 1).
                disagreement[kind] = (m * m - squares) / (m - 1);
            }
        }

        /** α when kind k holds weights[k] units; NaN when undefined. */
        double alpha(double[] weights) {
            int categories = counts.length == 0 ? 0 : counts[0].length;
            double[] totals = new double[categories];
            double observed = 0;
            for (int kind = 0; kind < counts.length; kind++) {
                double weight = weights[kind];
                if (weight == 0) {
                    continue;
                }
                observed += weight * disagreement[kind];
                for (int c = 0; c < categories; c++) {
                    totals[c] += weight * counts[kind][c];
                }
            }
            // Without pairable units there are no categories to average (α is then undefined).
            if (mirrored && categories > 1) {
                double mean = (totals[0] + totals[1]) / 2;
                totals[0] = mean;
                totals[1] = mean;
            }
            double n = 0;
            double squares = 0;
            for (double total : totals) {
                n += total;
                squares += total * total;
            }
            double expected = n * n - squares;
            return n == 0 || expected == 0 ? Double.NaN : 1 - (n - 1) * observed / expected;
        }
    }
}
