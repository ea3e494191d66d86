package dev.ordinal.io;

import dev.ordinal.judgment.RankingJudgment;
import dev.ordinal.judgment.RankingProfile;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks one ranking and adds it to a {@link RankingProfile}. Shared by the JSON Lines and PrefLib readers. */
final class RankingAccumulator implements RankingSink {
    private final RankingProfile.Builder profile = RankingProfile.builder();
    private final ReadTally tally;

    RankingAccumulator(ReadTally tally) {
        this.tally = tally;
    }

    @Override
    public void add(long line, String field, List<List<String>> groups, Optional<String> judge, double weight, long count) {
        if (!wellFormed(tally, line, field, groups, count)) {
            return;
        }
        if (groups.isEmpty()) {
            tally.reject(error(tally, line, field, "", "the ranking is empty", "at least one item", "empty ranking"), count);
            return;
        }
        profile.add(new RankingJudgment(groups, judge, weight), count);
        tally.kept(count);
    }

    /**
     * Whether no tied group is empty and no item appears twice; otherwise the {@code count}
     * rankings are rejected through {@code tally}. Shared with {@link BallotAccumulator}.
     */
    static boolean wellFormed(ReadTally tally, long line, String field, List<List<String>> groups, long count) {
        Set<String> seen = new HashSet<>();
        for (List<String> group : groups) {
            if (group.isEmpty()) {
                tally.reject(error(tally, line, field, "", "a tied group is empty", "at least one item in every group",
                        "empty group"), count);
                return false;
            }
            for (String item : group) {
                if (!seen.add(item)) {
                    tally.reject(error(tally, line, field, item, "item '" + item + "' appears twice",
                            "every item at most once in a ranking", "duplicate item"), count);
                    return false;
                }
            }
        }
        return true;
    }

    private static InputException error(ReadTally tally, long line, String field, String value, String problem,
                                        String expected, String reason) {
        return tally.error(line, field.isEmpty() ? null : field, value.isEmpty() ? null : value, problem, expected, reason);
    }

    @Override
    public void item(String id) {
        profile.item(id);
    }

    RankingProfile build() {
        return profile.build();
    }
}
