package dev.ordinal.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.RankingJudgment;
import dev.ordinal.judgment.RankingProfile;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Estimates checked against values published by others. */
class ReferenceValuesTest {

    static ComparisonTable wins(String[][] results) {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (String[] result : results) {
            for (int k = 0; k < Integer.parseInt(result[2]); k++) {
                builder.add(result[0], result[1], Outcome.A, 1);
            }
        }
        return builder.build();
    }

    /**
     * Wikipedia, "Bradley–Terry model", worked example (4 teams, 22 games): A beat B twice and
     * lost three times, A beat D once and lost four times, B beat C five times and lost three
     * times, C beat D once and lost three times. Strengths normalised to geometric mean 1:
     * A 0.640, B 1.043, C 0.660, D 2.270.
     */
    @Test
    void wikipediaFourTeams() {
        ComparisonTable table = wins(new String[][] {
            {"A", "B", "2"}, {"B", "A", "3"}, {"A", "D", "1"}, {"D", "A", "4"},
            {"B", "C", "5"}, {"C", "B", "3"}, {"C", "D", "1"}, {"D", "C", "3"}});
        Fit fit = MaximumLikelihood.fit(new BradleyTerry(TieModel.HALF).likelihood(table), table.items(),
                FitOptions.defaults());
        double[] strengths = fit.strengths();
        // Centred log-strengths are the logs of strengths with geometric mean 1.
        assertThat(Math.exp(strengths[table.items().indexOf("A").getAsInt()])).isCloseTo(0.640, within(5e-4));
        assertThat(Math.exp(strengths[table.items().indexOf("B").getAsInt()])).isCloseTo(1.043, within(5e-4));
        assertThat(Math.exp(strengths[table.items().indexOf("C").getAsInt()])).isCloseTo(0.660, within(5e-4));
        assertThat(Math.exp(strengths[table.items().indexOf("D").getAsInt()])).isCloseTo(2.270, within(5e-4));
        assertThat(fit.converged()).isTrue();
    }

    /**
     * choix (Python, L. Maystre), tests of the pairwise ML estimator: data (0≻1, 0≻1, 1≻2, 2≻0)
     * gives centred log-strengths (0.4196, −0.4196, 0).
     */
    @Test
    void choixPairwise() {
        ComparisonTable table = wins(new String[][] {{"0", "1", "2"}, {"1", "2", "1"}, {"2", "0", "1"}});
        Fit fit = MaximumLikelihood.fit(new BradleyTerry(TieModel.HALF).likelihood(table), table.items(),
                FitOptions.defaults());
        assertThat(fit.strengths()).containsExactly(new double[] {0.4196, -0.4196, 0}, within(1e-4));
    }

    /**
     * choix, Plackett–Luce ML on the rankings (0,1,2), (3,2,0), (1,3): centred log-strengths
     * (−0.44328, 0.69506, −0.67061, 0.41883). choix's values come from iterative solvers stopped
     * at its default tolerance and agree to 5e-5; our Newton estimate is the exact optimum, where
     * the gradient vanishes to 1e-9.
     */
    @Test
    void choixPlackettLuce() {
        RankingProfile profile = RankingProfile.of(List.of(
                RankingJudgment.ofOrder(List.of("0", "1", "2")),
                RankingJudgment.ofOrder(List.of("3", "2", "0")),
                RankingJudgment.ofOrder(List.of("1", "3"))));
        Fit fit = MaximumLikelihood.fit(new PlackettLuce().likelihood(profile), profile.items(), FitOptions.defaults());
        double[] byItem = new double[4];
        for (int k = 0; k < 4; k++) {
            byItem[k] = fit.strengths()[profile.items().indexOf(String.valueOf(k)).getAsInt()];
        }
        assertThat(byItem).containsExactly(new double[] {-0.44328, 0.69506, -0.67061, 0.41883}, within(5e-5));
        assertThat(fit.converged()).isTrue();
        double[] gradient = new double[4];
        fit.likelihood().evaluate(fit.parameters(), gradient, null);
        assertThat(gradient).containsExactly(new double[] {0, 0, 0, 0}, within(1e-9));
    }
}
