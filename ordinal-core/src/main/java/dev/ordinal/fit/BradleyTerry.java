package dev.ordinal.fit;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.RankingProfile;

/**
 * Bradley–Terry: P(i preferred to j) = πᵢ / (πᵢ + πⱼ) (R. A. Bradley and M. E. Terry,
 * Biometrika 39:324–345, 1952; first Zermelo 1929), with ties read per {@link TieModel}.
 * Rankings are broken into all the pairs they order (full rank breaking).
 * Cost of one likelihood evaluation: O(distinct pairs).
 */
public final class BradleyTerry implements StrengthModel {
    private final TieModel ties;

    public BradleyTerry(TieModel ties) {
        this.ties = ties;
    }

    @Override
    public String name() {
        return "bradley-terry";
    }

    @Override
    public TieModel ties() {
        return ties;
    }

    @Override
    public double eloPointsPerUnit() {
        return 400 / Math.log(10);
    }

    @Override
    public Likelihood likelihood(ComparisonTable table) {
        var counts = table.pairwiseCounts();
        return switch (ties) {
            case HALF -> new BinaryPairLikelihood(counts, BinaryLink.LOGISTIC, true);
            case DROP -> new BinaryPairLikelihood(counts, BinaryLink.LOGISTIC, false);
            case DAVIDSON -> new DavidsonLikelihood(TieModelRequirements.checked(counts, ties));
            case RAO_KUPPER -> new RaoKupperLikelihood(TieModelRequirements.checked(counts, ties));
        };
    }

    @Override
    public Likelihood likelihood(RankingProfile profile) {
        return likelihood(profile.toComparisonTable());
    }
}
