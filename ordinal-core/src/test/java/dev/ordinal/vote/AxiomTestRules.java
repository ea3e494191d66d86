package dev.ordinal.vote;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.BiFunction;

/** Small rules written for the axiom-search tests, each with axioms it is known to keep or break. */
final class AxiomTestRules {
    private AxiomTestRules() {
    }

    /** A rule made of its name, its traits and its count (given its own name and the ballots). */
    private record Rule(String name, Set<Trait> traits, BiFunction<String, Ballots, VoteResult> count)
            implements VotingRule {
        @Override
        public VoteResult apply(Ballots ballots) {
            return count.apply(name, ballots);
        }
    }

    /**
     * The candidates with the fewest first places win: non-monotone on purpose (a first place can
     * only hurt), and it elects Pareto-dominated candidates (one voter a ≻ b ≻ c elects b and c).
     */
    static VotingRule fewestFirstPlaces() {
        return new Rule("test-fewest-first-places", EnumSet.of(Trait.RANKING), (name, ballots) -> {
            double[] points = firstPlaces(ballots);
            for (int c = 0; c < points.length; c++) {
                points[c] = -points[c];
            }
            return VoteResult.builder(name, ballots.candidates()).rankByScores("minus first places", points).build();
        });
    }

    /**
     * Plurality with an odd number of voters, the fewest first places with an even number: one more
     * voter can turn the result upside down, so it fails participation on one voter (a ≻ b ≻ c
     * elects a; a second such ballot elects b and c).
     */
    static VotingRule parityFlip() {
        return new Rule("test-parity-flip", EnumSet.of(Trait.RANKING), (name, ballots) -> {
            double[] points = firstPlaces(ballots);
            boolean even = Math.round(ballots.totalWeight()) % 2 == 0;
            for (int c = 0; c < points.length && even; c++) {
                points[c] = -points[c];
            }
            return VoteResult.builder(name, ballots.candidates()).rankByScores("signed first places", points).build();
        });
    }

    /** A rule that declares it needs scores. */
    static VotingRule needsScores() {
        return new Rule("test-scores", EnumSet.of(Trait.NEEDS_SCORES), (name, ballots) -> {
            throw new VoteException("test-scores needs score ballots");
        });
    }

    /** A committee rule asked for two seats: the two plurality leaders. */
    static VotingRule twoSeats() {
        return new Rule("test-two-seats", EnumSet.of(Trait.MULTI_WINNER), (name, ballots) ->
                VoteResult.builder(name, ballots.candidates()).seats(2)
                        .ranking(new Plurality().apply(ballots).ranking().orElseThrow()).build());
    }

    private static double[] firstPlaces(Ballots ballots) {
        double[] points = new double[ballots.candidateCount()];
        for (int b = 0; b < ballots.size(); b++) {
            points[ballots.groups(b)[0][0]] += ballots.weight(b);
        }
        return points;
    }
}
