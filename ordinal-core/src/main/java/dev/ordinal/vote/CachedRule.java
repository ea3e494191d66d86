package dev.ordinal.vote;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * A rule applied to profiles given as counts per ranking, remembering the winners of the profiles
 * it has seen: the modifications the axiom search tries (raising a winner, adding a ballot,
 * reversing every ballot) land on profiles it meets again, and some rules are costly.
 */
final class CachedRule {
    private static final int CAPACITY = 1 << 16;

    private final VotingRule rule;
    private final Rankings rankings;
    private final Map<Key, int[]> winners = new HashMap<>();

    CachedRule(VotingRule rule, Rankings rankings) {
        this.rule = rule;
        this.rankings = rankings;
    }

    String name() {
        return rule.name();
    }

    Rankings rankings() {
        return rankings;
    }

    /** The winners (ascending) of the profile with {@code counts[t]} voters casting ranking {@code t}. */
    int[] winners(int[] counts) {
        Key key = new Key(counts.clone());
        int[] known = winners.get(key);
        if (known == null) {
            if (winners.size() == CAPACITY) {
                winners.clear();
            }
            known = winners(rankings.ballots(counts));
            winners.put(key, known);
        }
        return known;
    }

    /**
     * The winners of any ballots.
     *
     * @throws VoteException when the rule cannot take these ballots, or elects a committee
     */
    int[] winners(Ballots ballots) {
        VoteResult result = rule.apply(ballots);
        if (result.seats() > 1) {
            throw new VoteException("rule '" + rule.name() + "' elects " + result.seats()
                    + " candidates; the axioms are about single winners", "check it with seats=1");
        }
        return result.winners();
    }

    static boolean contains(int[] winners, int candidate) {
        return Arrays.binarySearch(winners, candidate) >= 0;
    }

    /** A profile's counts as a map key. */
    private record Key(int[] counts) {
        @Override
        public boolean equals(Object other) {
            return other instanceof Key that && Arrays.equals(counts, that.counts);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(counts);
        }

        @Override
        public String toString() {
            return Arrays.toString(counts);
        }
    }
}
