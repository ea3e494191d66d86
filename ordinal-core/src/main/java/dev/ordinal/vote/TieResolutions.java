package dev.ordinal.vote;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * "Parallel universes" tie handling for procedures that pick one option at each step (sequential
 * committee rules, STV): the procedure is run once per way of resolving its ties, so a rule reports
 * every outcome some tie-break could give instead of silently preferring one (Conitzer, Rognlie &amp;
 * Xia 2009, "Preference functions that score rankings and maximum likelihood estimation", the PUT
 * rule). A procedure asks its {@link Chooser} which of several tied options to take; the first run
 * takes the first option everywhere. Runs reaching a tie in a state another run already expanded are
 * cut short, since their continuations repeat that run's. At most {@link #LIMIT} runs are made.
 */
final class TieResolutions {
    static final int LIMIT = 1000;

    /** The runs that finished (the first one takes the first option at every tie), and whether every resolution was explored. */
    record Outcome<R>(List<R> runs, boolean complete) {
    }

    /** Answers one run's questions "which of these tied options?". */
    static final class Chooser {
        private final int[] forced;
        private final Set<Object> expanded;
        private final List<Integer> choices = new ArrayList<>();
        private final List<Integer> optionCounts = new ArrayList<>();
        private boolean tied;

        private Chooser(int[] forced, Set<Object> expanded) {
            this.forced = forced;
            this.expanded = expanded;
        }

        /**
         * Which of {@code options} tied options to take (0 when there is one). {@code state}
         * identifies the procedure's state at this tie (equal states continue identically), or is
         * {@code null} when the procedure cannot say.
         */
        int choose(int options, Object state) {
            if (options <= 1) {
                return 0;
            }
            tied = true;
            int point = choices.size();
            if (point < forced.length) {
                choices.add(forced[point]);
                optionCounts.add(options);
                return forced[point];
            }
            if (state != null && !expanded.add(state)) {
                throw Repeated.INSTANCE;
            }
            choices.add(0);
            optionCounts.add(options);
            return 0;
        }

        /** Whether this run met a tie (the result then depends on how ties were resolved). */
        boolean tied() {
            return tied;
        }
    }

    /** A run reached a tie in a state already expanded by another run. */
    private static final class Repeated extends RuntimeException {
        static final Repeated INSTANCE = new Repeated();

        private Repeated() {
            super(null, null, false, false);
        }
    }

    private TieResolutions() {
    }

    static <R> Outcome<R> explore(Function<Chooser, R> procedure) {
        Deque<int[]> pending = new ArrayDeque<>();
        pending.push(new int[0]);
        Set<Object> expanded = new HashSet<>();
        List<R> runs = new ArrayList<>();
        int made = 0;
        while (!pending.isEmpty()) {
            if (made == LIMIT) {
                return new Outcome<>(runs, false);
            }
            int[] prefix = pending.pop();
            made++;
            Chooser chooser = new Chooser(prefix, expanded);
            try {
                runs.add(procedure.apply(chooser));
            } catch (Repeated repeated) {
                // covered by the run that expanded that state first
            }
            for (int point = chooser.choices.size() - 1; point >= prefix.length; point--) {
                for (int option = chooser.optionCounts.get(point) - 1; option >= 1; option--) {
                    int[] next = new int[point + 1];
                    for (int i = 0; i < point; i++) {
                        next[i] = chooser.choices.get(i);
                    }
                    next[point] = option;
                    pending.push(next);
                }
            }
        }
        return new Outcome<>(runs, true);
    }

    /** Distinct sets among the committees, in order of first appearance, each sorted ascending. */
    static List<int[]> distinctSets(List<int[]> committees) {
        List<int[]> distinct = new ArrayList<>();
        Set<List<Integer>> seen = new HashSet<>();
        for (int[] committee : committees) {
            int[] sorted = committee.clone();
            Arrays.sort(sorted);
            if (seen.add(Arrays.stream(sorted).boxed().toList())) {
                distinct.add(sorted);
            }
        }
        return distinct;
    }
}
