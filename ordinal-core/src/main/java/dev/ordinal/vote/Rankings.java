package dev.ordinal.vote;

/**
 * The strict rankings of {@code m} candidates named a, b, c..., numbered in lexicographic order
 * (for three candidates: abc, acb, bac, bca, cab, cba), and profiles written as a count per
 * ranking, which is how the axiom search enumerates anonymous profiles.
 */
final class Rankings {
    private final int m;
    private final int[][] orders;
    private final int[][] positions;

    Rankings(int m) {
        this.m = m;
        int total = factorial(m);
        orders = new int[total][];
        positions = new int[total][m];
        for (int t = 0; t < total; t++) {
            orders[t] = unrank(t);
            for (int i = 0; i < m; i++) {
                positions[t][orders[t][i]] = i;
            }
        }
    }

    /** The permutation with lexicographic rank {@code t} (factorial number system). */
    private int[] unrank(int t) {
        int[] order = new int[m];
        boolean[] used = new boolean[m];
        int rest = t;
        int block = orders.length;
        for (int i = 0; i < m; i++) {
            block /= m - i;
            int skip = rest / block;
            rest %= block;
            int c = 0;
            while (used[c] || skip > 0) {
                if (!used[c]) {
                    skip--;
                }
                c++;
            }
            used[c] = true;
            order[i] = c;
        }
        return order;
    }

    static int factorial(int m) {
        int product = 1;
        for (int k = 2; k <= m; k++) {
            product *= k;
        }
        return product;
    }

    static String name(int candidate) {
        return String.valueOf((char) ('a' + candidate));
    }

    int candidates() {
        return m;
    }

    /** Number of strict rankings, {@code m!}. */
    int size() {
        return orders.length;
    }

    /** Ranking {@code t}, best first (a copy). */
    int[] order(int t) {
        return orders[t].clone();
    }

    /** The 0-based position of candidate {@code c} in ranking {@code t}. */
    int position(int t, int c) {
        return positions[t][c];
    }

    /** The number of the given ranking. */
    int indexOf(int[] order) {
        int index = 0;
        int block = orders.length;
        for (int i = 0; i < m; i++) {
            block /= m - i;
            int smallerLater = 0;
            for (int j = i + 1; j < m; j++) {
                if (order[j] < order[i]) {
                    smallerLater++;
                }
            }
            index += smallerLater * block;
        }
        return index;
    }

    /** Ranking {@code t} read backwards. */
    int reversed(int t) {
        int[] backwards = new int[m];
        for (int i = 0; i < m; i++) {
            backwards[i] = orders[t][m - 1 - i];
        }
        return indexOf(backwards);
    }

    /** Ranking {@code t} with {@code c} moved up {@code places} positions, the others keeping their order. */
    int raised(int t, int c, int places) {
        int[] order = orders[t].clone();
        int from = positions[t][c];
        System.arraycopy(order, from - places, order, from - places + 1, places);
        order[from - places] = c;
        return indexOf(order);
    }

    /** The profile with {@code counts[t]} voters casting ranking {@code t}. */
    Ballots ballots(int[] counts) {
        Ballots.Builder builder = Ballots.builder();
        for (int c = 0; c < m; c++) {
            builder.candidate(name(c));
        }
        for (int t = 0; t < orders.length; t++) {
            if (counts[t] > 0) {
                builder.add(singletons(orders[t]), counts[t]);
            }
        }
        return builder.build();
    }

    /** A strict ranking as the tied groups {@link Ballots.Builder#add(int[][], double)} takes. */
    static int[][] singletons(int[] order) {
        int[][] groups = new int[order.length][];
        for (int i = 0; i < order.length; i++) {
            groups[i] = new int[] {order[i]};
        }
        return groups;
    }

    /** Ranking {@code t} as text, e.g. {@code a,c,b}. */
    String text(int t) {
        StringBuilder text = new StringBuilder();
        for (int c : orders[t]) {
            text.append(text.length() == 0 ? "" : ",").append(name(c));
        }
        return text.toString();
    }
}
