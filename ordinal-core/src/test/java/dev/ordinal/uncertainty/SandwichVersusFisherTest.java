package dev.ordinal.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.testing.Simulation;
import org.junit.jupiter.api.Test;

/**
 * The sandwich A⁻¹BA⁻¹ estimates the same covariance as the inverse information A⁻¹ when the
 * model is right, because then E[B] = A (the information equality; White, Econometrica
 * 50:1–25, 1982, section 3). When it is wrong they part: reading Davidson ties as half wins
 * claims a Bernoulli variance of ¼ per judgment at equal strengths, but a tie scores exactly
 * zero, so the true variance is (1 − τ)/4 and the sandwich is narrower by about √(1 − τ).
 */
class SandwichVersusFisherTest {

    @Test
    void agreeWhenTheDataComeFromTheModel() {
        for (StrengthModel model : Simulation.allModels()) {
            Simulation.Sample sample = Simulation.fromModel(model, 8, 40_000, 1.0, 31);
            Fit fit = sample.fit(FitOptions.defaults());
            CovarianceMatrix fisher = Covariances.fisher(fit);
            CovarianceMatrix sandwich = Covariances.sandwich(fit);
            assertThat(sandwich.size()).isEqualTo(fisher.size()).isEqualTo(fit.parameters().length);
            for (int k = 0; k < fisher.size(); k++) {
                double ratio = Math.sqrt(sandwich.get(k, k) / fisher.get(k, k));
                assertThat(ratio).as("%s parameter %d", Simulation.label(model), k).isBetween(0.9, 1.1);
            }
            for (int i = 0; i < 8; i++) {
                double ratio = Math.sqrt(sandwich.differenceVariance(i, (i + 1) % 8)
                        / fisher.differenceVariance(i, (i + 1) % 8));
                assertThat(ratio).as("%s difference %d", Simulation.label(model), i).isBetween(0.9, 1.1);
            }
        }
    }

    @Test
    void partWhenTiesAreReadAsHalfWins() {
        double[] theta = Simulation.strengths(6, 0.3, 12);
        // ν = 2: equal items tie half the time.
        ComparisonTable table = Simulation.table(6, Simulation.battles(theta, 40_000, Simulation.davidson(2), 13));
        Fit fit = dev.ordinal.fit.MaximumLikelihood.fit(new BradleyTerry(TieModel.HALF).likelihood(table),
                table.items(), FitOptions.defaults());
        CovarianceMatrix fisher = Covariances.fisher(fit);
        CovarianceMatrix sandwich = Covariances.sandwich(fit);
        for (int i = 0; i < 6; i++) {
            double ratio = Math.sqrt(sandwich.get(i, i) / fisher.get(i, i));
            assertThat(ratio).as("item %d", i).isBetween(0.6, 0.8);
        }
    }

    /**
     * With a prior the MAP estimate is centred (the prior's gradient along the common shift
     * vanishes only at Σθ = 0), so its covariance must be centred too: every row of the item block
     * sums to zero, and a prior that is weak next to the data gives the maximum-likelihood
     * covariance. (It used to keep the prior's σ²/n shift variance: intervals 5× too wide at σ = 1.)
     */
    @Test
    void aPriorLeavesTheCovarianceCentred() {
        Simulation.Sample sample = Simulation.fromModel(new BradleyTerry(TieModel.HALF), 8, 40_000, 1.0, 31);
        CovarianceMatrix plain = Covariances.fisher(sample.fit(FitOptions.defaults()));
        for (double sigma : new double[] {1, 100}) {
            CovarianceMatrix map = Covariances.fisher(sample.fit(FitOptions.defaults().withPrior(sigma)));
            for (int i = 0; i < 8; i++) {
                double row = 0;
                for (int j = 0; j < 8; j++) {
                    row += map.get(i, j);
                }
                assertThat(row).as("sigma %s row %d", sigma, i).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-9));
            }
            if (sigma == 100) {
                for (int i = 0; i < 8; i++) {
                    assertThat(Math.sqrt(map.get(i, i) / plain.get(i, i))).isBetween(0.999, 1.001);
                }
            }
        }
    }
}
