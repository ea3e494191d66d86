package dev.ordinal.vote;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A profile on which a rule breaks an axiom: the profile and its winners, why the axiom fails,
 * and, for axioms about a change (raising a winner, adding a ballot or a clone, reversing the
 * ballots), the change made, the changed profile and its winners. {@code minimal} says the search
 * checked every profile with fewer voters, and every one with as many voters and fewer
 * candidates, within its candidate range, so no smaller counter-example exists there.
 */
public record CounterExample(Axiom axiom, String rule, Ballots profile, List<String> winners, String reason,
        Optional<String> modification, Optional<Ballots> modified, List<String> winnersAfter, boolean minimal) {
    public CounterExample {
        winners = List.copyOf(winners);
        winnersAfter = List.copyOf(winnersAfter);
    }

    public int voters() {
        return (int) Math.round(profile.totalWeight());
    }

    public int candidates() {
        return profile.candidateCount();
    }

    /**
     * Ballots as PrefLib writes them, one line per distinct ballot, most frequent first: the count,
     * a colon, the candidates best first ({@code 2: a,c,b}; tied candidates in braces).
     */
    public static List<String> prefLibLines(Ballots ballots) {
        Integer[] order = new Integer[ballots.size()];
        List<String> texts = new ArrayList<>();
        for (int b = 0; b < ballots.size(); b++) {
            order[b] = b;
            List<String> groups = new ArrayList<>();
            for (int[] group : ballots.groups(b)) {
                List<String> names = Arrays.stream(group).mapToObj(c -> ballots.candidates().name(c)).toList();
                groups.add(group.length == 1 ? names.get(0) : "{" + String.join(",", names) + "}");
            }
            texts.add(String.join(",", groups));
        }
        Arrays.sort(order, (x, y) -> ballots.weight(x) != ballots.weight(y)
                ? Double.compare(ballots.weight(y), ballots.weight(x)) : texts.get(x).compareTo(texts.get(y)));
        return Arrays.stream(order).map(b -> Explanation.number(ballots.weight(b)) + ": " + texts.get(b)).toList();
    }
}
