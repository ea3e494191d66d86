package dev.ordinal.fit;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.RankingProfile;
import java.util.List;

/**
 * Thurstone–Mosteller: P(i preferred to j) = Φ(θᵢ − θⱼ), the probit link (L. L. Thurstone,
 * Psychological Review 34:273–286, 1927, Case V; F. Mosteller, Psychometrika 16:3–9, 1951).
 * Ties count as half a win ({@link TieModel#HALF}) or are dropped.
 * Cost of one likelihood evaluation: O(distinct pairs).
 */
public final class ThurstoneMosteller implements StrengthModel {
    private final TieModel ties;

    public ThurstoneMosteller(TieModel ties) {
        if (ties != TieModel.HALF && ties != TieModel.DROP) {
            throw new InvalidParameterException("ties", ties.label(), "half or drop (the Thurstone model reads a tie "
                    + "as half a win or drops it; Davidson and Rao–Kupper ties are Bradley–Terry models)");
        }
        this.ties = ties;
    }

    @Override
    public String name() {
        return "thurstone";
    }

    @Override
    public TieModel ties() {
        return ties;
    }

    @Override
    public double eloPointsPerUnit() {
        return 200 * Math.sqrt(2);
    }

    @Override
    public Likelihood likelihood(ComparisonTable table) {
        return new BinaryPairLikelihood(table.pairwiseCounts(), BinaryLink.PROBIT, ties == TieModel.HALF);
    }

    @Override
    public Likelihood likelihood(RankingProfile profile) {
        return likelihood(profile.toComparisonTable());
    }
}
