package dev.ordinal.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Random profiles for property tests: weak orders, some truncated, with small integer weights (so pairwise ties occur). */
final class RandomWeakOrders {
    private RandomWeakOrders() {
    }

    static Ballots profile(SplittableRandom random, int candidates, int ballots) {
        Ballots.Builder builder = Ballots.builder();
        for (int c = 0; c < candidates; c++) {
            builder.candidate(Character.toString('a' + c));
        }
        for (int b = 0; b < ballots; b++) {
            builder.add(weakOrder(random, candidates), 1 + random.nextInt(3));
        }
        return builder.build();
    }

    /** A random order of a random subset, with random ties between neighbours. */
    static int[][] weakOrder(SplittableRandom random, int candidates) {
        int[] order = permutation(random, candidates);
        int ranked = random.nextInt(4) == 0 ? random.nextInt(candidates + 1) : candidates;
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= ranked; i++) {
            if (i == ranked || random.nextInt(4) != 0) {
                groups.add(java.util.Arrays.copyOfRange(order, start, i));
                start = i;
            }
        }
        return groups.toArray(new int[0][]);
    }

    static int[] permutation(SplittableRandom random, int size) {
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            int j = random.nextInt(i + 1);
            order[i] = order[j];
            order[j] = i;
        }
        return order;
    }
}
