package dev.ordinal.vote;

/** What a rule guarantees or needs; the registry lists them and the property tests check the guarantees. */
public enum Trait {
    /** Elects the Condorcet winner whenever there is one (as the only winner). */
    CONDORCET_WINNER,
    /** Never elects the Condorcet loser when there are at least two candidates. */
    CONDORCET_LOSER,
    /** With two candidates, elects the one a strict majority prefers. */
    MAJORITY,
    /** Produces a full (weak) ranking of the candidates, not only winners. */
    RANKING,
    /** Produces a lottery: a probability for each candidate. */
    LOTTERY,
    /** Elects a committee of {@code seats} candidates. */
    MULTI_WINNER,
    /** Needs cardinal scores on the ballots. */
    NEEDS_SCORES,
    /** Needs approval (dichotomous) ballots, or the {@code approve-top} option. */
    NEEDS_APPROVALS
}
