package dev.ordinal.vote;

import dev.ordinal.error.DataException;
import dev.ordinal.error.Require;
import dev.ordinal.judgment.Items;
import dev.ordinal.judgment.RankingProfile;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An election's ballots, collapsed: each distinct ballot once, with the total weight of the voters
 * who cast it. A ballot is a weak order of the candidates it ranks, best first, in tied groups;
 * candidates it does not rank are tied below all ranked ones (the usual reading of truncated
 * ballots). A ballot may also carry cardinal scores (higher is better, {@code NaN} where the
 * voter gave none); its weak order is then the order of its scores. An approval ballot is a
 * dichotomous one: its first group is the approved set. Immutable.
 */
public final class Ballots {
    private final Items candidates;
    private final int[][] levels;
    private final int[] groupCounts;
    private final double[] weights;
    private final double[][] scores;
    private volatile MajorityMatrix majority;

    private Ballots(Items candidates, int[][] levels, int[] groupCounts, double[] weights, double[][] scores) {
        this.candidates = candidates;
        this.levels = levels;
        this.groupCounts = groupCounts;
        this.weights = weights;
        this.scores = scores;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The ballots of a ranking profile, each distinct ranking weighted by its total weight. */
    public static Ballots of(RankingProfile profile) {
        Builder builder = builder();
        Items items = profile.items();
        for (int i = 0; i < items.size(); i++) {
            builder.candidate(items.id(i));
        }
        for (int r = 0; r < profile.size(); r++) {
            int[] order = profile.order(r);
            int[] sizes = profile.groupSizes(r);
            int[][] groups = new int[sizes.length][];
            int position = 0;
            for (int g = 0; g < sizes.length; g++) {
                groups[g] = Arrays.copyOfRange(order, position, position + sizes[g]);
                position += sizes[g];
            }
            builder.add(groups, profile.weight(r));
        }
        return builder.candidateNames(items).build();
    }

    public Items candidates() {
        return candidates;
    }

    public int candidateCount() {
        return candidates.size();
    }

    /** Number of distinct ballots. */
    public int size() {
        return weights.length;
    }

    /** The weight (number of voters, or their total weight) of distinct ballot {@code b}. */
    public double weight(int b) {
        return weights[b];
    }

    /** Total weight of all ballots. */
    public double totalWeight() {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        return total;
    }

    /**
     * The tied group of candidate {@code c} on ballot {@code b}: 0 for the first group; candidates
     * the ballot does not rank share level {@link #groupCount(int) groupCount(b)}, below all others.
     */
    public int level(int b, int c) {
        return levels[b][c];
    }

    /** Number of ranked tied groups on ballot {@code b} (unranked candidates are not counted). */
    public int groupCount(int b) {
        return groupCounts[b];
    }

    public boolean ranks(int b, int c) {
        return levels[b][c] < groupCounts[b];
    }

    /** Whether ballot {@code b} strictly prefers {@code x} to {@code y}. */
    public boolean prefers(int b, int x, int y) {
        return levels[b][x] < levels[b][y];
    }

    /** The ranked groups of ballot {@code b}, best first. */
    public int[][] groups(int b) {
        int[] sizes = new int[groupCounts[b]];
        for (int level : levels[b]) {
            if (level < sizes.length) {
                sizes[level]++;
            }
        }
        int[][] groups = new int[sizes.length][];
        for (int g = 0; g < sizes.length; g++) {
            groups[g] = new int[sizes[g]];
        }
        int[] filled = new int[sizes.length];
        for (int c = 0; c < levels[b].length; c++) {
            int level = levels[b][c];
            if (level < sizes.length) {
                groups[level][filled[level]++] = c;
            }
        }
        return groups;
    }

    /** Whether every ballot ranks every candidate with no ties (a PrefLib .soc profile). */
    public boolean strictAndComplete() {
        int m = candidates.size();
        for (int b = 0; b < levels.length; b++) {
            if (groupCounts[b] != m) {
                return false;
            }
        }
        return true;
    }

    public boolean hasScores() {
        return scores != null;
    }

    /** The score ballot {@code b} gives candidate {@code c}, {@code NaN} when it gives none. */
    public double score(int b, int c) {
        if (scores == null) {
            throw new IllegalStateException("these ballots carry no scores");
        }
        return scores[b][c];
    }

    /**
     * Whether ballot {@code b} approves candidate {@code c}, i.e. ranks it in its first group.
     * This is the approval reading only of {@link #dichotomous() dichotomous} ballots; rules that
     * need approvals check that first (or use {@link #approvingTop(int)}).
     */
    public boolean approves(int b, int c) {
        return levels[b][c] == 0 && groupCounts[b] > 0;
    }

    /** Whether every ballot is dichotomous, i.e. can be read as an approval ballot. */
    public boolean dichotomous() {
        int m = candidates.size();
        for (int b = 0; b < levels.length; b++) {
            boolean unranked = groupCounts[b] < m && hasUnranked(b);
            if (groupCounts[b] + (unranked ? 1 : 0) > 2) {
                return false;
            }
        }
        return true;
    }

    private boolean hasUnranked(int b) {
        for (int level : levels[b]) {
            if (level == groupCounts[b]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The k-approval reading of these ballots: each ballot approves the candidates in its first
     * groups up to and including the group that holds its k-th ranked candidate (ties are kept
     * whole, so a ballot may approve more than k).
     */
    public Ballots approvingTop(int k) {
        Require.atLeast("approve-top", k, 1);
        Builder builder = builder().candidateNames(candidates);
        for (int c = 0; c < candidates.size(); c++) {
            builder.candidate(candidates.id(c));
        }
        for (int b = 0; b < levels.length; b++) {
            int[][] groups = groups(b);
            int taken = 0;
            int g = 0;
            while (g < groups.length && taken < k) {
                taken += groups[g++].length;
            }
            int[] approved = new int[taken];
            int position = 0;
            for (int i = 0; i < g; i++) {
                System.arraycopy(groups[i], 0, approved, position, groups[i].length);
                position += groups[i].length;
            }
            builder.add(new int[][] {approved}, weights[b]);
        }
        return builder.build();
    }

    /** The pairwise majority matrix (computed once). */
    public MajorityMatrix majority() {
        MajorityMatrix result = majority;
        if (result == null) {
            result = MajorityMatrix.of(this);
            majority = result;
        }
        return result;
    }

    /**
     * The same ballots restricted to some candidates (in the given order, which becomes their new
     * numbering); other candidates disappear from every ballot, and groups left empty close up.
     */
    public Ballots restrictedTo(int[] keep) {
        Builder builder = builder().candidateNames(candidates);
        for (int c : keep) {
            builder.candidate(candidates.id(c));
        }
        int[] newIndex = new int[candidates.size()];
        Arrays.fill(newIndex, -1);
        for (int i = 0; i < keep.length; i++) {
            newIndex[keep[i]] = i;
        }
        for (int b = 0; b < levels.length; b++) {
            List<int[]> groups = new ArrayList<>();
            for (int[] group : groups(b)) {
                int[] kept = Arrays.stream(group).map(c -> newIndex[c]).filter(c -> c >= 0).toArray();
                if (kept.length > 0) {
                    groups.add(kept);
                }
            }
            double[] keptScores = null;
            if (scores != null) {
                keptScores = new double[keep.length];
                for (int i = 0; i < keep.length; i++) {
                    keptScores[i] = scores[b][keep[i]];
                }
            }
            if (keptScores != null) {
                builder.addScores(keptScores, weights[b]);
            } else {
                builder.add(groups.toArray(new int[0][]), weights[b]);
            }
        }
        return builder.build();
    }

    /**
     * Accumulates ballots, merging identical ones. Candidates are numbered in order of first
     * appearance (or of {@link #candidate(String)} calls). Not thread-safe.
     */
    public static final class Builder {
        private final Items.Builder items = new Items.Builder();
        private final HashMap<Key, Integer> index = new HashMap<>();
        /** Per distinct ranked ballot, its groups flattened as {@link Key} describes. */
        private final List<int[]> flatGroups = new ArrayList<>();
        private final List<double[]> scoreRows = new ArrayList<>();
        private double[] weights = new double[16];
        private boolean scored;
        private boolean ranked;
        private Items names;

        /** Registers a candidate (even one no ballot mentions) and returns its index. */
        public int candidate(String id) {
            return items.intern(id);
        }

        /** Display names for the candidates, taken from {@code names} by id where it has one. */
        public Builder candidateNames(Items names) {
            this.names = names;
            return this;
        }

        /** Adds a ballot given as tied groups of candidate ids, best first. */
        public Builder add(List<List<String>> groupIds, double weight) {
            int[][] groupIndices = new int[groupIds.size()][];
            for (int g = 0; g < groupIndices.length; g++) {
                List<String> group = groupIds.get(g);
                groupIndices[g] = new int[group.size()];
                for (int i = 0; i < groupIndices[g].length; i++) {
                    groupIndices[g][i] = items.intern(group.get(i));
                }
            }
            return add(groupIndices, weight);
        }

        /** Adds a ballot given as tied groups of candidate indices, best first. */
        public Builder add(int[][] groupIndices, double weight) {
            if (scored) {
                throw new IllegalStateException("cannot mix ranked ballots with score ballots");
            }
            ranked = true;
            int length = groupIndices.length;
            for (int[] group : groupIndices) {
                length += group.length;
            }
            int[] flat = new int[length];
            int position = 0;
            for (int[] group : groupIndices) {
                System.arraycopy(group, 0, flat, position, group.length);
                Arrays.sort(flat, position, position + group.length);
                position += group.length;
                flat[position++] = -1;
            }
            return put(new Key(flat, null), weight);
        }

        /** Adds a score ballot by candidate id (a candidate missing from the map has no score). */
        public Builder addScores(Map<String, Double> scoresById, double weight) {
            double[] row = new double[0];
            for (Map.Entry<String, Double> entry : scoresById.entrySet()) {
                int c = items.intern(entry.getKey());
                if (c >= row.length) {
                    int old = row.length;
                    row = Arrays.copyOf(row, c + 1);
                    Arrays.fill(row, old, row.length, Double.NaN);
                }
                row[c] = entry.getValue();
            }
            return addScores(row, weight);
        }

        /** Adds a score ballot by candidate index; {@code NaN} (or a short array) means no score. */
        public Builder addScores(double[] scoresByIndex, double weight) {
            if (ranked) {
                throw new IllegalStateException("cannot mix score ballots with ranked ballots");
            }
            scored = true;
            int length = scoresByIndex.length;
            while (length > 0 && Double.isNaN(scoresByIndex[length - 1])) {
                length--;
            }
            return put(new Key(null, Arrays.copyOf(scoresByIndex, length)), weight);
        }

        private Builder put(Key key, double weight) {
            Require.nonNegative("weight", weight);
            Integer b = index.get(key);
            if (b == null) {
                b = index.size();
                index.put(key, b);
                flatGroups.add(key.flatGroups);
                scoreRows.add(key.scores);
                if (b == weights.length) {
                    weights = Arrays.copyOf(weights, 2 * b);
                }
            }
            weights[b] += weight;
            return this;
        }

        public Ballots build() {
            Items candidates = items.build();
            if (names != null) {
                Map<String, String> byId = new HashMap<>();
                for (int i = 0; i < names.size(); i++) {
                    byId.put(names.id(i), names.name(i));
                }
                candidates = candidates.withNames(byId);
            }
            int m = candidates.size();
            int n = index.size();
            int[][] levels = new int[n][];
            int[] groupCounts = new int[n];
            double[][] scores = scored ? new double[n][] : null;
            for (int b = 0; b < n; b++) {
                int[] flat = scored ? flatten(VoteResult.groupsByScore(scoreRows.get(b))) : flatGroups.get(b);
                if (scored) {
                    double[] row = Arrays.copyOf(scoreRows.get(b), m);
                    Arrays.fill(row, scoreRows.get(b).length, m, Double.NaN);
                    scores[b] = row;
                }
                int groupCount = 0;
                for (int entry : flat) {
                    groupCount += entry < 0 ? 1 : 0;
                }
                int[] level = new int[m];
                Arrays.fill(level, groupCount);
                boolean[] seen = new boolean[m];
                int g = 0;
                for (int c : flat) {
                    if (c < 0) {
                        g++;
                        continue;
                    }
                    if (seen[c]) {
                        throw new DataException("candidate '" + candidates.id(c) + "' appears twice on a ballot");
                    }
                    seen[c] = true;
                    level[c] = g;
                }
                levels[b] = level;
                groupCounts[b] = groupCount;
            }
            return new Ballots(candidates, levels, groupCounts, Arrays.copyOf(weights, n), scores);
        }

        private static int[] flatten(List<int[]> groups) {
            int length = groups.size();
            for (int[] group : groups) {
                length += group.length;
            }
            int[] flat = new int[length];
            int position = 0;
            for (int[] group : groups) {
                System.arraycopy(group, 0, flat, position, group.length);
                position += group.length;
                flat[position++] = -1;
            }
            return flat;
        }

        /**
         * A distinct ballot: a ranked one as its groups flattened (each group's candidates in
         * increasing order, then -1), a score one as its score row without trailing {@code NaN}s.
         * Hashed once; compared as arrays.
         */
        private static final class Key {
            private final int[] flatGroups;
            private final double[] scores;
            private final int hash;

            Key(int[] flatGroups, double[] scores) {
                this.flatGroups = flatGroups;
                this.scores = scores;
                this.hash = flatGroups != null ? Arrays.hashCode(flatGroups) : 31 * Arrays.hashCode(scores) + 1;
            }

            @Override
            public boolean equals(Object other) {
                return other instanceof Key that && hash == that.hash && Arrays.equals(flatGroups, that.flatGroups)
                        && Arrays.equals(scores, that.scores);
            }

            @Override
            public int hashCode() {
                return hash;
            }
        }
    }
}
