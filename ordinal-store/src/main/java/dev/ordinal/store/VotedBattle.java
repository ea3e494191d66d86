package dev.ordinal.store;

import java.util.List;

/**
 * What a vote stored: the battle with its vote (which reveals the items), and the pairwise
 * judgments the vote appended to the arena's log, exactly as the log holds them (seq, id, sides,
 * outcome, time, battle, selection). A caller that keeps its own copy of the log (the server's
 * in-memory table) applies these rather than breaking the vote again. Empty judgments only when
 * every id the vote implies was already in the log.
 */
public record VotedBattle(Battle battle, List<StoredJudgment> judgments) {
    public VotedBattle {
        judgments = List.copyOf(judgments);
    }
}
