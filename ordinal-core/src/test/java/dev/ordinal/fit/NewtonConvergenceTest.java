package dev.ordinal.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.testing.Simulation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Newton's method stops when the relative change falls below the tolerance (1e-10 by default),
 * reports how many iterations it took, and stops at a stationary point of the objective.
 */
class NewtonConvergenceTest {

    private static double largestAbs(double[] values) {
        return Arrays.stream(values).map(Math::abs).max().orElse(0);
    }

    @Test
    void defaultsAreTheDocumentedCriterion() {
        assertThat(FitOptions.defaults().tolerance()).isEqualTo(1e-10);
        assertThat(FitOptions.defaults().priorSigma()).isEmpty();
    }

    @Test
    void everyModelConvergesToAZeroGradient() {
        for (StrengthModel model : Simulation.allModels()) {
            Simulation.Sample sample = Simulation.fromModel(model, 8, 3000, 1.0, 99);
            Likelihood likelihood = sample.likelihood();
            Fit fit = MaximumLikelihood.fit(likelihood, sample.items(), FitOptions.defaults());
            String label = Simulation.label(model);
            assertThat(fit.converged()).as(label).isTrue();
            // Newton converges quadratically: from zero strengths a few steps suffice.
            assertThat(fit.iterations()).as(label).isBetween(2, 25);
            double[] gradient = new double[likelihood.parameterCount()];
            double value = likelihood.evaluate(fit.parameters(), gradient, null);
            assertThat(fit.logLikelihood()).as(label).isEqualTo(value);
            // Gradient entries are sums of O(judgments) terms of size O(1).
            assertThat(largestAbs(gradient)).as("%s gradient %s", label, Arrays.toString(gradient))
                    .isLessThan(1e-8 * likelihood.observations());
            assertThat(Arrays.stream(fit.strengths()).sum()).as(label).isCloseTo(0, within(1e-12));

            // Restarting at the estimate, the first step already changes nothing (relative 1e-10).
            Fit again = MaximumLikelihood.fitFrom(likelihood, FitOptions.defaults(), fit.parameters());
            assertThat(again.converged()).as(label).isTrue();
            assertThat(again.iterations()).as(label).isEqualTo(1);
            assertThat(MaximumLikelihood.relativeChange(fit.parameters(), again.parameters())).as(label)
                    .isLessThan(1e-10);

            // One iteration from the start is not enough to meet the criterion, and says so.
            Fit cut = MaximumLikelihood.fit(likelihood, sample.items(), new FitOptions(FitOptions.defaults()
                    .priorSigma(), 1, 1e-10));
            assertThat(cut.converged()).as(label).isFalse();
            assertThat(cut.iterations()).as(label).isEqualTo(1);
        }
    }

    /** With a prior the objective is likelihood + log-prior; its gradient vanishes at the MAP. */
    @Test
    void mapEstimateIsAStationaryPointOfThePosterior() {
        for (StrengthModel model : Simulation.allModels()) {
            Simulation.Sample sample = Simulation.fromModel(model, 6, 1500, 1.0, 5);
            FitOptions options = FitOptions.defaults().withPrior(0.7);
            Fit fit = sample.fit(options);
            String label = Simulation.label(model);
            assertThat(fit.converged()).as(label).isTrue();
            double[] gradient = new double[fit.likelihood().parameterCount()];
            new Objective(fit.likelihood(), options).evaluate(fit.parameters(), gradient, null);
            assertThat(largestAbs(gradient)).as(label).isLessThan(1e-8 * fit.likelihood().observations());
            Fit withoutPrior = sample.fit(FitOptions.defaults());
            // Shrinkage: the prior pulls the spread of the estimates in.
            assertThat(largestAbs(fit.strengths())).as(label).isLessThan(largestAbs(withoutPrior.strengths()));
        }
    }
}
