package dev.ordinal.metric;

import dev.ordinal.audit.Label;
import dev.ordinal.error.DataException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Agreement between two sources of pairwise labels on the units both labelled: raw agreement
 * with and without ties, Cohen's κ (J. Cohen, "A coefficient of agreement for nominal scales",
 * Educational and Psychological Measurement 20:37–46, 1960) and the confusion matrix, with
 * percentile intervals from the unit bootstrap.
 *
 * <p>Verdicts are compared in each unit's canonical item order ({@link Verdict}), so two sources
 * that showed a pair in opposite orders are aligned first. Which item of a pair is called "a" is
 * arbitrary, yet κ's chance agreement depends on how often each category is used; so κ here is
 * Cohen's κ of the confusion matrix averaged with its mirror image (a and b exchanged for both
 * sources): its chance term treats a and b alike, κ does not change when items are renamed or
 * shown the other way round, and it still counts ties as their own category. Raw agreement does
 * not depend on the order at all.
 *
 * <p>Cost: O(labels) to align, O(rounds · 9) to bootstrap.
 */
public final class Agreement {
    /** Fewer shared units than this earns a warning that the figures rest on little data. */
    private static final int FEW_UNITS = 10;
    private static final int K = Verdict.values().length;

    private Agreement() {
    }

    /**
     * Agreement of two sources, each with at most one label per unit (for a multi-judge source,
     * compare its {@link Majority} or one judge at a time).
     *
     * @throws IllegalArgumentException when a list is empty, a source labels a unit twice, the
     *                                  sources share no unit, or a shared unit compares different items
     */
    public static AgreementReport between(List<Label> first, List<Label> second, BootstrapOptions bootstrap) {
        LabelUnits a = LabelUnits.of(first, "the first source");
        LabelUnits b = LabelUnits.of(second, "the second source");
        requireOneLabelPerUnit(a);
        requireOneLabelPerUnit(b);
        long[][] confusion = new long[K][K];
        int shared = 0;
        for (Map.Entry<String, List<Label>> unit : a.byUnit().entrySet()) {
            List<Label> other = b.byUnit().get(unit.getKey());
            if (other == null) {
                continue;
            }
            Label mine = unit.getValue().get(0);
            Label theirs = other.get(0);
            LabelUnits.requireSamePair(mine, a.name(), theirs, b.name());
            confusion[Verdict.of(mine).ordinal()][Verdict.of(theirs).ordinal()]++;
            shared++;
        }
        if (shared == 0) {
            throw new DataException("sources " + a.name() + " and " + b.name() + " share no units: "
                    + a.name() + " labels " + a.unitCount() + " (" + a.sampleUnits() + "), " + b.name() + " labels "
                    + b.unitCount() + " (" + b.sampleUnits() + "); labels are compared on units with the same id");
        }
        double[] cells = flat(confusion);
        double[][] rounds = UnitResampling.rounds(cells, bootstrap,
                List.of(Agreement::rawAgreement, Agreement::decisiveAgreement, Agreement::mirroredKappa));
        double level = bootstrap.level();
        List<String> warnings = new ArrayList<>();
        if (shared < FEW_UNITS) {
            warnings.add("only " + shared + " shared unit" + (shared == 1 ? "" : "s") + " between " + a.name()
                    + " and " + b.name() + ": the figures and their intervals rest on very little data");
        }
        return new AgreementReport(a.name(), b.name(), shared, a.unitCount() - shared, b.unitCount() - shared,
                new ConfusionMatrix(confusion),
                Estimate.of(rawAgreement(cells), "", rounds[0], level),
                Estimate.of(decisiveAgreement(cells), "on every shared unit at least one of " + a.name() + " and "
                        + b.name() + " gave a tie, so there is no agreement without ties", rounds[1], level),
                Estimate.of(mirroredKappa(cells), "Cohen's κ is undefined: " + a.name() + " and " + b.name()
                        + " called every shared unit a tie, so chance agreement is already 1", rounds[2], level),
                bootstrap, warnings);
    }

    /**
     * Cohen's κ of a square confusion matrix (rows: one rater's categories, columns: the
     * other's): (p_o − p_e) / (1 − p_e) with p_o the diagonal share and p_e = Σₖ rowₖ·columnₖ / n².
     * Undefined when p_e = 1 (both raters put every unit in the same one category).
     */
    public static Estimate cohenKappa(long[][] confusion) {
        int size = confusion.length;
        for (long[] row : confusion) {
            if (row.length != size) {
                throw new IllegalArgumentException("a confusion matrix must be square, got a row of " + row.length
                        + " in a matrix of " + size + " rows");
            }
            for (long count : row) {
                if (count < 0) {
                    throw new IllegalArgumentException("confusion counts must not be negative, got " + count);
                }
            }
        }
        double[] cells = new double[size * size];
        for (int row = 0; row < size; row++) {
            for (int column = 0; column < size; column++) {
                cells[row * size + column] = confusion[row][column];
            }
        }
        String reason = total(cells) == 0 ? "Cohen's κ is undefined: the confusion matrix is empty"
                : "Cohen's κ is undefined: both raters put every unit in the same category, so chance agreement is 1";
        return Estimate.point(kappa(cells, size), reason);
    }

    private static void requireOneLabelPerUnit(LabelUnits source) {
        for (Map.Entry<String, List<Label>> unit : source.byUnit().entrySet()) {
            if (unit.getValue().size() > 1) {
                throw new DataException(source.name() + " has " + unit.getValue().size()
                        + " labels on unit '" + unit.getKey() + "'; agreement compares one verdict per unit and source",
                        "compare its majority (Majority.of) or one judge at a time");
            }
        }
    }

    private static double[] flat(long[][] confusion) {
        double[] cells = new double[K * K];
        for (int row = 0; row < K; row++) {
            for (int column = 0; column < K; column++) {
                cells[row * K + column] = confusion[row][column];
            }
        }
        return cells;
    }

    private static double total(double[] cells) {
        double total = 0;
        for (double cell : cells) {
            total += cell;
        }
        return total;
    }

    /** Share of units on the diagonal of a 3 × 3 a/b/tie matrix. */
    static double rawAgreement(double[] cells) {
        double total = total(cells);
        return total == 0 ? Double.NaN : (cells[0] + cells[4] + cells[8]) / total;
    }

    /** Share on the diagonal among units where neither source said tie; NaN when there are none. */
    static double decisiveAgreement(double[] cells) {
        double decisive = cells[0] + cells[1] + cells[3] + cells[4];
        return decisive == 0 ? Double.NaN : (cells[0] + cells[4]) / decisive;
    }

    /** κ of the a/b/tie matrix averaged with its mirror image (a ↔ b for both sources). */
    static double mirroredKappa(double[] cells) {
        double[] averaged = new double[K * K];
        for (int row = 0; row < K; row++) {
            for (int column = 0; column < K; column++) {
                averaged[row * K + column] = (cells[row * K + column] + cells[mirror(row) * K + mirror(column)]) / 2;
            }
        }
        return kappa(averaged, K);
    }

    private static int mirror(int verdict) {
        return verdict == Verdict.TIE.ordinal() ? verdict : 1 - verdict;
    }

    /**
     * κ = (n·Σ diagonal − Σ row·column) / (n² − Σ row·column), the form of (p_o − p_e)/(1 − p_e)
     * that stays exact on counts; NaN when the denominator is 0.
     */
    private static double kappa(double[] cells, int size) {
        double n = 0;
        double diagonal = 0;
        double chance = 0;
        for (int k = 0; k < size; k++) {
            double row = 0;
            double column = 0;
            for (int j = 0; j < size; j++) {
                row += cells[k * size + j];
                column += cells[j * size + k];
            }
            n += row;
            diagonal += cells[k * size + k];
            chance += row * column;
        }
        double denominator = n * n - chance;
        return denominator == 0 ? Double.NaN : (n * diagonal - chance) / denominator;
    }
}
