package dev.ordinal.fit;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.RankingProfile;

/**
 * Plackett–Luce for rankings and K-wise orderings, partial or with tied groups (see
 * {@link PlackettLuceLikelihood} for how ties are read). Fitted by Newton's method on the
 * concave log-likelihood, which reaches the fixed point of Hunter's MM algorithm
 * (D. R. Hunter, Annals of Statistics 32:384–406, 2004) in far fewer iterations.
 * Pairwise judgments are rankings of two; a pairwise tie, one tied group, contributes nothing.
 * Cost of one likelihood evaluation: O(Σ over rankings of length²).
 */
public final class PlackettLuce implements StrengthModel {

    @Override
    public String name() {
        return "plackett-luce";
    }

    @Override
    public TieModel ties() {
        return TieModel.DROP;
    }

    /** Tied groups in rankings are read as described in {@link PlackettLuceLikelihood}. */
    @Override
    public String tiesLabel() {
        return "tied-groups";
    }

    @Override
    public double eloPointsPerUnit() {
        return 400 / Math.log(10);
    }

    @Override
    public Likelihood likelihood(ComparisonTable table) {
        return likelihood(RankingProfile.of(table));
    }

    @Override
    public Likelihood likelihood(RankingProfile profile) {
        return new PlackettLuceLikelihood(profile);
    }
}
