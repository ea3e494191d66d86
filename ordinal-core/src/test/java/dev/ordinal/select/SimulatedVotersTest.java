package dev.ordinal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.apache.commons.rng.UniformRandomProvider;
import org.junit.jupiter.api.Test;

class SimulatedVotersTest {
    private static final int DRAWS = 200_000;

    /** Strengths ~ N(0, 1) from a fixed seed. */
    private static GroundTruth truth(int items, double intransitive) {
        return GroundTruth.draw(items, 1.0, intransitive, Simulation.stream(5, 0));
    }

    /**
     * Davidson (1970) with ν = 2τ/(1 − τ): P(i) = e^{ℓ/2}/D, P(j) = e^{−ℓ/2}/D, P(tie) = ν/D,
     * D = e^{ℓ/2} + e^{−ℓ/2} + ν. The frequencies must match within 4 binomial standard errors.
     */
    @Test
    void pairwiseVotesFollowDavidson() {
        GroundTruth truth = truth(2, 0);
        SimulatedVoters voters = new SimulatedVoters(truth, 0.3, 0, 0);
        double logit = truth.logit(0, 1);
        double nu = 2 * 0.3 / 0.7;
        double d = Math.exp(logit / 2) + Math.exp(-logit / 2) + nu;
        int[] counts = new int[3];
        UniformRandomProvider random = Simulation.stream(1, 1);
        for (int v = 0; v < DRAWS; v++) {
            int[][] groups = voters.vote(new int[] {0, 1}, random);
            counts[groups.length == 1 ? 2 : groups[0][0]]++;
        }
        assertFrequency(counts[0], Math.exp(logit / 2) / d);
        assertFrequency(counts[1], Math.exp(-logit / 2) / d);
        assertFrequency(counts[2], nu / d);
        assertThat(voters.expectedScore(0, 1)).isCloseTo((Math.exp(logit / 2) + nu / 2) / d, within(1e-12));
    }

    /** Plackett–Luce: the first place goes to i with probability e^{θᵢ} / Σ e^{θ}. */
    @Test
    void kWiseVotesFollowPlackettLuce() {
        GroundTruth truth = truth(4, 0);
        SimulatedVoters voters = new SimulatedVoters(truth, 0, 0, 0);
        double total = 0;
        for (int i = 0; i < 4; i++) {
            total += Math.exp(truth.strength(i));
        }
        int[] first = new int[4];
        UniformRandomProvider random = Simulation.stream(2, 1);
        for (int v = 0; v < DRAWS; v++) {
            int[][] groups = voters.vote(new int[] {3, 1, 0, 2}, random);
            assertThat(groups).hasDimensions(4, 1);
            first[groups[0][0]]++;
        }
        for (int i = 0; i < 4; i++) {
            assertFrequency(first[i], Math.exp(truth.strength(i)) / total);
        }
    }

    /** Careless voters alone give 1/2; adversarial voters alone reverse the honest score. */
    @Test
    void carelessAndAdversarialVotersMixAsStated() {
        GroundTruth truth = truth(3, 0.8);
        double honest = new SimulatedVoters(truth, 0.1, 0, 0).expectedScore(0, 2);
        assertThat(new SimulatedVoters(truth, 0.1, 1, 0).expectedScore(0, 2)).isEqualTo(0.5);
        assertThat(new SimulatedVoters(truth, 0.1, 0, 1).expectedScore(0, 2)).isCloseTo(1 - honest, within(1e-12));
        SimulatedVoters reversed = new SimulatedVoters(truth, 0, 0, 1);
        double honestWithoutTies = new SimulatedVoters(truth, 0, 0, 0).expectedScore(0, 2);
        int wins = 0;
        UniformRandomProvider random = Simulation.stream(3, 1);
        for (int v = 0; v < DRAWS; v++) {
            wins += reversed.vote(new int[] {0, 2}, random)[0][0] == 0 ? 1 : 0;
        }
        assertFrequency(wins, 1 - honestWithoutTies);
        // With intransitivity the pairwise log-odds carry the skew term, which is antisymmetric.
        assertThat(truth.logit(0, 2)).isCloseTo(truth.strength(0) - truth.strength(2) + truth.skew(0, 2), within(1e-15));
        assertThat(truth.skew(2, 0)).isEqualTo(-truth.skew(0, 2));
    }

    @Test
    void uniformDesignTargetIsTheTruthForNoiselessBradleyTerryVoters() {
        GroundTruth truth = truth(6, 0);
        double[] target = truth.uniformDesignTarget(new SimulatedVoters(truth, 0, 0, 0));
        for (int i = 0; i < 6; i++) {
            assertThat(target[i]).isCloseTo(truth.strength(i), within(1e-3));
        }
        // Careless voters flatten the target towards 0.
        double[] flattened = truth.uniformDesignTarget(new SimulatedVoters(truth, 0, 0.5, 0));
        for (int i = 0; i < 6; i++) {
            assertThat(Math.abs(flattened[i])).isLessThan(Math.abs(truth.strength(i)));
        }
    }

    private static void assertFrequency(int count, double probability) {
        double se = Math.sqrt(probability * (1 - probability) / DRAWS);
        assertThat((double) count / DRAWS).isCloseTo(probability, within(4 * se));
    }
}
