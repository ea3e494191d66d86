package dev.ordinal.leaderboard;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.Require;
import dev.ordinal.fit.StrengthModel;
import java.util.Optional;

/**
 * How log-strengths become reported ratings: rating = centre + pointsPerUnit · (θᵢ − reference),
 * where the reference is the mean log-strength, or the anchor item's so that it gets exactly its
 * stated rating. Linear, so intervals and covariances map through it exactly.
 *
 * @param name          {@code elo} or {@code logit}
 * @param pointsPerUnit rating points per unit of log-strength
 * @param centre        the rating of an average item (or the anchor's rating)
 * @param anchor        the item pinned to {@code centre}, when there is one
 */
public record Scale(String name, double pointsPerUnit, double centre, Optional<String> anchor) {

    /** The Elo-like scale: mean 1000, 400 points per factor of ten in the odds. */
    public static Scale elo(StrengthModel model) {
        return new Scale("elo", model.eloPointsPerUnit(), 1000, Optional.empty());
    }

    /** Log-strengths themselves (natural-log odds for logistic models), mean zero. */
    public static Scale logit() {
        return new Scale("logit", 1, 0, Optional.empty());
    }

    public static Scale byName(String name, StrengthModel model) {
        return switch (name) {
            case "elo" -> elo(model);
            case "logit" -> logit();
            default -> throw new InvalidParameterException("scale", name, "one of elo, logit");
        };
    }

    /** The same scale with {@code item} pinned at {@code rating}. */
    public Scale anchoredAt(String item, double rating) {
        Require.finite("anchor", rating);
        return new Scale(name, pointsPerUnit, rating, Optional.of(item));
    }
}
