package dev.ordinal.metric;

import java.util.List;

/**
 * How well two label sources agree on the units both labelled.
 *
 * @param first                 the first source's name
 * @param second                the second source's name
 * @param sharedUnits           units both labelled: the units every figure is computed on
 * @param onlyFirst             units only the first source labelled
 * @param onlySecond            units only the second source labelled
 * @param confusion             first source's verdict × second's, in canonical item order
 * @param agreement             share of shared units with the same verdict (a, b or tie)
 * @param agreementWithoutTies  the same share among units where neither source gave a tie
 * @param kappa                 Cohen's κ over a, b, tie with the item order averaged out (see {@link Agreement})
 * @param bootstrap             how the intervals were made
 * @param warnings              things a careful reader should know
 */
public record AgreementReport(String first, String second, int sharedUnits, int onlyFirst, int onlySecond,
                              ConfusionMatrix confusion, Estimate agreement, Estimate agreementWithoutTies,
                              Estimate kappa, BootstrapOptions bootstrap, List<String> warnings) {

    public AgreementReport {
        warnings = List.copyOf(warnings);
    }

    /** Shared units where neither source gave a tie: those {@code agreementWithoutTies} is computed on. */
    public long decisiveUnits() {
        return confusion.count(Verdict.A, Verdict.A) + confusion.count(Verdict.A, Verdict.B)
                + confusion.count(Verdict.B, Verdict.A) + confusion.count(Verdict.B, Verdict.B);
    }
}
