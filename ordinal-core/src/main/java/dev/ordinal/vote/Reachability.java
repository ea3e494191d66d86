package dev.ordinal.vote;

/**
 * The transitive closure of an acyclic graph that grows one arc at a time, kept twice as bit rows:
 * who each vertex reaches and who reaches it. {@code reaches(x, y)} is one bit test. Adding an
 * arc x → y visits only the vertices that reach x (or are x) but not yet y, and gives each the
 * bits it lacks of y and y's descendants: every pair becomes reachable once, so all insertions
 * together cost O(n³/64) word operations plus O(n/64) per arc.
 */
final class Reachability {
    private final int n;
    private final int words;
    private final long[] descendants;
    private final long[] ancestors;

    Reachability(int n) {
        this.n = n;
        this.words = (n + 63) >>> 6;
        this.descendants = new long[n * words];
        this.ancestors = new long[n * words];
    }

    /** Whether a path of one or more arcs leads from x to y. */
    boolean reaches(int x, int y) {
        return (descendants[x * words + (y >>> 6)] & (1L << y)) != 0;
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
        int rowX = x * words;
        int rowY = y * words;
        for (int i = 0; i < words; i++) {
            long self = (x >>> 6) == i ? 1L << x : 0;
            long sources = (ancestors[rowX + i] | self) & ~ancestors[rowY + i];
            while (sources != 0) {
                int w = (i << 6) + Long.numberOfTrailingZeros(sources);
                sources &= sources - 1;
                int rowW = w * words;
                for (int j = 0; j < words; j++) {
                    long target = (y >>> 6) == j ? 1L << y : 0;
                    long fresh = (descendants[rowY + j] | target) & ~descendants[rowW + j];
                    descendants[rowW + j] |= fresh;
                    while (fresh != 0) {
                        int z = (j << 6) + Long.numberOfTrailingZeros(fresh);
                        fresh &= fresh - 1;
                        ancestors[z * words + (w >>> 6)] |= 1L << w;
                    }
                }
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
