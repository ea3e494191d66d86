package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Ranked Pairs, after T. N. Tideman, "Independence of clones as a criterion for voting rules",
 * Social Choice and Welfare 4 (1987) 185–206: take the majority pairs by decreasing margin and
 * lock each one unless it would close a cycle with the pairs already locked; the locked pairs
 * order the candidates.
 *
 * <p><b>Equal margins.</b> Tideman breaks ties among equal margins with a fixed order, so the
 * outcome can depend on an arbitrary choice; the neutral alternative that elects everyone who
 * wins under some order (Conitzer, Rognlie and Xia, IJCAI 2009) is NP-hard (Brill and Fischer,
 * AAAI 2012). This class takes the pairs of one margin together, with no order among them: a pair
 * whose reverse the pairs locked before already imply is skipped, as in Tideman; of the others,
 * every pair that lies on a cycle of the locked pairs and this margin's remaining pairs is skipped
 * too (such pairs contradict one another, and no order is chosen between them), and the rest are
 * locked. With distinct margins this is exactly Tideman's rule. The locked pairs stay acyclic;
 * they may leave some candidates unordered, so the ranking lists the layers of the locked order
 * (the candidates no locked pair beats, then those beaten only from earlier layers...). A
 * Condorcet winner's pairs can lie on no cycle, so it is the only winner; a Condorcet loser's
 * neither, so it never wins; and winners are always in the Smith set.
 *
 * <p><b>Cost.</b> The m² pairs are sorted once (by their distinct margins); the locked order is
 * kept as a transitive closure in bit rows ({@link Reachability}), so the cycle check is one bit
 * test and all locks together cost O(m³/64) word operations; a margin shared by several open
 * pairs adds a strongly connected components pass over the candidates those pairs touch.
 */
public final class RankedPairs implements VotingRule {
    private static final byte LOCKED = 0;
    private static final byte REVERSE_LOCKED = 1;
    private static final byte EQUAL_MARGIN_CYCLE = 2;

    @Override
    public String name() {
        return "ranked-pairs";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix matrix = ballots.majority();
        int m = matrix.size();
        int pairs = 0;
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                if (matrix.beats(x, y)) {
                    pairs++;
                }
            }
        }
        int[] from = new int[pairs];
        int[] to = new int[pairs];
        double[] margin = new double[pairs];
        int e = 0;
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                if (matrix.beats(x, y)) {
                    from[e] = x;
                    to[e] = y;
                    margin[e++] = matrix.margin(x, y);
                }
            }
        }
        // Counting sort of the pairs by their distinct margins, largest first.
        double[] distinct = margin.clone();
        Arrays.sort(distinct);
        int distinctCount = 0;
        for (int i = 0; i < distinct.length; i++) {
            if (i == 0 || distinct[i] != distinct[i - 1]) {
                distinct[distinctCount++] = distinct[i];
            }
        }
        int[] groupOf = new int[pairs];
        int[] groupStart = new int[distinctCount + 1];
        for (int p = 0; p < pairs; p++) {
            groupOf[p] = distinctCount - 1 - Arrays.binarySearch(distinct, 0, distinctCount, margin[p]);
            groupStart[groupOf[p] + 1]++;
        }
        for (int g = 0; g < distinctCount; g++) {
            groupStart[g + 1] += groupStart[g];
        }
        int[] order = new int[pairs];
        int[] filled = groupStart.clone();
        for (int p = 0; p < pairs; p++) {
            order[filled[groupOf[p]]++] = p;
        }

        Reachability locked = new Reachability(m);
        byte[] decision = new byte[pairs];
        int[] open = new int[pairs];
        int[] local = new int[m];
        Arrays.fill(local, -1);
        int[] touched = new int[m];
        for (int g = 0; g < distinctCount; g++) {
            int openCount = 0;
            for (int i = groupStart[g]; i < groupStart[g + 1]; i++) {
                int p = order[i];
                if (locked.reaches(to[p], from[p])) {
                    decision[p] = REVERSE_LOCKED;
                } else {
                    open[openCount++] = p;
                }
            }
            if (openCount > 1) {
                skipEqualMarginCycles(open, openCount, from, to, locked, local, touched, decision);
            }
            for (int i = 0; i < openCount; i++) {
                int p = open[i];
                if (decision[p] == LOCKED) {
                    locked.add(from[p], to[p]);
                }
            }
        }

        Items candidates = ballots.candidates();
        Explanation.Builder explanation = Explanation.builder().note("Pairs are locked by decreasing margin, "
                + "skipping any whose reverse the locked pairs already imply; pairs of equal margin are taken "
                + "together, and those that form a cycle among themselves and the locked pairs are all skipped.");
        PairwiseTables.margins(explanation, matrix, candidates);
        if (PairwiseTables.shown(m)) {
            List<List<String>> rows = new ArrayList<>();
            for (int p : order) {
                rows.add(List.of(candidates.name(from[p]) + " → " + candidates.name(to[p]),
                        Explanation.number(margin[p]), describe(decision[p])));
            }
            explanation.table("Pairs by decreasing margin", List.of("pair", "margin", "decision"), rows);
        } else {
            int[] counts = new int[3];
            for (byte d : decision) {
                counts[d]++;
            }
            explanation.note(pairs + " majority pairs: " + counts[LOCKED] + " locked, " + counts[REVERSE_LOCKED]
                    + " skipped because their reverse was locked, " + counts[EQUAL_MARGIN_CYCLE]
                    + " skipped on cycles of equal margins (the per-pair list is shown up to "
                    + PairwiseTables.MAX_CANDIDATES + " candidates).");
        }
        return VoteResult.builder(name(), candidates)
                .ranking(Digraph.layers(locked.matrix(), m))
                .explain(explanation.build())
                .build();
    }

    /**
     * Marks {@link #EQUAL_MARGIN_CYCLE} the open pairs of one margin that lie on a cycle of the
     * locked closure plus all the open pairs: those whose ends share a strongly connected component
     * of that graph restricted to the candidates the open pairs touch (paths between them through
     * other candidates are locked paths, which the closure already holds).
     */
    private static void skipEqualMarginCycles(int[] open, int openCount, int[] from, int[] to,
            Reachability locked, int[] local, int[] touched, byte[] decision) {
        int k = 0;
        for (int i = 0; i < openCount; i++) {
            for (int v : new int[] {from[open[i]], to[open[i]]}) {
                if (local[v] < 0) {
                    local[v] = k;
                    touched[k++] = v;
                }
            }
        }
        boolean[] arc = new boolean[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = 0; b < k; b++) {
                arc[a * k + b] = locked.reaches(touched[a], touched[b]);
            }
        }
        for (int i = 0; i < openCount; i++) {
            arc[local[from[open[i]]] * k + local[to[open[i]]]] = true;
        }
        int[] componentOf = new int[k];
        List<int[]> components = Digraph.components(arc, k);
        for (int c = 0; c < components.size(); c++) {
            for (int a : components.get(c)) {
                componentOf[a] = c;
            }
        }
        for (int i = 0; i < openCount; i++) {
            int p = open[i];
            if (componentOf[local[from[p]]] == componentOf[local[to[p]]]) {
                decision[p] = EQUAL_MARGIN_CYCLE;
            }
        }
        for (int a = 0; a < k; a++) {
            local[touched[a]] = -1;
        }
    }

    private static String describe(byte decision) {
        return switch (decision) {
            case LOCKED -> "locked";
            case REVERSE_LOCKED -> "skipped: the locked pairs already lead the other way";
            default -> "skipped: on a cycle of pairs of this margin";
        };
    }
}
