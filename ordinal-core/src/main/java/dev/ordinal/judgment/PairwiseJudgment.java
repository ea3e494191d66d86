package dev.ordinal.judgment;

import dev.ordinal.error.DataException;
import dev.ordinal.error.Require;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One pairwise judgment: sides A and B as shown, the verdict, and optional provenance.
 *
 * @param a        the item shown as side A
 * @param b        the item shown as side B
 * @param outcome  the verdict, seen from side A
 * @param judge    who judged: a voter id or an AI judge's name
 * @param time     when it was judged
 * @param category the kind of prompt or task
 * @param weight   a positive, finite weight (1 for an ordinary vote)
 */
public record PairwiseJudgment(String a, String b, Outcome outcome, Optional<String> judge,
                               Optional<Instant> time, Optional<String> category, double weight) {

    public PairwiseJudgment {
        Objects.requireNonNull(a, "a");
        Objects.requireNonNull(b, "b");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(category, "category");
        if (a.equals(b)) {
            throw new DataException("an item cannot be compared with itself: '" + a + "'");
        }
        Require.positive("weight", weight);
    }

    /** An unweighted judgment with no provenance. */
    public static PairwiseJudgment of(String a, String b, Outcome outcome) {
        return new PairwiseJudgment(a, b, outcome, Optional.empty(), Optional.empty(), Optional.empty(), 1.0);
    }

    /** The same judgment with the sides shown the other way round. */
    public PairwiseJudgment swapped() {
        return new PairwiseJudgment(b, a, outcome.swapped(), judge, time, category, weight);
    }
}
