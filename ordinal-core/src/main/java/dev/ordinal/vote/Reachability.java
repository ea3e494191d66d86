package dev.ordinal.vote;

/**
 * The transitive closure of an acyclic graph that grows one arc at a time, as bit rows: {@code
 * reaches(x, y)} answers in O(1), and adding an arc x → y that is new to the closure ORs y's row
 * (and y) into the row of every vertex that reaches x, O(n²/64) word operations.
 */
final class Reachability {
    private final int n;
    private final int words;
    private final long[] rows;

    Reachability(int n) {
        this.n = n;
        this.words = (n + 63) >>> 6;
        this.rows = new long[n * words];
    }

    /** Whether a path of one or more arcs leads from x to y. */
    boolean reaches(int x, int y) {
        return (rows[x * words + (y >>> 6)] & (1L << y)) != 0;
    }

    /**
     * Adds the arc x → y, which must not close a cycle (y must not reach x).
     *
     * @throws IllegalArgumentException when it would
     */
    void add(int x, int y) {
        if (x == y || reaches(y, x)) {
            throw new IllegalArgumentException("arc " + x + " → " + y + " would close a cycle");
        }
        if (reaches(x, y)) {
            return;
        }
        int rowY = y * words;
        for (int w = 0; w < n; w++) {
            if (w == x || reaches(w, x)) {
                int rowW = w * words;
                for (int i = 0; i < words; i++) {
                    rows[rowW + i] |= rows[rowY + i];
                }
                rows[rowW + (y >>> 6)] |= 1L << y;
            }
        }
    }

    /** The closure as a flat boolean matrix ({@code [x * n + y]}). */
    boolean[] matrix() {
        boolean[] closure = new boolean[n * n];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                closure[x * n + y] = reaches(x, y);
            }
        }
        return closure;
    }
}
