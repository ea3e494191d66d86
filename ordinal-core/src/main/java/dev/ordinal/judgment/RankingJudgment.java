package dev.ordinal.judgment;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One ranking of one or more items, best first, as groups of items tied with each other.
 * {@code [["x"], ["y", "z"], ["w"]]} says x is preferred to y and z, which are tied, and both to w.
 * Items the ranking does not mention are not compared by it (a partial ranking). A ranking of one
 * item (a truncated ballot naming only a first choice) compares nothing, but voting rules count it.
 *
 * @param groups tied groups, best first; every item appears once
 * @param judge  who ranked
 * @param weight a positive, finite weight
 */
public record RankingJudgment(List<List<String>> groups, Optional<String> judge, double weight) {

    public RankingJudgment {
        Objects.requireNonNull(judge, "judge");
        groups = groups.stream().map(List::copyOf).toList();
        Set<String> seen = new HashSet<>();
        for (List<String> group : groups) {
            if (group.isEmpty()) {
                throw new IllegalArgumentException("a ranking cannot contain an empty group");
            }
            for (String item : group) {
                if (!seen.add(item)) {
                    throw new IllegalArgumentException("item '" + item + "' appears twice in one ranking");
                }
            }
        }
        if (seen.isEmpty()) {
            throw new IllegalArgumentException("a ranking needs at least one item");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw new IllegalArgumentException("weight must be positive and finite, got " + weight);
        }
    }

    /** A strict, unweighted ranking, best first. */
    public static RankingJudgment ofOrder(List<String> bestFirst) {
        return new RankingJudgment(bestFirst.stream().map(List::of).toList(), Optional.empty(), 1.0);
    }
}
