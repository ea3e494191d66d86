package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

/**
 * Candidate-by-candidate tables for the explanations of the Condorcet-family rules. A person
 * checks such a table by hand only for a modest number of candidates, and a table of a thousand
 * candidates would cost more than the rule itself, so beyond {@link #MAX_CANDIDATES} a note
 * replaces the table.
 */
final class PairwiseTables {
    /** The most candidates for which the explanation carries m × m tables and per-pair lists. */
    static final int MAX_CANDIDATES = 40;

    private PairwiseTables() {
    }

    static boolean shown(int candidates) {
        return candidates <= MAX_CANDIDATES;
    }

    /** The margin matrix, or a note saying why it is left out. */
    static void margins(Explanation.Builder explanation, MajorityMatrix matrix, Items candidates) {
        if (shown(matrix.size())) {
            explanation.margins(matrix, candidates);
        } else {
            omitted(explanation, "margin matrix", matrix.size());
        }
    }

    /** A square matrix of values, row x and column y at {@code values[x * m + y]}; "—" on the diagonal. */
    static void matrix(Explanation.Builder explanation, String title, double[] values, Items candidates) {
        int m = candidates.size();
        if (!shown(m)) {
            omitted(explanation, title.toLowerCase(Locale.ROOT), m);
            return;
        }
        explanation.matrix(title, values, candidates);
    }

    static void omitted(Explanation.Builder explanation, String what, int candidates) {
        explanation.note("The " + what + " is left out for " + candidates + " candidates (shown up to "
                + MAX_CANDIDATES + ").");
    }

    /** Candidate names joined with commas, for notes. */
    static String names(int[] group, Items candidates) {
        List<String> names = new ArrayList<>();
        for (int c : group) {
            names.add(candidates.name(c));
        }
        return String.join(", ", names);
    }

    /** The indices where {@code member} is true, ascending. */
    static int[] members(boolean[] member) {
        return IntStream.range(0, member.length).filter(c -> member[c]).toArray();
    }
}
