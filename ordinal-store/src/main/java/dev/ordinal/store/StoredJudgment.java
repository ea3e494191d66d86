package dev.ordinal.store;

import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.PairwiseJudgment;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * A judgment as logged: its position {@code seq} in the arena's log (1, 2, 3... without gaps),
 * and, for a vote, its battle and how the battle's items were chosen.
 */
public record StoredJudgment(String arena, long seq, String id, String a, String b, Outcome outcome,
                             Optional<String> judge, Instant time, Optional<String> category,
                             OptionalLong battle, Optional<Selection> selection) {

    /** The core's view of this judgment, with weight 1. */
    public PairwiseJudgment toPairwise() {
        return new PairwiseJudgment(a, b, outcome, judge, Optional.of(time), category, 1.0);
    }
}
