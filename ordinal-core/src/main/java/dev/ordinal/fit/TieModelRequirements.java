package dev.ordinal.fit;

import dev.ordinal.error.DataException;
import dev.ordinal.judgment.PairwiseCounts;

/**
 * Tie parameters (Davidson's ν, Rao–Kupper's θ) are only estimable when the data have both ties
 * and decisive results: without ties the likelihood rises as the tie parameter goes to zero, and
 * without decisive results it has no information on the strengths.
 */
final class TieModelRequirements {
    private TieModelRequirements() {
    }

    static PairwiseCounts checked(PairwiseCounts counts, TieModel ties) {
        double tieWeight = 0;
        double decisiveWeight = 0;
        for (int pair = 0; pair < counts.pairCount(); pair++) {
            tieWeight += counts.ties(pair);
            decisiveWeight += counts.lowWins(pair) + counts.highWins(pair);
        }
        if (tieWeight == 0) {
            throw new DataException("ties " + ties.label() + " estimates how often ties happen, but the data have no ties",
                    "use ties half or ties drop");
        }
        if (decisiveWeight == 0) {
            throw new DataException("ties " + ties.label() + " needs some decisive results, but every judgment is a tie",
                    "use ties half");
        }
        return counts;
    }
}
