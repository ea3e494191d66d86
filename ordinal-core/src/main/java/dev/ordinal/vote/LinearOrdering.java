package dev.ordinal.vote;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.Require;
import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The linear ordering problem that Kemeny and Slater both solve: given a weight {@code w(x, y) ≥ 0}
 * for placing candidate x before candidate y, find an order of all candidates that maximises the
 * sum of {@code w(x, y)} over its ordered pairs (its <em>agreement</em>). Kemeny weighs a pair by
 * the ballots that support it, Slater by whether a strict majority does.
 *
 * <p>Three steps. (1) Decomposition: the strongly connected components of the digraph with an arc
 * x → y whenever {@code w(x, y) ≥ w(y, x)} are totally ordered, every candidate of an earlier
 * component strictly beating every candidate of a later one; every optimal order lists the
 * components in that order (the extended Condorcet criterion: Truchon, "An extension of the
 * Condorcet criterion and Kemeny orders", 1998; Betzler, Bredereck and Niedermeier, "Theoretical and
 * empirical evaluation of data reduction for exact Kemeny rank aggregation", 2014), because an
 * adjacent pair out of that order could be swapped for a strict gain. Pairs tied both ways put their
 * candidates in the same component. (2) Each component of at most {@code exactLimit} candidates is
 * solved exactly by dynamic programming over subsets (Held–Karp style): {@code best[S]} is the best
 * agreement among the pairs inside S over all orders of S, and {@code best[S ∪ {v}] = max best[S] +
 * Σ_{u∈S} w(u, v)} with v placed last; the inner sum is two table look-ups (the weights into v from
 * the low and the high half of S's bits), so a component of k candidates costs O(2^k k) time and
 * 2^k doubles. (3) A larger component is ordered by local search with insertion moves from the
 * net-score order and from seeded random orders, and is bounded above by the sum over its pairs of
 * {@code max(w(x, y), w(y, x))} less, for a greedy packing of arc-disjoint majority 3-cycles, the
 * smallest margin on each cycle (every order reverses at least one arc of each cycle).
 */
final class LinearOrdering {
    static final int DEFAULT_EXACT_LIMIT = 22;
    static final int DEFAULT_RESTARTS = 8;
    static final int DEFAULT_SEED = 1;
    /** 2^25 doubles (256 MiB) is as much memory as one component may take. */
    static final int MAX_EXACT_LIMIT = 25;

    private final int exactLimit;
    private final int restarts;
    private final long seed;

    LinearOrdering(int exactLimit, int restarts, long seed) {
        Require.within("exact-limit", exactLimit, 0, MAX_EXACT_LIMIT);
        Require.atLeast("restarts", restarts, 1);
        this.exactLimit = exactLimit;
        this.restarts = restarts;
        this.seed = seed;
    }



    /** An optimal (or, beyond the exact limit, a locally optimal) order and what is known about it. */
    record Solution(int[] order, List<int[]> groups, double agreement, double upperBound, List<int[]> components,
            boolean[] exact, int[] possibleWinners, boolean unique, double total, double tolerance) {
        boolean provenOptimal() {
            return upperBound - agreement <= tolerance;
        }

        /**
         * The result of a rule built on this solver: one optimal order as the ranking, the candidates
         * first in some optimal order as winners, and the objective, bound and decomposition as the
         * explanation; the distance the rule minimises is {@code total − agreement}, where {@code total}
         * is the sum of all weights.
         */
        VoteResult result(String rule, Ballots ballots, String agreementName, String distanceName) {
            Items candidates = ballots.candidates();
            VoteResult.Builder result = VoteResult.builder(rule, candidates).ranking(groups).winners(possibleWinners);
            result.note("Objective: the order's " + agreementName + " is " + Explanation.number(agreement)
                    + ", its " + distanceName + " is " + Explanation.number(total - agreement) + " (the two add up to "
                    + Explanation.number(total) + ").");
            boolean allExact = IntStream.range(0, exact.length).allMatch(i -> exact[i]);
            if (allExact) {
                result.note("Proven optimal: every component was solved exactly by dynamic programming over subsets.");
            } else {
                double gap = upperBound - agreement;
                result.note("Beyond the exact limit: components marked 'local search' were ordered heuristically. Upper bound "
                        + Explanation.number(upperBound) + " (pairwise maxima less a packing of majority 3-cycles); gap "
                        + Explanation.number(gap) + (provenOptimal() ? ", so this order is proven optimal."
                        : "; the order is not proven optimal."));
            }
            if (allExact) {
                result.note(unique ? "This optimal order is unique."
                        : "Other orders are optimal too: the objective is that of the order "
                        + names(order, candidates) + "; the ranking ties candidates whose relative order differs between "
                        + "optimal orders, and the candidates first in some optimal order are the winners: "
                        + names(possibleWinners, candidates) + ".");
            } else {
                result.note("Whether other orders are optimal is not known beyond the exact limit; the winners are the "
                        + "candidates first in some optimal order of the first component when it was solved exactly, "
                        + "else the first candidate found.");
            }
            List<List<String>> rows = new ArrayList<>();
            for (int i = 0; i < components.size(); i++) {
                rows.add(List.of(Integer.toString(i + 1), names(components.get(i), candidates),
                        exact[i] ? "exact" : "local search"));
            }
            result.table("Components of the majority graph, best first (each beats every later one)",
                    List.of("component", "candidates, in the order found", "method"), rows);
            return result.explain(Explanation.builder().margins(ballots.majority(), candidates).build()).build();
        }

        private static String names(int[] indices, Items candidates) {
            return Arrays.stream(indices).mapToObj(candidates::name).collect(Collectors.joining(", "));
        }
    }

    /** The weight of placing candidate x before candidate y. */
    @FunctionalInterface
    interface PairWeight {
        double weight(int x, int y);
    }

    /**
     * Applies a rule built on this solver: solves for the weights and reports the result (see
     * {@link Solution#result}); the distance is the sum of all weights less the agreement.
     */
    VoteResult rank(String rule, Ballots ballots, PairWeight weight, String agreementName, String distanceName) {
        int m = ballots.candidateCount();
        double[] w = new double[m * m];
        for (int x = 0; x < m; x++) {
            for (int y = 0; y < m; y++) {
                w[x * m + y] = x == y ? 0 : weight.weight(x, y);
            }
        }
        return solve(m, w).result(rule, ballots, agreementName, distanceName);
    }

    /** Solves the problem for {@code m} candidates with weights {@code w[x * m + y]}. */
    Solution solve(int m, double[] w) {
        double total = 0;
        for (double weight : w) {
            total += weight;
        }
        double tolerance = 1e-9 * Math.max(1, total);
        List<int[]> components = components(m, w);
        int[] order = new int[m];
        int filled = 0;
        boolean[] exact = new boolean[components.size()];
        boolean unique = true;
        double slack = 0;
        int[] possibleWinners = new int[0];
        List<int[]> ordered = new ArrayList<>();
        List<int[]> groups = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            int[] members = components.get(i);
            ComponentOrder solved;
            if (members.length <= exactLimit || members.length == 1) {
                solved = exact(members, m, w, tolerance);
                exact[i] = true;
            } else {
                solved = localSearch(members, m, w, tolerance);
            }
            unique &= solved.unique;
            slack += solved.upperBound - solved.agreement;
            if (i == 0) {
                possibleWinners = solved.firsts;
            }
            System.arraycopy(solved.order, 0, order, filled, members.length);
            filled += members.length;
            ordered.add(solved.order);
            groups.addAll(solved.groups);
        }
        double agreement = agreement(order, m, w);
        return new Solution(order, groups, agreement, agreement + slack, ordered, exact, possibleWinners, unique, total,
                tolerance);
    }

    /** The agreement of {@code order}: the sum of {@code w(x, y)} over x placed before y. */
    static double agreement(int[] order, int m, double[] w) {
        double sum = 0;
        for (int i = 0; i < order.length; i++) {
            int row = order[i] * m;
            for (int j = i + 1; j < order.length; j++) {
                sum += w[row + order[j]];
            }
        }
        return sum;
    }

    /** An order of one component: its agreement inside the component, a bound, and its possible first candidates. */
    private record ComponentOrder(int[] order, double agreement, double upperBound, int[] firsts, boolean unique,
            List<int[]> groups) {
    }

    /**
     * Strongly connected components of the digraph x → y when {@code w(x, y) ≥ w(y, x)} (Tarjan),
     * best first: the digraph is semicomplete, so its components form a chain.
     */
    private static List<int[]> components(int m, double[] w) {
        int[] index = new int[m];
        int[] low = new int[m];
        boolean[] onStack = new boolean[m];
        int[] stack = new int[m];
        Arrays.fill(index, -1);
        List<int[]> found = new ArrayList<>();
        int[] counters = new int[2];
        for (int v = 0; v < m; v++) {
            if (index[v] < 0) {
                strongConnect(v, m, w, index, low, onStack, stack, counters, found);
            }
        }
        List<int[]> bestFirst = new ArrayList<>(found.size());
        for (int i = found.size() - 1; i >= 0; i--) {
            int[] component = found.get(i);
            Arrays.sort(component);
            bestFirst.add(component);
        }
        return bestFirst;
    }

    private static void strongConnect(int v, int m, double[] w, int[] index, int[] low, boolean[] onStack,
            int[] stack, int[] counters, List<int[]> found) {
        index[v] = counters[0];
        low[v] = counters[0]++;
        stack[counters[1]++] = v;
        onStack[v] = true;
        for (int u = 0; u < m; u++) {
            if (u == v || w[v * m + u] < w[u * m + v]) {
                continue;
            }
            if (index[u] < 0) {
                strongConnect(u, m, w, index, low, onStack, stack, counters, found);
                low[v] = Math.min(low[v], low[u]);
            } else if (onStack[u]) {
                low[v] = Math.min(low[v], index[u]);
            }
        }
        if (low[v] == index[v]) {
            int start = counters[1];
            do {
                start--;
                onStack[stack[start]] = false;
            } while (stack[start] != v);
            found.add(Arrays.copyOfRange(stack, start, counters[1]));
            counters[1] = start;
        }
    }

    /** Dynamic programming over the subsets of one component; see the class comment. */
    private static ComponentOrder exact(int[] members, int m, double[] w, double tolerance) {
        int k = members.length;
        int lowBits = k / 2;
        int lowSize = 1 << lowBits;
        int highSize = 1 << (k - lowBits);
        // into[v][T]: the weight of placing the members in T before member v, for T a set of low or of high members.
        double[] intoLow = new double[k * lowSize];
        double[] intoHigh = new double[k * highSize];
        for (int v = 0; v < k; v++) {
            int column = members[v];
            for (int t = 1; t < lowSize; t++) {
                intoLow[v * lowSize + t] = intoLow[v * lowSize + (t & (t - 1))]
                        + w[members[Integer.numberOfTrailingZeros(t)] * m + column];
            }
            for (int t = 1; t < highSize; t++) {
                intoHigh[v * highSize + t] = intoHigh[v * highSize + (t & (t - 1))]
                        + w[members[lowBits + Integer.numberOfTrailingZeros(t)] * m + column];
            }
        }
        int full = (1 << k) - 1;
        double[] best = new double[full + 1];
        Arrays.fill(best, Double.NEGATIVE_INFINITY);
        best[0] = 0;
        int lowMask = lowSize - 1;
        for (int set = 0; set < full; set++) {
            double base = best[set];
            int lowPart = set & lowMask;
            int highPart = set >>> lowBits;
            for (int free = ~set & full; free != 0; free &= free - 1) {
                int v = Integer.numberOfTrailingZeros(free);
                double value = base + intoLow[v * lowSize + lowPart] + intoHigh[v * highSize + highPart];
                int next = set | (1 << v);
                if (value > best[next]) {
                    best[next] = value;
                }
            }
        }
        // Walk back from the full set along tight steps; a second tight step anywhere means a second optimal order.
        int[] order = new int[k];
        boolean unique = true;
        int set = full;
        for (int position = k - 1; position >= 0; position--) {
            int chosen = -1;
            for (int rest = set; rest != 0; rest &= rest - 1) {
                int v = Integer.numberOfTrailingZeros(rest);
                int before = set & ~(1 << v);
                double value = best[before] + intoLow[v * lowSize + (before & lowMask)]
                        + intoHigh[v * highSize + (before >>> lowBits)];
                if (value == best[set] && chosen < 0) {
                    chosen = v;
                } else if (value >= best[set] - tolerance) {
                    unique = false;
                }
            }
            order[position] = chosen;
            set &= ~(1 << chosen);
        }
        // x is first in some optimal order when its weights over all others plus the best order of the rest is optimal.
        int[] firsts = IntStream.range(0, k).filter(x -> {
            double ahead = 0;
            for (int y = 0; y < k; y++) {
                ahead += y == x ? 0 : w[members[x] * m + members[y]];
            }
            return ahead + best[full & ~(1 << x)] >= best[full] - tolerance;
        }).map(x -> members[x]).toArray();
        int[] candidates = Arrays.stream(order).map(v -> members[v]).toArray();
        List<int[]> groups = unique ? singletons(candidates)
                : tiedGroups(order, members, best, intoLow, intoHigh, lowBits, lowSize, highSize, tolerance);
        return new ComponentOrder(candidates, best[full], best[full], firsts, unique, groups);
    }

    private static List<int[]> singletons(int[] order) {
        return Arrays.stream(order).mapToObj(c -> new int[] {c}).toList();
    }

    /**
     * The optimal orders of a component summarised as a weak order: two candidates tie when some
     * optimal order puts the first before the second and another puts it after. A set S begins some
     * optimal order exactly when the best order of S plus the best completion after S is optimal
     * ({@code best[S] + rest[S] = best[full]}); then every member of S can precede every non-member.
     * Candidates linked by such ambiguous pairs form consecutive runs of any optimal order (a candidate
     * between two of them is ambiguous with one of the two), so the runs of {@code order} are the groups.
     * This keeps the ranking free of any silent tie-break: it depends only on the set of optimal orders.
     */
    private static List<int[]> tiedGroups(int[] order, int[] members, double[] best, double[] intoLow, double[] intoHigh,
            int lowBits, int lowSize, int highSize, double tolerance) {
        int k = members.length;
        int full = (1 << k) - 1;
        int lowMask = lowSize - 1;
        double[] rest = new double[full + 1];
        for (int set = full - 1; set >= 0; set--) {
            double value = Double.NEGATIVE_INFINITY;
            int lowPart = set & lowMask;
            int highPart = set >>> lowBits;
            for (int free = ~set & full; free != 0; free &= free - 1) {
                int v = Integer.numberOfTrailingZeros(free);
                value = Math.max(value, intoLow[v * lowSize + lowPart] + intoHigh[v * highSize + highPart] + rest[set | (1 << v)]);
            }
            rest[set] = value;
        }
        int[] canPrecede = new int[k];
        for (int set = 1; set < full; set++) {
            if (best[set] + rest[set] >= best[full] - tolerance) {
                for (int inside = set; inside != 0; inside &= inside - 1) {
                    canPrecede[Integer.numberOfTrailingZeros(inside)] |= ~set & full;
                }
            }
        }
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        for (int position = 1; position <= k; position++) {
            boolean linked = false;
            for (int i = start; i < position && position < k && !linked; i++) {
                for (int j = position; j < k && !linked; j++) {
                    linked = (canPrecede[order[j]] & (1 << order[i])) != 0;
                }
            }
            if (!linked) {
                int[] group = new int[position - start];
                for (int i = start; i < position; i++) {
                    group[i - start] = members[order[i]];
                }
                Arrays.sort(group);
                groups.add(group);
                start = position;
            }
        }
        return groups;
    }

    /** Local search with insertion moves from several starts; the bound is the one in the class comment. */
    private ComponentOrder localSearch(int[] members, int m, double[] w, double tolerance) {
        int k = members.length;
        double[] net = new double[k * k];
        double[] netScore = new double[k];
        for (int x = 0; x < k; x++) {
            for (int y = 0; y < k; y++) {
                net[x * k + y] = x == y ? 0 : w[members[x] * m + members[y]] - w[members[y] * m + members[x]];
                netScore[x] += net[x * k + y];
            }
        }
        SplittableRandom random = new SplittableRandom(seed);
        int[] bestOrder = null;
        double bestValue = Double.NEGATIVE_INFINITY;
        for (int start = 0; start < restarts; start++) {
            int[] order;
            if (start == 0) {
                order = IntStream.range(0, k).boxed().sorted((x, y) -> Double.compare(netScore[y], netScore[x]))
                        .mapToInt(Integer::intValue).toArray();
            } else {
                order = IntStream.range(0, k).toArray();
                for (int i = k - 1; i > 0; i--) {
                    int j = random.nextInt(i + 1);
                    int swap = order[i];
                    order[i] = order[j];
                    order[j] = swap;
                }
            }
            improveByInsertions(order, net, k, tolerance);
            int[] candidates = Arrays.stream(order).map(v -> members[v]).toArray();
            double value = agreement(candidates, m, w);
            if (value > bestValue + tolerance) {
                bestValue = value;
                bestOrder = candidates;
            }
        }
        return new ComponentOrder(bestOrder, bestValue, upperBound(members, m, w), new int[] {bestOrder[0]}, false,
                singletons(bestOrder));
    }

    /** Moves one candidate at a time to the position that gains most, until no move gains. */
    private static void improveByInsertions(int[] order, double[] net, int k, double tolerance) {
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < k; i++) {
                int x = order[i];
                double bestGain = tolerance;
                int target = i;
                double gain = 0;
                for (int j = i - 1; j >= 0; j--) {
                    gain += net[x * k + order[j]];
                    if (gain > bestGain) {
                        bestGain = gain;
                        target = j;
                    }
                }
                gain = 0;
                for (int j = i + 1; j < k; j++) {
                    gain += net[order[j] * k + x];
                    if (gain > bestGain) {
                        bestGain = gain;
                        target = j;
                    }
                }
                if (target < i) {
                    System.arraycopy(order, target, order, target + 1, i - target);
                    order[target] = x;
                    improved = true;
                } else if (target > i) {
                    System.arraycopy(order, i + 1, order, i, target - i);
                    order[target] = x;
                    improved = true;
                }
            }
        }
    }

    /**
     * Σ over pairs of {@code max(w(x, y), w(y, x))}, less the smallest margin of each cycle in a greedy
     * packing of arc-disjoint 3-cycles of strict majorities.
     */
    private static double upperBound(int[] members, int m, double[] w) {
        int k = members.length;
        double bound = 0;
        boolean[] used = new boolean[k * k];
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                bound += Math.max(w[members[a] * m + members[b]], w[members[b] * m + members[a]]);
            }
        }
        for (int a = 0; a < k; a++) {
            for (int b = a + 1; b < k; b++) {
                for (int c = b + 1; c < k; c++) {
                    double ab = margin(members[a], members[b], m, w);
                    double bc = margin(members[b], members[c], m, w);
                    double ca = margin(members[c], members[a], m, w);
                    boolean cyclic = ab > 0 && bc > 0 && ca > 0 || ab < 0 && bc < 0 && ca < 0;
                    if (cyclic && !used[a * k + b] && !used[b * k + c] && !used[a * k + c]) {
                        used[a * k + b] = true;
                        used[b * k + c] = true;
                        used[a * k + c] = true;
                        bound -= Math.min(Math.abs(ab), Math.min(Math.abs(bc), Math.abs(ca)));
                    }
                }
            }
        }
        return bound;
    }

    private static double margin(int x, int y, int m, double[] w) {
        return w[x * m + y] - w[y * m + x];
    }
}
