package dev.ordinal.select;

import dev.ordinal.error.DataException;
import dev.ordinal.error.Require;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.RankBreaking;
import java.util.Arrays;
import org.apache.commons.numbers.gamma.RegularizedBeta;

/**
 * What a matchmaking strategy may look at: the items (some inactive), how many items a battle
 * shows ({@code k}), every pair's comparison and win counts, how many battles have been run, and
 * the current estimate of every item's log-strength (natural-log scale, as Bradley–Terry's) with its
 * standard deviation. Whoever runs the arena records outcomes here and refreshes the estimates
 * (after every battle or in batches); strategies only read. Counts are primitive arrays indexed
 * {@code i * n + j}, and again per item as a contiguous adjacency list (partner, comparisons,
 * wins) ordered by partner, so that a strategy visiting every compared pair reads memory
 * sequentially instead of missing the cache on each n × n lookup. Not thread-safe.
 */
public final class ArenaState {
    private final int n;
    private final int k;
    private final boolean[] active;
    private int activeCount;
    private final long[] comparisons;
    private final double[] wins;
    private final long[] appearances;
    private final int[][] partners;
    private final int[] partnerCounts;
    /** Per item, how many of its partners are active. */
    private final int[] activePartners;
    /** Per item, how many of its partners are numbered below it. */
    private final int[] partnersBelow;
    /** Per item, the most comparisons with any one partner. */
    private final long[] mostComparisons;
    /** The adjacency lists, each ordered by partner; parallel arrays. */
    private final int[][] sortedPartners;
    /** Position + 1 of j in i's adjacency list at {@code i * n + j}, 0 when never compared. */
    private final int[] slot;
    private final double[][] partnerComparisons;
    private final double[][] partnerWins;
    /** P(the lower-numbered item of the pair is preferred) per adjacency entry; NaN when stale. */
    private final double[][] partnerAhead;
    private final boolean[] aheadStale;
    private final double[] mean;
    private final double[] sd;
    private long battles;

    /**
     * @param items number of items, at least {@code k}
     * @param k     items per battle, at least 2
     */
    public ArenaState(int items, int k) {
        Require.atLeast("k", k, 2);
        if (items < k) {
            throw new DataException("battles of k=" + k + " items need at least " + k + " items, got " + items);
        }
        this.n = items;
        this.k = k;
        this.active = new boolean[items];
        Arrays.fill(active, true);
        this.activeCount = items;
        this.comparisons = new long[items * items];
        this.wins = new double[items * items];
        this.appearances = new long[items];
        this.partners = new int[items][];
        Arrays.fill(partners, new int[0]);
        this.partnerCounts = new int[items];
        this.activePartners = new int[items];
        this.partnersBelow = new int[items];
        this.mostComparisons = new long[items];
        this.sortedPartners = new int[items][];
        Arrays.fill(sortedPartners, new int[0]);
        this.slot = new int[items * items];
        this.partnerComparisons = new double[items][];
        Arrays.fill(partnerComparisons, new double[0]);
        this.partnerWins = new double[items][];
        Arrays.fill(partnerWins, new double[0]);
        this.partnerAhead = new double[items][];
        Arrays.fill(partnerAhead, new double[0]);
        this.aheadStale = new boolean[items];
        this.mean = new double[items];
        this.sd = new double[items];
        Arrays.fill(sd, 1.0);
    }

    public int itemCount() {
        return n;
    }

    /** Items per battle. */
    public int k() {
        return k;
    }

    public boolean active(int item) {
        return active[item];
    }

    public int activeCount() {
        return activeCount;
    }

    /**
     * Retires or restores an item; strategies propose active items only. O(1) when the flag does
     * not change, else O(the item's partners).
     */
    public void setActive(int item, boolean isActive) {
        if (active[item] == isActive) {
            return;
        }
        if (!isActive && activeCount == k) {
            throw new DataException("at least k=" + k + " items must stay active");
        }
        active[item] = isActive;
        activeCount += isActive ? 1 : -1;
        for (int p = 0; p < partnerCounts[item]; p++) {
            activePartners[partners[item][p]] += isActive ? 1 : -1;
        }
    }

    /** How often {@code i} and {@code j} have been compared (symmetric). */
    public long comparisons(int i, int j) {
        return comparisons[i * n + j];
    }

    /** How often {@code i} beat {@code j}, a tie counting half. */
    public double wins(int i, int j) {
        return wins[i * n + j];
    }

    /** With how many distinct items {@code item} has been compared at least once. */
    public int partnerCount(int item) {
        return partnerCounts[item];
    }

    /**
     * The {@code index}-th distinct item compared with {@code item}, in order of first comparison;
     * lets strategies visit only the compared pairs (every other pair has no record at all).
     */
    public int partner(int item, int index) {
        if (index >= partnerCounts[item]) {
            throw new IndexOutOfBoundsException("item " + item + " has " + partnerCounts[item] + " partners, asked for #" + index);
        }
        return partners[item][index];
    }

    /** The active flags, indexed by item; package-private and read-only, for tight loops. */
    boolean[] activeFlags() {
        return active;
    }

    /** With how many active items {@code item} has been compared. */
    int activePartnerCount(int item) {
        return activePartners[item];
    }

    /**
     * How many of {@code item}'s partners are numbered below it: where its higher-numbered
     * partners begin in {@link #partnerList}.
     */
    int partnersBelow(int item) {
        return partnersBelow[item];
    }

    /** The most times {@code item} has been compared with any one item (0 if never compared). */
    long mostComparisons(int item) {
        return mostComparisons[item];
    }

    /**
     * {@code item}'s partners in increasing order (the first {@link #partnerCount} entries),
     * read-only; the adjacency lists below use the same positions.
     */
    int[] partnerList(int item) {
        return sortedPartners[item];
    }

    /** n_ij for the partners of {@link #partnerList}, same positions, read-only. */
    double[] partnerComparisonList(int item) {
        return partnerComparisons[item];
    }

    /** w_ij (ties half) for the partners of {@link #partnerList}, same positions, read-only. */
    double[] partnerWinList(int item) {
        return partnerWins[item];
    }

    /**
     * For the partners j of {@link #partnerList}, same positions: the posterior probability that
     * the lower-numbered item of the pair is preferred, P(θ_lh &gt; ½) with θ_lh ~ Beta(w_lh + 1,
     * w_hl + 1), l = min(item, j), h = max(item, j), i.e. the regularized incomplete beta
     * I_½(w_hl + 1, w_lh + 1). Both items of a pair hold the very same number, so two strategies'
     * views of one pair cannot disagree by a rounding. Computed lazily for the pairs whose counts
     * changed since the last call and cached: double Thompson sampling's first stage only asks
     * whether θ &gt; ½, which is one Bernoulli trial per pair instead of a Beta variate.
     */
    double[] partnerLowerAheadList(int item) {
        double[] ahead = partnerAhead[item];
        if (aheadStale[item]) {
            int[] with = sortedPartners[item];
            double[] pairs = partnerComparisons[item];
            double[] won = partnerWins[item];
            for (int p = 0; p < partnerCounts[item]; p++) {
                if (Double.isNaN(ahead[p])) {
                    double lowWins = item < with[p] ? won[p] : pairs[p] - won[p];
                    ahead[p] = RegularizedBeta.value(0.5, pairs[p] - lowWins + 1, lowWins + 1);
                }
            }
            aheadStale[item] = false;
        }
        return ahead;
    }

    /** In how many battles {@code item} appeared. */
    public long appearances(int item) {
        return appearances[item];
    }

    /** Battles recorded so far. */
    public long battles() {
        return battles;
    }

    /** Current log-strength estimate of {@code item}. */
    public double mean(int item) {
        return mean[item];
    }

    /** Standard deviation of that estimate. */
    public double sd(int item) {
        return sd[item];
    }

    /** Replaces the estimates (log-strengths and their standard deviations). */
    public void setEstimates(double[] means, double[] sds) {
        if (means.length != n || sds.length != n) {
            throw new IllegalArgumentException("expected " + n + " estimates");
        }
        System.arraycopy(means, 0, mean, 0, n);
        System.arraycopy(sds, 0, sd, 0, n);
    }

    /**
     * Records one battle's result as an ordering of its items in tied groups, best first: every
     * item beats those in later groups and ties (half a win each) with those in its own group
     * ({@link RankBreaking}).
     */
    public void record(int[][] groups) {
        battles++;
        for (int[] group : groups) {
            for (int item : group) {
                appearances[item]++;
            }
        }
        RankBreaking.forEachPair(groups, (x, y, outcome) -> {
            if (outcome == Outcome.TIE) {
                pair(x, y, 0.5, 0.5);
            } else {
                pair(x, y, 1, 0);
            }
        });
    }

    /** Records a pairwise battle: {@code winner} beat {@code loser}, or they tied. */
    public void recordPair(int winner, int loser, boolean tie) {
        record(tie ? new int[][] {{winner, loser}} : new int[][] {{winner}, {loser}});
    }

    private void pair(int x, int y, double xWins, double yWins) {
        if (comparisons[x * n + y] == 0) {
            addPartner(x, y);
            addPartner(y, x);
        }
        long count = ++comparisons[x * n + y];
        comparisons[y * n + x] = count;
        mostComparisons[x] = Math.max(mostComparisons[x], count);
        mostComparisons[y] = Math.max(mostComparisons[y], count);
        wins[x * n + y] += xWins;
        wins[y * n + x] += yWins;
        updatePartner(x, y, xWins);
        updatePartner(y, x, yWins);
    }

    private void updatePartner(int item, int partner, double itemWins) {
        int at = slot[item * n + partner] - 1;
        partnerComparisons[item][at]++;
        partnerWins[item][at] += itemWins;
        partnerAhead[item][at] = Double.NaN;
        aheadStale[item] = true;
    }

    private void addPartner(int item, int partner) {
        int count = partnerCounts[item];
        if (count == partners[item].length) {
            int capacity = Math.max(4, 2 * count);
            partners[item] = Arrays.copyOf(partners[item], capacity);
            sortedPartners[item] = Arrays.copyOf(sortedPartners[item], capacity);
            partnerComparisons[item] = Arrays.copyOf(partnerComparisons[item], capacity);
            partnerWins[item] = Arrays.copyOf(partnerWins[item], capacity);
            partnerAhead[item] = Arrays.copyOf(partnerAhead[item], capacity);
        }
        partners[item][count] = partner;
        // insert into the sorted adjacency list: O(partners) once per new pair
        int[] sorted = sortedPartners[item];
        int at = -Arrays.binarySearch(sorted, 0, count, partner) - 1;
        int moved = count - at;
        System.arraycopy(sorted, at, sorted, at + 1, moved);
        System.arraycopy(partnerComparisons[item], at, partnerComparisons[item], at + 1, moved);
        System.arraycopy(partnerWins[item], at, partnerWins[item], at + 1, moved);
        System.arraycopy(partnerAhead[item], at, partnerAhead[item], at + 1, moved);
        sorted[at] = partner;
        partnerComparisons[item][at] = 0;
        partnerWins[item][at] = 0;
        partnerAhead[item][at] = Double.NaN;
        for (int p = at; p <= count; p++) {
            slot[item * n + sorted[p]] = p + 1;
        }
        partnerCounts[item] = count + 1;
        activePartners[item] += active[partner] ? 1 : 0;
        partnersBelow[item] += partner < item ? 1 : 0;
    }
}
