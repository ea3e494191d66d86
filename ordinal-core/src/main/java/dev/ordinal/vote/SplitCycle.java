package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Split Cycle, after W. H. Holliday and E. Pacuit, "Split Cycle: a new Condorcet-consistent voting
 * method independent of clones and immune to spoilers", Public Choice 197 (2023) 1–62: in every
 * cycle of the majority graph, the defeats of smallest margin are discarded; x defeats y when x
 * beats y by a margin larger than the weakest margin of every majority path from y back to x,
 * i.e. larger than the strongest (widest) margin path from y to x. The winners are the undefeated
 * candidates. The strongest paths are Schulze's, on margins ({@link Schulze#strongestPaths}), so
 * the cost is O(m³). The defeat relation is acyclic but need not be transitive, so Split Cycle
 * names winners only. The explanation lists who defeats whom.
 */
public final class SplitCycle implements VotingRule {
    @Override
    public String name() {
        return "split-cycle";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix matrix = ballots.majority();
        int m = matrix.size();
        double[] paths = Schulze.strongestPaths(matrix, DefeatStrength.MARGINS);
        boolean[] defeated = new boolean[m];
        List<List<String>> defeats = new ArrayList<>();
        Items candidates = ballots.candidates();
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                double margin = matrix.margin(x, y);
                if (margin > 0 && margin > paths[y * m + x]) {
                    defeated[y] = true;
                    defeats.add(List.of(candidates.name(x), candidates.name(y), Explanation.number(margin),
                            Explanation.number(paths[y * m + x])));
                }
            }
        }
        int[] winners = IntStream.range(0, m).filter(c -> !defeated[c]).toArray();
        Explanation.Builder explanation = Explanation.builder().note("x defeats y when x's margin over y exceeds "
                + "the strongest margin path from y back to x (the weakest link of each cycle through x → y is cut).");
        PairwiseTables.margins(explanation, matrix, candidates);
        if (PairwiseTables.shown(m)) {
            explanation.table("Defeats", List.of("winner", "loser", "margin", "strongest path back"), defeats);
        } else {
            explanation.note(defeats.size() + " defeats (listed up to " + PairwiseTables.MAX_CANDIDATES
                    + " candidates).");
        }
        return VoteResult.builder(name(), candidates)
                .winners(winners)
                .explain(explanation.build())
                .build();
    }
}
