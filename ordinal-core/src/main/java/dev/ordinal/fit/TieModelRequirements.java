package dev.ordinal.fit;

import dev.ordinal.judgment.PairwiseCounts;

/** Tie parameters are only estimable when the data has both ties and decisive results. */
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
            throw new IllegalArgumentException("--ties " + ties.label()
                    + " estimates how often ties happen, but the data has no ties; use --ties half or --ties drop");
        }
        if (decisiveWeight == 0) {
            throw new IllegalArgumentException("--ties " + ties.label()
                    + " needs some decisive results, but every judgment is a tie");
        }
        return counts;
    }
}
