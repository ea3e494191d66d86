package dev.ordinal.judgment;

import dev.ordinal.error.DataException;
import dev.ordinal.error.Require;
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
                throw new DataException("a ranking cannot contain an empty group");
            }
            for (String item : group) {
                if (!seen.add(item)) {
                    throw new DataException("item '" + item + "' appears twice in one ranking");
                }
            }
        }
        if (seen.isEmpty()) {
            throw new DataException("a ranking needs at least one item");
        }
        Require.positive("weight", weight);
    }

    /** A strict, unweighted ranking, best first. */
    public static RankingJudgment ofOrder(List<String> bestFirst) {
        return new RankingJudgment(bestFirst.stream().map(List::of).toList(), Optional.empty(), 1.0);
    }
}
