package dev.ordinal.io;

import java.util.List;
import java.util.Optional;

/**
 * Where a reader of rankings puts what it reads: {@link RankingAccumulator} collects a
 * {@link dev.ordinal.judgment.RankingProfile} for the models, {@link BallotAccumulator} collects
 * {@link dev.ordinal.vote.Ballots} for the voting rules. Each checks the ranking before keeping it.
 */
interface RankingSink {

    /** Registers an item that may appear in no ranking (e.g. a PrefLib alternative nobody ranked). */
    void item(String id);

    /**
     * Adds {@code count} identical rankings (the records were already counted by the caller).
     *
     * @param field the field the groups came from, named in errors; empty when there is none
     */
    void add(long line, String field, List<List<String>> groups, Optional<String> judge, double weight, long count);
}
