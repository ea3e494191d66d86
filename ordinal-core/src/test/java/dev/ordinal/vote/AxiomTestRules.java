package dev.ordinal.vote;

import java.util.EnumSet;
import java.util.Set;

/** Small rules written for the axiom-search tests, each with axioms it is known to keep or break. */
final class AxiomTestRules {
    private AxiomTestRules() {
    }

    /**
     * The candidates with the fewest first places win: non-monotone on purpose (a first place can
     * only hurt), and it elects Pareto-dominated candidates (one voter a ≻ b ≻ c elects b and c).
     */
    static final class FewestFirstPlaces implements VotingRule {
        @Override
        public String name() {
            return "test-fewest-first-places";
        }

        @Override
        public Set<Trait> traits() {
            return EnumSet.of(Trait.RANKING);
        }

        @Override
        public VoteResult apply(Ballots ballots) {
            double[] points = firstPlaces(ballots);
            for (int c = 0; c < points.length; c++) {
                points[c] = -points[c];
            }
            return VoteResult.builder(name(), ballots.candidates()).rankByScores("minus first places", points).build();
        }
    }

    /**
     * Plurality with an odd number of voters, the fewest first places with an even number: one more
     * voter can turn the result upside down, so it fails participation on one voter (a ≻ b ≻ c
     * elects a; a second such ballot elects b and c).
     */
    static final class ParityFlip implements VotingRule {
        @Override
        public String name() {
            return "test-parity-flip";
        }

        @Override
        public Set<Trait> traits() {
            return EnumSet.of(Trait.RANKING);
        }

        @Override
        public VoteResult apply(Ballots ballots) {
            double[] points = firstPlaces(ballots);
            boolean even = Math.round(ballots.totalWeight()) % 2 == 0;
            for (int c = 0; c < points.length && even; c++) {
                points[c] = -points[c];
            }
            return VoteResult.builder(name(), ballots.candidates()).rankByScores("signed first places", points).build();
        }
    }

    /** A rule that declares it needs scores. */
    static final class NeedsScores implements VotingRule {
        @Override
        public String name() {
            return "test-scores";
        }

        @Override
        public Set<Trait> traits() {
            return EnumSet.of(Trait.NEEDS_SCORES);
        }

        @Override
        public VoteResult apply(Ballots ballots) {
            throw new VoteException("test-scores needs score ballots");
        }
    }

    /** A committee rule asked for two seats: the two plurality leaders. */
    static final class TwoSeats implements VotingRule {
        @Override
        public String name() {
            return "test-two-seats";
        }

        @Override
        public Set<Trait> traits() {
            return EnumSet.of(Trait.MULTI_WINNER);
        }

        @Override
        public VoteResult apply(Ballots ballots) {
            VoteResult plurality = new Plurality().apply(ballots);
            return VoteResult.builder(name(), ballots.candidates()).seats(2)
                    .ranking(plurality.ranking().orElseThrow()).build();
        }
    }

    private static double[] firstPlaces(Ballots ballots) {
        double[] points = new double[ballots.candidateCount()];
        for (int b = 0; b < ballots.size(); b++) {
            points[ballots.groups(b)[0][0]] += ballots.weight(b);
        }
        return points;
    }
}
