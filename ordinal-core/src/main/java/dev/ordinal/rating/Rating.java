package dev.ordinal.rating;

import java.util.OptionalDouble;

/**
 * A rating with its uncertainty, on the system's own scale.
 *
 * @param mean         Elo rating, Glicko rating, or μ
 * @param deviation    Glicko RD or σ (0 for Elo, which carries none)
 * @param volatility   Glicko-2's σ (volatility), absent elsewhere
 * @param conservative a cautious value: μ − 3σ for TrueSkill and OpenSkill, the rating itself for Elo,
 *                     rating − 2·RD for Glicko-2
 */
public record Rating(double mean, double deviation, OptionalDouble volatility, double conservative) {
}
