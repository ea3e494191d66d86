package dev.ordinal.audit;

import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Self-preference and family bias: does a judge prefer answers of its own family (GPT-4 judging
 * OpenAI models) more than another source judging the same pairs does? The reference removes the
 * items' real quality differences, so the difference of the two own-family win rates, paired by
 * unit, estimates the bias rather than the family's strength. The question follows Zheng et al.
 * (NeurIPS 2023, section 3.3, "self-enhancement bias") and Panickssery, Bowman &amp; Feng, "LLM
 * Evaluators Recognize and Favor Their Own Generations" (NeurIPS 2024); the paired comparison
 * with a reference source and the bootstrap over units (see {@link UnitBootstrap}) are ours.
 * Cost: O(labels + rounds × units).
 */
public final class FamilyBias {
    private static final int LISTED = 5;

    private FamilyBias() {
    }

    /**
     * Compares {@code source}, of family {@code family}, with {@code reference}.
     *
     * @param labels       labels of any sources; only those of the two named are used
     * @param itemFamilies each item's family; every item the two sources judged must have one
     * @throws IllegalArgumentException when a source has no labels, an item has no family, no item is
     *                                  of {@code family}, the sources share no units, or no shared
     *                                  unit pairs an own-family item with another
     */
    public static FamilyBiasEstimate compare(List<Label> labels, Map<String, String> itemFamilies, String source,
                                             String family, String reference, AuditOptions options) {
        if (!itemFamilies.containsValue(family)) {
            throw new IllegalArgumentException("no item is of family '" + family + "' (the family of source '" + source
                    + "'); families: " + new TreeSet<>(itemFamilies.values()));
        }
        List<Label> relevant = labels.stream()
                .filter(label -> label.source().equals(source) || label.source().equals(reference)).toList();
        requireSource(relevant, source, labels);
        requireSource(relevant, reference, labels);
        requireFamilies(relevant, itemFamilies);
        List<double[]> scores = new ArrayList<>();
        int shared = 0;
        int[] labelCounts = new int[2];
        for (List<Label> unit : Units.group(relevant).values()) {
            double[] sums = new double[2];
            int[] counts = new int[2];
            Label first = unit.get(0);
            boolean leftOwn = family.equals(itemFamilies.get(first.left()));
            boolean rightOwn = family.equals(itemFamilies.get(first.right()));
            String own = leftOwn ? first.left() : first.right();
            for (Label label : unit) {
                int who = label.source().equals(source) ? 0 : 1;
                sums[who] += ownScore(label, own);
                counts[who]++;
            }
            if (counts[0] == 0 || counts[1] == 0) {
                continue;
            }
            shared++;
            if (leftOwn != rightOwn) {
                scores.add(new double[] {sums[0] / counts[0], sums[1] / counts[1]});
                labelCounts[0] += counts[0];
                labelCounts[1] += counts[1];
            }
        }
        if (shared == 0) {
            throw new IllegalArgumentException("sources '" + source + "' and '" + reference
                    + "' share no units; family bias compares them on the same questions");
        }
        if (scores.isEmpty()) {
            throw new IllegalArgumentException("sources '" + source + "' and '" + reference + "' share " + shared
                    + " units, but none pairs an item of family '" + family + "' with an item of another family");
        }
        return estimate(source, reference, family, scores, labelCounts, options);
    }

    private static FamilyBiasEstimate estimate(String source, String reference, String family, List<double[]> scores,
                                               int[] labelCounts, AuditOptions options) {
        int n = scores.size();
        double[][] columns = new double[2][n];
        for (int u = 0; u < n; u++) {
            columns[0][u] = scores.get(u)[0];
            columns[1][u] = scores.get(u)[1];
        }
        double sourceRate = mean(columns[0]);
        double referenceRate = mean(columns[1]);
        UnitBootstrap bootstrap = new UnitBootstrap(options);
        double[][] sums = bootstrap.roundSums(columns);
        double[] sourceRounds = new double[sums.length];
        double[] referenceRounds = new double[sums.length];
        double[] differenceRounds = new double[sums.length];
        for (int r = 0; r < sums.length; r++) {
            sourceRounds[r] = sums[r][0] / n;
            referenceRounds[r] = sums[r][1] / n;
            differenceRounds[r] = (sums[r][0] - sums[r][1]) / n;
        }
        return new FamilyBiasEstimate(source, reference, family, n, labelCounts[0], labelCounts[1],
                sourceRate, bootstrap.percentile(sourceRounds), referenceRate, bootstrap.percentile(referenceRounds),
                sourceRate - referenceRate, bootstrap.percentile(differenceRounds),
                UnitBootstrap.pValue(differenceRounds, 0));
    }

    /** 1 when {@code own} won, ½ for a tie, 0 when it lost. */
    private static double ownScore(Label label, String own) {
        Outcome seenFromOwn = label.left().equals(own) ? label.outcome() : label.outcome().swapped();
        return seenFromOwn.isTie() ? 0.5 : seenFromOwn == Outcome.A ? 1 : 0;
    }

    private static double mean(double[] values) {
        double sum = 0;
        for (double v : values) {
            sum += v;
        }
        return sum / values.length;
    }

    private static void requireSource(List<Label> relevant, String source, List<Label> labels) {
        if (relevant.stream().noneMatch(label -> label.source().equals(source))) {
            Set<String> sources = new LinkedHashSet<>();
            labels.forEach(label -> sources.add(label.source()));
            throw new IllegalArgumentException("no labels from source '" + source + "'; sources: " + sources);
        }
    }

    private static void requireFamilies(List<Label> labels, Map<String, String> itemFamilies) {
        Set<String> unknown = new TreeSet<>();
        for (Label label : labels) {
            for (String item : List.of(label.left(), label.right())) {
                if (!itemFamilies.containsKey(item)) {
                    unknown.add(item);
                }
            }
        }
        if (!unknown.isEmpty()) {
            List<String> listed = unknown.stream().limit(LISTED).toList();
            String more = unknown.size() > LISTED ? " and " + (unknown.size() - LISTED) + " more" : "";
            throw new IllegalArgumentException(unknown.size() + " items have no family: " + String.join(", ", listed)
                    + more + "; the family map names " + itemFamilies.size() + " items");
        }
    }
}
