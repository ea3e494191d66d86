package dev.ordinal.vote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/** Profiles for the Condorcet-family tests, written the way papers print them. */
final class CondorcetProfiles {
    private CondorcetProfiles() {
    }

    /**
     * Ballots from lines like {@code "5 A>C>B=E"}: a weight, then tied groups separated by '>'
     * with ties by '='; candidates a line leaves out are unranked. {@code candidates} names them
     * all, separated by spaces, and fixes their numbering.
     */
    static Ballots profile(String candidates, String... lines) {
        Ballots.Builder builder = Ballots.builder();
        for (String name : candidates.split(" ")) {
            builder.candidate(name);
        }
        for (String line : lines) {
            String[] parts = line.strip().split(" ", 2);
            List<List<String>> groups = new ArrayList<>();
            if (parts.length > 1 && !parts[1].isBlank()) {
                for (String group : parts[1].split(">")) {
                    groups.add(Arrays.asList(group.split("=")));
                }
            }
            builder.add(groups, Double.parseDouble(parts[0]));
        }
        return builder.build();
    }

    /**
     * Ballots whose margin graph is exactly the given one (Debord 1987): for each {@code "x>y k"},
     * weight k/2 on x > y > the others in order and k/2 on the others reversed > x > y, which
     * cancel on every pair but (x, y).
     */
    static Ballots withMargins(String candidates, String... edges) {
        String[] names = candidates.split(" ");
        List<String> lines = new ArrayList<>();
        for (String edge : edges) {
            String[] parts = edge.split(" ");
            String[] pair = parts[0].split(">");
            List<String> rest = new ArrayList<>(Arrays.asList(names));
            rest.remove(pair[0]);
            rest.remove(pair[1]);
            double half = Double.parseDouble(parts[1]) / 2;
            List<String> forward = new ArrayList<>(List.of(pair[0], pair[1]));
            forward.addAll(rest);
            List<String> backward = new ArrayList<>(rest);
            Collections.reverse(backward);
            backward.addAll(List.of(pair[0], pair[1]));
            lines.add(half + " " + String.join(">", forward));
            lines.add(half + " " + String.join(">", backward));
        }
        return profile(candidates, lines.toArray(new String[0]));
    }

    /**
     * Impartial culture: {@code voters} uniformly random strict rankings of {@code m} candidates
     * named c0, c1..., optionally each truncated to a random length, each with weight 1 or, with
     * {@code realWeights}, a random weight in (0.5, 1.5) so that margins are almost surely distinct.
     */
    static Ballots random(int m, int voters, boolean truncate, boolean realWeights, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Ballots.Builder builder = Ballots.builder();
        for (int c = 0; c < m; c++) {
            builder.candidate("c" + c);
        }
        int[] order = new int[m];
        for (int v = 0; v < voters; v++) {
            for (int i = 0; i < m; i++) {
                order[i] = i;
            }
            for (int i = m - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = order[i];
                order[i] = order[j];
                order[j] = swap;
            }
            int length = truncate ? 1 + random.nextInt(m) : m;
            int[][] groups = new int[length][];
            for (int i = 0; i < length; i++) {
                groups[i] = new int[] {order[i]};
            }
            builder.add(groups, realWeights ? 0.5 + random.nextDouble() : 1);
        }
        return builder.build();
    }
}
