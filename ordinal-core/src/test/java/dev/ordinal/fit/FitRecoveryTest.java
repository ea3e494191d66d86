package dev.ordinal.fit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.SyntheticBattles;
import dev.ordinal.testing.Simulation;
import dev.ordinal.uncertainty.CovarianceMatrix;
import dev.ordinal.uncertainty.Covariances;
import org.junit.jupiter.api.Test;

/**
 * Recovery of known strengths: with data drawn from a model, the maximum-likelihood estimate is
 * consistent (it converges to the truth as judgments accumulate), and its error is about one
 * Fisher standard error. Each estimate must be within 4 standard errors of the true centred
 * value, and those standard errors must be small, so the check has teeth.
 */
class FitRecoveryTest {

    private static void assertRecovers(Fit fit, double[] truth, double[] extras, String label) {
        CovarianceMatrix covariance = Covariances.fisher(fit);
        double[] estimate = fit.parameters();
        double[] centred = Simulation.centred(truth);
        for (int i = 0; i < centred.length; i++) {
            double se = Math.sqrt(covariance.get(i, i));
            assertThat(se).as("%s: standard error of item %d", label, i).isLessThan(0.08);
            assertThat(Math.abs(estimate[i] - centred[i]) / se).as("%s: item %d, estimate %f, truth %f", label, i,
                    estimate[i], centred[i]).isLessThan(4);
        }
        for (int k = 0; k < extras.length; k++) {
            int index = centred.length + k;
            double se = Math.sqrt(covariance.get(index, index));
            assertThat(se).as("%s: standard error of extra %d", label, k).isLessThan(0.08);
            assertThat(Math.abs(estimate[index] - extras[k]) / se).as("%s: extra %d, estimate %f, truth %f", label, k,
                    estimate[index], extras[k]).isLessThan(4);
        }
    }

    /** Each model recovers the truth from data drawn from that model (see {@link Simulation#fromModel}). */
    @Test
    void everyModelRecoversTheStrengthsThatGeneratedItsData() {
        for (StrengthModel model : Simulation.allModels()) {
            Simulation.Sample sample = Simulation.fromModel(model, 8, 20_000, 1.0, 2024);
            assertRecovers(sample.fit(FitOptions.defaults()), sample.theta(), sample.extras(), Simulation.label(model));
        }
    }

    @Test
    void bradleyTerryRecoversSyntheticBattlesWithoutTies() {
        SyntheticBattles battles = new SyntheticBattles(8, 20_000, 0, 1.0, 7);
        ComparisonTable table = battles.table();
        assertThat(table.winLossTie()[2]).containsOnly(0L);
        for (StrengthModel model : new StrengthModel[] {new BradleyTerry(TieModel.HALF), new PlackettLuce()}) {
            Fit fit = MaximumLikelihood.fit(model.likelihood(table), table.items(), FitOptions.defaults());
            assertRecovers(fit, battles.strengths(), new double[0], Simulation.label(model));
        }
    }

    /**
     * SyntheticBattles' ties follow Davidson (1970) with ν = 2τ/(1 − τ), so the Davidson fit
     * recovers the strengths and log ν; dropping the ties recovers the strengths too, because
     * conditional on a decisive result Davidson's model is Bradley–Terry.
     */
    @Test
    void davidsonRecoversSyntheticBattlesWithTies() {
        double tieRate = 0.3;
        SyntheticBattles battles = new SyntheticBattles(8, 20_000, tieRate, 1.0, 8);
        ComparisonTable table = battles.table();
        Fit davidson = MaximumLikelihood.fit(new BradleyTerry(TieModel.DAVIDSON).likelihood(table), table.items(),
                FitOptions.defaults());
        assertThat(davidson.extraParameterNames()).containsExactly("log_nu");
        assertRecovers(davidson, battles.strengths(), new double[] {Math.log(2 * tieRate / (1 - tieRate))}, "davidson");
        Fit dropped = MaximumLikelihood.fit(new BradleyTerry(TieModel.DROP).likelihood(table), table.items(),
                FitOptions.defaults());
        assertRecovers(dropped, battles.strengths(), new double[0], "drop");
    }

    /** A check that the recovery assertion can fail: the probit fit of logistic data is off by a scale. */
    @Test
    void wrongModelDoesNotPassAsRecovery() {
        SyntheticBattles battles = new SyntheticBattles(8, 20_000, 0, 1.0, 7);
        ComparisonTable table = battles.table();
        Fit probit = MaximumLikelihood.fit(new ThurstoneMosteller(TieModel.HALF).likelihood(table), table.items(),
                FitOptions.defaults());
        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> assertRecovers(probit, battles.strengths(), new double[0], "thurstone on logistic data"))
                .isInstanceOf(AssertionError.class);
    }
}
