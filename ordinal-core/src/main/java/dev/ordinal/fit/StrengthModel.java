package dev.ordinal.fit;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.RankingProfile;

/**
 * A model that explains judgments by one latent log-strength per item. It turns collapsed
 * judgments into a {@link Likelihood}; {@link MaximumLikelihood} fits any of them.
 */
public interface StrengthModel {

    /** The name printed in results, e.g. {@code bradley-terry}. */
    String name();

    /** How pairwise ties are read (Plackett–Luce: {@link TieModel#DROP}, see its class docs). */
    TieModel ties();

    /** How ties are described in results: the tie model's label, or how tied groups are read. */
    default String tiesLabel() {
        return ties().label();
    }

    /**
     * Rating points per unit of log-strength on the Elo-like scale: 400/ln 10 for logistic
     * models (a 400-point gap is 10:1 odds), 200√2 for the normal model (Elo's own 1978
     * assumption that a performance has standard deviation 200).
     */
    double eloPointsPerUnit();

    Likelihood likelihood(ComparisonTable table);

    Likelihood likelihood(RankingProfile profile);
}
