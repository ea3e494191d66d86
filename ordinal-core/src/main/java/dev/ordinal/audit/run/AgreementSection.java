package dev.ordinal.audit.run;

import dev.ordinal.metric.AgreementReport;
import dev.ordinal.metric.AlphaReport;
import java.util.List;

/**
 * The Agreement section: each other source's verdict per unit against the reference's (its
 * majority where it labelled a unit several times), Cohen's κ of every two sources, and
 * Krippendorff's α of every panel.
 *
 * @param referenceMajority whether the reference labelled some unit several times, so that its
 *                          verdict is its majority
 * @param agreements        one attempt per source other than the reference, in order
 * @param pairwiseKappa     {@code pairwiseKappa[i][j]}: κ (point figure) of sources i and j, 1 on the
 *                          diagonal, NaN where undefined or where they share no unit
 * @param unshared          the pairs of sources with no κ, each with why, e.g. {@code a and b (no shared unit)}
 * @param panels            α of every source with several judges (its judges as coders), then of all
 *                          sources together (one verdict each) when there are several
 */
public record AgreementSection(boolean referenceMajority, List<Attempt<AgreementReport>> agreements,
                               double[][] pairwiseKappa, List<String> unshared, List<Attempt<AlphaReport>> panels) {
    public AgreementSection {
        agreements = List.copyOf(agreements);
        pairwiseKappa = java.util.Arrays.stream(pairwiseKappa).map(double[]::clone).toArray(double[][]::new);
        unshared = List.copyOf(unshared);
        panels = List.copyOf(panels);
    }

    @Override
    public double[][] pairwiseKappa() {
        return java.util.Arrays.stream(pairwiseKappa).map(double[]::clone).toArray(double[][]::new);
    }

    /** The panel of all sources together, one verdict each. */
    public static final String ALL_SOURCES = "all sources (one verdict each)";
}
