package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The round loop the sequential rules share: each round counts the candidates still in, then
 * either eliminates some of them or decides the winners. The ranking is the reverse elimination
 * order: the winners, then the candidates still standing when the count stopped (tied), then
 * those eliminated, last round first; candidates eliminated in the same round are tied. When a
 * round would eliminate every candidate still in, they all tie as winners. The explanation is one
 * table of the rounds: what each round counted for each candidate still in, and what it decided.
 */
final class Elimination {
    private static final String OUT = "—";

    /** One line of a round's count: its label and a value per candidate (those still in are shown). */
    record Count(String label, double[] values) {
    }

    /**
     * What a round counted and decided: the candidates it eliminates, or (when {@code winners} is
     * not empty) the winners; {@code reason} says why, in a few words.
     */
    record Round(List<Count> counts, int[] eliminated, int[] winners, String reason) {
        static Round eliminate(int[] eliminated, String reason, Count... counts) {
            return new Round(List.of(counts), eliminated, new int[0], reason);
        }

        static Round elect(int[] winners, String reason, Count... counts) {
            return new Round(List.of(counts), new int[0], winners, reason);
        }
    }

    /** Counts one round (numbered from 1) over the candidates still in. */
    interface Counter {
        Round count(int round, boolean[] remaining);
    }

    private Elimination() {
    }

    /** Runs rounds until one candidate is left or a round decides; {@code notes} open the explanation. */
    static VoteResult run(String rule, Ballots ballots, Counter counter, List<String> notes) {
        Items candidates = ballots.candidates();
        int m = candidates.size();
        boolean[] remaining = new boolean[m];
        Arrays.fill(remaining, true);
        int left = m;
        List<int[]> eliminatedByRound = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        int[] winners = null;
        for (int number = 1; left > 1 && winners == null; number++) {
            Round round = counter.count(number, remaining);
            boolean decided = round.winners().length > 0 || round.eliminated().length == left;
            String result;
            if (decided) {
                winners = round.winners().length > 0 ? round.winners() : round.eliminated();
                result = winners.length == left ? "all remaining tie: " + names(candidates, winners)
                        : "elected: " + names(candidates, winners) + " (" + round.reason() + ")";
            } else if (round.eliminated().length == 0) {
                throw new IllegalStateException(rule + ": round " + number + " neither eliminated nor elected anyone");
            } else {
                result = "eliminated: " + names(candidates, round.eliminated()) + " (" + round.reason() + ")";
            }
            for (int line = 0; line < round.counts().size(); line++) {
                Count count = round.counts().get(line);
                List<String> row = new ArrayList<>();
                row.add(Integer.toString(number));
                row.add(count.label());
                for (int c = 0; c < m; c++) {
                    row.add(remaining[c] ? Explanation.number(count.values()[c]) : OUT);
                }
                row.add(line == round.counts().size() - 1 ? result : "");
                rows.add(row);
            }
            if (!decided) {
                for (int c : round.eliminated()) {
                    remaining[c] = false;
                }
                left -= round.eliminated().length;
                eliminatedByRound.add(round.eliminated());
            }
        }
        boolean[] standing = remaining.clone();
        if (winners == null) {
            winners = IntStream.range(0, m).filter(c -> remaining[c]).toArray();
        }
        List<int[]> ranking = new ArrayList<>();
        if (winners.length > 0) {
            ranking.add(winners.clone());
        }
        for (int c : winners) {
            standing[c] = false;
        }
        int[] runnersUp = IntStream.range(0, m).filter(c -> standing[c]).toArray();
        if (runnersUp.length > 0) {
            ranking.add(runnersUp);
        }
        for (int i = eliminatedByRound.size() - 1; i >= 0; i--) {
            ranking.add(eliminatedByRound.get(i));
        }
        List<String> columns = new ArrayList<>(List.of("round", "count"));
        for (int c = 0; c < m; c++) {
            columns.add(candidates.name(c));
        }
        columns.add("result");
        Explanation.Builder explanation = Explanation.builder();
        notes.forEach(explanation::note);
        return VoteResult.builder(rule, candidates)
                .ranking(ranking.stream().map(Elimination::sorted).toList())
                .explain(explanation.table("Rounds", columns, rows).build())
                .build();
    }

    private static int[] sorted(int[] group) {
        int[] copy = group.clone();
        Arrays.sort(copy);
        return copy;
    }

    static String names(Items candidates, int[] indices) {
        return Arrays.stream(indices).mapToObj(candidates::name).collect(Collectors.joining(", "));
    }
}
