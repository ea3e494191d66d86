package dev.ordinal.audit;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The position bias of one judge, or of all judges of a source pooled. Sign convention: every
 * signed figure is positive when the first (left, side A) position is favoured; a first-position
 * share above ½ favours the first position.
 *
 * @param source               the source
 * @param judge                the judge within the source, or empty for the source's judges pooled
 * @param swapped              verdicts on units the same judge saw in both orders, in pairs
 * @param flipShare            of the swapped pairs, the share whose verdict follows the position
 *                             (both orders prefer the first, or both the second, position); empty
 *                             without swapped pairs
 * @param swappedFirstPosition of the non-tie verdicts in swapped pairs, the share for the first
 *                             position; empty when all were ties
 * @param single               verdicts on units the judge saw in one order only
 * @param firstPosition        of the non-tie single-order verdicts, the share for the first position,
 *                             with its test against ½; it measures position bias only where sides were
 *                             randomised; empty without such verdicts
 */
public record PositionBiasEstimate(String source, Optional<String> judge, SwapCounts swapped,
                                   Optional<Proportion> flipShare, Optional<Proportion> swappedFirstPosition,
                                   PositionCounts single, Optional<Proportion> firstPosition) {

    /**
     * Verdicts of swapped pairs: a unit judged with X first and, by the same judge, with Y first.
     *
     * @param pairs      swapped pairs
     * @param consistent both verdicts prefer the same item
     * @param bothFirst  both prefer the first position (so different items)
     * @param bothSecond both prefer the second position
     * @param bothTie    both are ties
     * @param oneTie     one is a tie, the other not
     */
    public record SwapCounts(int pairs, int consistent, int bothFirst, int bothSecond, int bothTie, int oneTie) {
        /**
         * The net position preference, (bothFirst − bothSecond) / pairs, in [−1, 1]: positive
         * favours the first position; empty without pairs.
         */
        public OptionalDouble netPreference() {
            return pairs == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) (bothFirst - bothSecond) / pairs);
        }
    }

    /**
     * Verdicts counted by the position they favour.
     *
     * @param first  verdicts for the first (left) position
     * @param second verdicts for the second (right) position
     * @param ties   ties (including both-bad)
     */
    public record PositionCounts(int first, int second, int ties) {
        /** The first-position share of non-tie verdicts minus ½: positive favours the first position. */
        public OptionalDouble bias() {
            int decided = first + second;
            return decided == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) first / decided - 0.5);
        }
    }
}
