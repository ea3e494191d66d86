package dev.ordinal.io;

import dev.ordinal.judgment.RankingJudgment;
import dev.ordinal.judgment.RankingProfile;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks one ranking and adds it to a {@link RankingProfile}. Shared by the JSON Lines and PrefLib readers. */
final class RankingAccumulator {
    private final RankingProfile.Builder profile = RankingProfile.builder();
    private final ReadTally tally;

    RankingAccumulator(ReadTally tally) {
        this.tally = tally;
    }

    /**
     * Adds {@code count} identical ballots (the records were already counted by the caller).
     *
     * @param field the field the groups came from, named in errors; empty when there is none
     */
    void add(long line, String field, List<List<String>> groups, Optional<String> judge, double weight, long count) {
        Set<String> seen = new HashSet<>();
        for (List<String> group : groups) {
            if (group.isEmpty()) {
                tally.reject(error(line, field, "", "a tied group is empty", "at least one item in every group",
                        "empty group"), count);
                return;
            }
            for (String item : group) {
                if (!seen.add(item)) {
                    tally.reject(error(line, field, item, "item '" + item + "' appears twice",
                            "every item at most once in a ranking", "duplicate item"), count);
                    return;
                }
            }
        }
        if (seen.isEmpty()) {
            tally.reject(error(line, field, "", "the ranking is empty", "at least one item", "empty ranking"), count);
            return;
        }
        profile.add(new RankingJudgment(groups, judge, weight), count);
        tally.kept(count);
    }

    private InputException error(long line, String field, String value, String problem, String expected, String reason) {
        return tally.error(line, field.isEmpty() ? null : field, value.isEmpty() ? null : value, problem, expected, reason);
    }

    /** Registers an item that may appear in no ranking (e.g. a PrefLib alternative nobody ranked). */
    void item(String id) {
        profile.item(id);
    }

    RankingProfile build() {
        return profile.build();
    }
}
