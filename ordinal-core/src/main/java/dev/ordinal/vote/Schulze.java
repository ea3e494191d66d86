package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The Schulze (beat path) method, after M. Schulze, "A new monotonic, clone-independent, reversal
 * symmetric, and Condorcet-consistent single-winner election method", Social Choice and Welfare
 * 36 (2011) 267–303. A path's strength is the strength of its weakest defeat ({@link
 * DefeatStrength}, winning votes by default as in the paper); {@code p[x][y]} is the strength of
 * the strongest path from x to y, found by the Floyd–Warshall-style widest-path recurrence in
 * O(m³) on a flat array. x is better than y when {@code p[x][y] > p[y][x]}; the paper proves this
 * relation a strict partial order. The winners are the candidates no one is better than; the
 * ranking lists its layers: the winners, then the candidates only winners are better than, and so
 * on, so that incomparable candidates share a group or fall in the layers their paths put them in.
 * The explanation gives the margins and the strongest-path matrix.
 */
public final class Schulze implements VotingRule {
    private final DefeatStrength strength;

    public Schulze(DefeatStrength strength) {
        this.strength = strength;
    }

    /** The paper's default: winning votes. */
    public Schulze() {
        this(DefeatStrength.WINNING_VOTES);
    }

    public DefeatStrength strength() {
        return strength;
    }

    @Override
    public String name() {
        return "schulze";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix matrix = ballots.majority();
        int m = matrix.size();
        double[] paths = strongestPaths(matrix, strength);
        boolean[] better = new boolean[m * m];
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                better[x * m + y] = x != y && paths[x * m + y] > paths[y * m + x];
            }
        }
        List<int[]> ranking = Digraph.layers(better, m);
        Items candidates = ballots.candidates();
        Explanation.Builder explanation = Explanation.builder()
                .note("Defeat strength: " + strength.label() + ". A path is as strong as its weakest defeat; "
                        + "x is better than y when the strongest path from x to y is stronger than the one back.");
        PairwiseTables.margins(explanation, matrix, candidates);
        PairwiseTables.matrix(explanation, "Strongest paths (row to column)", paths, candidates);
        return VoteResult.builder(name(), candidates)
                .ranking(ranking)
                .explain(explanation.build())
                .build();
    }

    /**
     * The strongest-path matrix {@code p[x * m + y]}: the largest d such that some path of defeats
     * x → … → y has every defeat of strength at least d; 0 when there is none. O(m³).
     */
    static double[] strongestPaths(MajorityMatrix matrix, DefeatStrength strength) {
        int m = matrix.size();
        double[] paths = new double[m * m];
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                paths[x * m + y] = x == y ? 0 : strength.of(matrix, x, y);
            }
        }
        for (int k = 0; k < m; k++) {
            int rowK = k * m;
            for (int i = 0; i < m; i++) {
                int rowI = i * m;
                double viaK = paths[rowI + k];
                if (i == k || viaK == 0) {
                    continue;
                }
                for (int j = 0; j < m; j++) {
                    double through = Math.min(viaK, paths[rowK + j]);
                    if (through > paths[rowI + j]) {
                        paths[rowI + j] = through;
                    }
                }
            }
        }
        for (int x = 0; x < m; x++) {
            paths[x * m + x] = 0;
        }
        return paths;
    }
}
