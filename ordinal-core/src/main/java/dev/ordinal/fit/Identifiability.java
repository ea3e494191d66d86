package dev.ordinal.fit;

import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Whether a finite maximum-likelihood estimate exists: exactly when the directed graph of
 * "winner → loser" support edges is strongly connected (L. R. Ford Jr., American Mathematical
 * Monthly 64:28–33, 1957; Hunter 2004, assumption A1). Runs in O(items + edges) with
 * Kosaraju's two depth-first passes.
 */
public final class Identifiability {
    private static final int NAMES_SHOWN = 5;

    private Identifiability() {
    }

    /** True when {@code likelihood}'s support graph is strongly connected. */
    public static boolean hasFiniteEstimate(Likelihood likelihood) {
        int[] component = strongComponents(graph(likelihood));
        return Arrays.stream(component).allMatch(c -> c == 0);
    }

    /** The number of support edges (with repeats, as the likelihood reports them): a cheap fingerprint. */
    public static long supportEdgeCount(Likelihood likelihood) {
        long[] count = new long[1];
        likelihood.forEachSupportEdge((winner, loser) -> count[0]++);
        return count[0];
    }

    /** A description of why there is no finite estimate, or empty when there is one. */
    public static Optional<NoFiniteEstimateException> diagnose(Likelihood likelihood, Items items) {
        Graph graph = graph(likelihood);
        int n = graph.size();
        int[] strong = strongComponents(graph);
        int strongCount = Arrays.stream(strong).max().orElse(-1) + 1;
        if (strongCount <= 1) {
            return Optional.empty();
        }
        int[] weak = weakComponents(graph);
        int weakCount = Arrays.stream(weak).max().orElse(-1) + 1;
        List<List<String>> disconnected = new ArrayList<>();
        if (weakCount > 1) {
            disconnected = groups(weak, weakCount, items);
        }
        boolean[] beaten = new boolean[strongCount];
        boolean[] won = new boolean[strongCount];
        for (int winner = 0; winner < n; winner++) {
            for (int loser : graph.out(winner)) {
                if (strong[winner] != strong[loser]) {
                    beaten[strong[loser]] = true;
                    won[strong[winner]] = true;
                }
            }
        }
        List<List<String>> strongGroups = groups(strong, strongCount, items);
        List<List<String>> unbeaten = new ArrayList<>();
        List<List<String>> winless = new ArrayList<>();
        if (weakCount == 1) {
            for (int c = 0; c < strongCount; c++) {
                if (!beaten[c]) {
                    unbeaten.add(strongGroups.get(c));
                }
                if (!won[c]) {
                    winless.add(strongGroups.get(c));
                }
            }
        }
        StringBuilder message = new StringBuilder("no finite maximum-likelihood estimate: ");
        if (weakCount > 1) {
            message.append("the comparison graph falls into ").append(weakCount)
                    .append(" groups with no judgments between them: ")
                    .append(disconnected.stream().map(Identifiability::describe).collect(Collectors.joining("; ")))
                    .append(". Ratings in different groups cannot be compared");
        } else {
            List<String> reasons = new ArrayList<>();
            unbeaten.forEach(g -> reasons.add(describe(g) + (g.size() == 1 ? " never lost" : " never lost to any item outside this group")));
            winless.forEach(g -> reasons.add(describe(g) + (g.size() == 1 ? " never won" : " never won against any item outside this group")));
            message.append(String.join("; ", reasons))
                    .append(", so the estimate runs off to infinity");
        }
        return Optional.of(new NoFiniteEstimateException(message.toString(), disconnected, unbeaten, winless));
    }

    private static String describe(List<String> group) {
        String shown = group.stream().limit(NAMES_SHOWN).map(name -> "'" + name + "'").collect(Collectors.joining(", "));
        if (group.size() > NAMES_SHOWN) {
            shown += " and " + (group.size() - NAMES_SHOWN) + " more";
        }
        return group.size() == 1 ? shown : "{" + shown + "}";
    }

    private static List<List<String>> groups(int[] component, int count, Items items) {
        List<List<String>> groups = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            groups.add(new ArrayList<>());
        }
        for (int i = 0; i < component.length; i++) {
            groups.get(component[i]).add(items.name(i));
        }
        return groups;
    }

    /** Adjacency in compressed rows: out-edges and in-edges. */
    private record Graph(int[] outStart, int[] outTarget, int[] inStart, int[] inTarget) {
        int size() {
            return outStart.length - 1;
        }

        int[] out(int node) {
            return Arrays.copyOfRange(outTarget, outStart[node], outStart[node + 1]);
        }
    }

    private static Graph graph(Likelihood likelihood) {
        int n = likelihood.itemCount();
        int[] outDegree = new int[n + 1];
        int[] inDegree = new int[n + 1];
        likelihood.forEachSupportEdge((winner, loser) -> {
            outDegree[winner + 1]++;
            inDegree[loser + 1]++;
        });
        for (int i = 0; i < n; i++) {
            outDegree[i + 1] += outDegree[i];
            inDegree[i + 1] += inDegree[i];
        }
        int[] outTarget = new int[outDegree[n]];
        int[] inTarget = new int[inDegree[n]];
        int[] outFill = Arrays.copyOf(outDegree, n);
        int[] inFill = Arrays.copyOf(inDegree, n);
        likelihood.forEachSupportEdge((winner, loser) -> {
            outTarget[outFill[winner]++] = loser;
            inTarget[inFill[loser]++] = winner;
        });
        return new Graph(outDegree, outTarget, inDegree, inTarget);
    }

    /** Strongly connected component of every node, numbered 0.. (Kosaraju), iteratively. */
    private static int[] strongComponents(Graph graph) {
        int n = graph.size();
        int[] finishOrder = new int[n];
        int finished = 0;
        boolean[] visited = new boolean[n];
        int[] stack = new int[n];
        int[] cursor = new int[n];
        for (int root = 0; root < n; root++) {
            if (visited[root]) {
                continue;
            }
            int depth = 0;
            stack[depth++] = root;
            visited[root] = true;
            cursor[root] = graph.outStart[root];
            while (depth > 0) {
                int node = stack[depth - 1];
                if (cursor[node] < graph.outStart[node + 1]) {
                    int next = graph.outTarget[cursor[node]++];
                    if (!visited[next]) {
                        visited[next] = true;
                        cursor[next] = graph.outStart[next];
                        stack[depth++] = next;
                    }
                } else {
                    finishOrder[finished++] = node;
                    depth--;
                }
            }
        }
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int components = 0;
        for (int k = n - 1; k >= 0; k--) {
            int root = finishOrder[k];
            if (component[root] >= 0) {
                continue;
            }
            int depth = 0;
            stack[depth++] = root;
            component[root] = components;
            while (depth > 0) {
                int node = stack[--depth];
                for (int e = graph.inStart[node]; e < graph.inStart[node + 1]; e++) {
                    int previous = graph.inTarget[e];
                    if (component[previous] < 0) {
                        component[previous] = components;
                        stack[depth++] = previous;
                    }
                }
            }
            components++;
        }
        return component;
    }

    /** Connected component of every node, ignoring edge direction. */
    private static int[] weakComponents(Graph graph) {
        int n = graph.size();
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] stack = new int[n];
        int components = 0;
        for (int root = 0; root < n; root++) {
            if (component[root] >= 0) {
                continue;
            }
            int depth = 0;
            stack[depth++] = root;
            component[root] = components;
            while (depth > 0) {
                int node = stack[--depth];
                for (int e = graph.outStart[node]; e < graph.outStart[node + 1]; e++) {
                    int next = graph.outTarget[e];
                    if (component[next] < 0) {
                        component[next] = components;
                        stack[depth++] = next;
                    }
                }
                for (int e = graph.inStart[node]; e < graph.inStart[node + 1]; e++) {
                    int next = graph.inTarget[e];
                    if (component[next] < 0) {
                        component[next] = components;
                        stack[depth++] = next;
                    }
                }
            }
            components++;
        }
        return component;
    }
}
