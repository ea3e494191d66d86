package dev.ordinal.vote;

import java.util.Set;

/**
 * A voting rule: from ballots to winners, and a ranking where the rule defines one. Rules report
 * ties (several winners, tied groups) rather than break them; {@link TieBreak} breaks them
 * explicitly when asked. Implementations are immutable and configured by their constructor.
 */
public interface VotingRule {
    /** The name users type, e.g. {@code schulze}. */
    String name();

    Set<Trait> traits();

    /**
     * Applies the rule.
     *
     * @throws VoteException when the ballots lack what the rule needs (scores, approvals, seats)
     */
    VoteResult apply(Ballots ballots);
}
