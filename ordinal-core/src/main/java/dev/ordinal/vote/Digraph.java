package dev.ordinal.vote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Directed graphs on vertices {@code 0..n-1} given as a flat boolean adjacency matrix ({@code
 * arc[x * n + y]} for the arc x → y): strongly connected components, the vertices of the source
 * components, and the layering of an acyclic graph. Shared by the Condorcet-family rules.
 */
final class Digraph {
    private Digraph() {
    }

    /**
     * The strongly connected components (Tarjan 1972, iterative), each ascending, in reverse
     * topological order of the condensation: a component comes before every component that has an
     * arc into it. O(n²).
     */
    static List<int[]> components(boolean[] arc, int n) {
        int[] index = new int[n];
        Arrays.fill(index, -1);
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int stackSize = 0;
        int[] callVertex = new int[n];
        int[] callNext = new int[n];
        int counter = 0;
        List<int[]> components = new ArrayList<>();
        for (int root = 0; root < n; root++) {
            if (index[root] >= 0) {
                continue;
            }
            int depth = 0;
            callVertex[0] = root;
            callNext[0] = 0;
            index[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (depth >= 0) {
                int v = callVertex[depth];
                int w = callNext[depth];
                while (w < n && !(arc[v * n + w] && (index[w] < 0 || onStack[w]))) {
                    w++;
                }
                if (w < n) {
                    callNext[depth] = w + 1;
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        depth++;
                        callVertex[depth] = w;
                        callNext[depth] = 0;
                    } else {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                if (low[v] == index[v]) {
                    int start = stackSize;
                    do {
                        start--;
                        onStack[stack[start]] = false;
                    } while (stack[start] != v);
                    int[] component = Arrays.copyOfRange(stack, start, stackSize);
                    Arrays.sort(component);
                    components.add(component);
                    stackSize = start;
                }
                depth--;
                if (depth >= 0) {
                    int parent = callVertex[depth];
                    low[parent] = Math.min(low[parent], low[v]);
                }
            }
        }
        return components;
    }

    /**
     * Which vertices lie in a source component: a strongly connected component that no arc enters
     * from outside. These are the maximal elements of the transitive closure (Deb 1977).
     */
    static boolean[] inSourceComponents(boolean[] arc, int n) {
        int[] componentOf = new int[n];
        List<int[]> components = components(arc, n);
        for (int c = 0; c < components.size(); c++) {
            for (int v : components.get(c)) {
                componentOf[v] = c;
            }
        }
        boolean[] entered = new boolean[components.size()];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                if (arc[x * n + y] && componentOf[x] != componentOf[y]) {
                    entered[componentOf[y]] = true;
                }
            }
        }
        boolean[] source = new boolean[n];
        for (int v = 0; v < n; v++) {
            source[v] = !entered[componentOf[v]];
        }
        return source;
    }

    /**
     * The layers of an acyclic graph, each ascending: first the vertices no arc enters, then those
     * whose every predecessor is in an earlier layer, and so on (a vertex's layer is the length of
     * the longest path ending at it). O(n²).
     *
     * @throws IllegalArgumentException when the graph has a cycle
     */
    static List<int[]> layers(boolean[] arc, int n) {
        int[] indegree = new int[n];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                if (arc[x * n + y]) {
                    indegree[y]++;
                }
            }
        }
        List<int[]> layers = new ArrayList<>();
        int[] current = IntStream.range(0, n).filter(v -> indegree[v] == 0).toArray();
        int placed = 0;
        while (current.length > 0) {
            layers.add(current);
            placed += current.length;
            int[] next = new int[n];
            int size = 0;
            for (int x : current) {
                for (int y = 0; y < n; y++) {
                    if (arc[x * n + y] && --indegree[y] == 0) {
                        next[size++] = y;
                    }
                }
            }
            current = Arrays.copyOf(next, size);
            Arrays.sort(current);
        }
        if (placed < n) {
            throw new IllegalArgumentException("the graph has a cycle");
        }
        return layers;
    }
}
