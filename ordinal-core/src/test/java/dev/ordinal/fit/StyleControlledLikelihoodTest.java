package dev.ordinal.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.uncertainty.Covariances;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class StyleControlledLikelihoodTest {
    private static final List<String> TWO_FEATURES = List.of("length", "bold");

    /** Random judgments with feature differences drawn from a few values, so that some cells collapse. */
    static StyleControlledLikelihood random(Random random, int items, int judgments, TieModel ties) {
        StyleControlledLikelihood.Builder builder = StyleControlledLikelihood.builder(items, TWO_FEATURES, ties);
        for (int k = 0; k < judgments; k++) {
            int a = random.nextInt(items);
            int b = (a + 1 + random.nextInt(items - 1)) % items;
            double[] z = {random.nextInt(5) - 2, random.nextGaussian()};
            builder.add(a, b, z, Outcome.values()[random.nextInt(4)]);
        }
        return builder.build();
    }

    @Property(tries = 30)
    void gradientAndHessianMatchFiniteDifferencesAndScoresSumToTheGradient(
            @ForAll @IntRange(min = 0, max = 100000) int seed) {
        Random random = new Random(seed);
        for (TieModel ties : List.of(TieModel.HALF, TieModel.DROP)) {
            StyleControlledLikelihood likelihood = random(random, 5, 80, ties);
            int p = likelihood.parameterCount();
            double[] point = new double[p];
            for (int k = 0; k < p; k++) {
                point[k] = random.nextGaussian() * 0.7;
            }
            double[] gradient = LikelihoodChecks.assertDerivatives(likelihood, point, 1e-5, 1e-5, ties.label());
            assertThat(likelihood.evaluate(point, null, null))
                    .isEqualTo(likelihood.evaluate(point, new double[p], new double[p * p]));
            LikelihoodChecks.assertScoresSumTo(likelihood, point, gradient, ties.label());
        }
    }

    @Test
    void judgmentsWithTheSamePairAndDifferencesCollapseIntoOneCellWhicheverSideIsShownFirst() {
        StyleControlledLikelihood likelihood = StyleControlledLikelihood.builder(3, TWO_FEATURES, TieModel.HALF)
                .add(0, 1, new double[] {0.5, -1}, Outcome.A)
                .add(1, 0, new double[] {-0.5, 1}, Outcome.A) // the same answers shown the other way round
                .add(0, 1, new double[] {0.5, -1}, Outcome.TIE)
                .add(0, 1, new double[] {0.5, 0}, Outcome.B)
                .add(1, 2, new double[] {0, 0}, Outcome.BOTH_BAD)
                .add(2, 1, new double[] {-0.0, 0}, Outcome.A)
                .build();
        assertThat(likelihood.cellCount()).isEqualTo(3);
        assertThat(likelihood.observations()).isEqualTo(6);
        // Cell weights (low wins, high wins, ties): {0,1} at (0.5,−1): 1, 1, 1; at (0.5, 0): 0, 1, 0;
        // {1,2} at (0, 0): 0, 1, 1.
        assertThat(likelihood.cells()).containsExactly(1, 1, 1, 0, 1, 0, 0, 1, 1);
    }

    @Test
    void swappingSidesAndFlippingVerdictsChangesNothing() {
        Random random = new Random(7);
        StyleControlledLikelihood.Builder shown = StyleControlledLikelihood.builder(4, TWO_FEATURES, TieModel.HALF);
        StyleControlledLikelihood.Builder swapped = StyleControlledLikelihood.builder(4, TWO_FEATURES, TieModel.HALF);
        for (int k = 0; k < 50; k++) {
            int a = random.nextInt(4);
            int b = (a + 1 + random.nextInt(3)) % 4;
            double[] z = {random.nextGaussian(), random.nextGaussian()};
            Outcome outcome = Outcome.values()[random.nextInt(4)];
            shown.add(a, b, z, outcome);
            swapped.add(b, a, new double[] {-z[0], -z[1]}, outcome.swapped());
        }
        double[] point = {0.3, -0.2, 0.5, -0.6, 0.8, -0.4};
        assertThat(swapped.build().evaluate(point, null, null)).isCloseTo(shown.build().evaluate(point, null, null),
                within(1e-12));
    }

    @Test
    void withNoFeaturesItIsBradleyTerryWithHalfTies() {
        Random random = new Random(3);
        StyleControlledLikelihood.Builder styled = StyleControlledLikelihood.builder(4, List.of(), TieModel.HALF);
        ComparisonTable.Builder table = ComparisonTable.builder();
        for (int i = 0; i < 4; i++) {
            table.item("item" + i);
        }
        for (int k = 0; k < 60; k++) {
            int a = random.nextInt(4);
            int b = (a + 1 + random.nextInt(3)) % 4;
            Outcome outcome = Outcome.values()[random.nextInt(4)];
            styled.add(a, b, new double[0], outcome);
            table.add(a, b, outcome, 1.0);
        }
        Likelihood bradleyTerry = new BradleyTerry(TieModel.HALF).likelihood(table.build());
        double[] point = {0.4, -0.1, 0.2, -0.5};
        assertThat(styled.build().evaluate(point, null, null))
                .isCloseTo(bradleyTerry.evaluate(point, null, null), within(1e-10));
        Fit fit = MaximumLikelihood.fit(styled.build(), dev.ordinal.judgment.Items.of(List.of("item0", "item1", "item2",
                "item3")), FitOptions.defaults());
        Fit reference = MaximumLikelihood.fit(bradleyTerry, table.build().items(), FitOptions.defaults());
        assertThat(fit.parameters()).containsExactly(reference.parameters(), within(1e-8));
        assertThat(Covariances.sandwich(fit).get(1, 1)).isCloseTo(Covariances.sandwich(reference).get(1, 1), within(1e-10));
    }

    @Test
    void aKnownCoefficientIsRecoveredOnALargeSimulatedSample() {
        // θ = (0.5, 0, −0.5), γ = 0.8: with 20,000 judgments the MLE lands within a few hundredths.
        Random random = new Random(11);
        double[] strengths = {0.5, 0, -0.5};
        double gamma = 0.8;
        StyleControlledLikelihood.Builder builder = StyleControlledLikelihood.builder(3, List.of("length"), TieModel.DROP);
        for (int k = 0; k < 20000; k++) {
            int a = random.nextInt(3);
            int b = (a + 1 + random.nextInt(2)) % 3;
            // (k − 3)/3 negates exactly, so a pair seen from either side lands in one cell.
            double z = (random.nextInt(7) - 3) / 3.0;
            double probability = 1 / (1 + Math.exp(-(strengths[a] - strengths[b] + gamma * z)));
            builder.add(a, b, new double[] {z}, random.nextDouble() < probability ? Outcome.A : Outcome.B);
        }
        StyleControlledLikelihood likelihood = builder.build();
        assertThat(likelihood.cellCount()).isLessThanOrEqualTo(3 * 7);
        Fit fit = MaximumLikelihood.fit(likelihood, dev.ordinal.judgment.Items.of(List.of("a", "b", "c")),
                FitOptions.defaults());
        assertThat(fit.converged()).isTrue();
        assertThat(fit.parameters()).containsExactly(new double[] {0.5, 0, -0.5, 0.8}, within(0.06));
        assertThat(fit.extraParameterNames()).containsExactly("length");
        assertThat(fit.expectedScore(0, 2)).isCloseTo(1 / (1 + Math.exp(-(fit.strengths()[0] - fit.strengths()[2]))),
                within(1e-12));
    }

    @Test
    void resampledCellsKeepTheLayout() {
        StyleControlledLikelihood likelihood = random(new Random(5), 4, 40, TieModel.HALF);
        double[] cells = likelihood.cells();
        cells[0] += 2;
        Likelihood resampled = likelihood.withCells(cells);
        assertThat(resampled.cells()).containsExactly(cells);
        assertThat(resampled.observations()).isEqualTo(42);
        assertThatThrownBy(() -> likelihood.withCells(new double[1])).hasMessageContaining("cell weights");
    }

    @Test
    void badInputIsRejectedWithAMessage() {
        assertThatThrownBy(() -> StyleControlledLikelihood.builder(3, TWO_FEATURES, TieModel.DAVIDSON))
                .hasMessageContaining("'davidson'").hasMessageContaining("half or drop");
        StyleControlledLikelihood.Builder builder = StyleControlledLikelihood.builder(3, TWO_FEATURES, TieModel.HALF);
        assertThatThrownBy(() -> builder.add(0, 3, new double[2], Outcome.A)).hasMessageContaining("out of range");
        assertThatThrownBy(() -> builder.add(1, 1, new double[2], Outcome.A)).hasMessageContaining("itself");
        assertThatThrownBy(() -> builder.add(0, 1, new double[1], Outcome.A))
                .hasMessageContaining("expected 2 feature differences [length, bold], got 1");
        assertThatThrownBy(() -> builder.add(0, 1, new double[] {Double.NaN, 0}, Outcome.A))
                .hasMessageContaining("finite");
    }

    @Test
    void aDisconnectedComparisonGraphIsDiagnosedAsForBradleyTerry() {
        StyleControlledLikelihood likelihood = StyleControlledLikelihood.builder(3, List.of("length"), TieModel.HALF)
                .add(0, 1, new double[] {0.2}, Outcome.A)
                .add(1, 0, new double[] {0.1}, Outcome.A)
                .add(1, 2, new double[] {0.3}, Outcome.A)
                .build();
        assertThatThrownBy(() -> MaximumLikelihood.fit(likelihood, dev.ordinal.judgment.Items.of(List.of("x", "y", "z")),
                FitOptions.defaults())).isInstanceOf(NoFiniteEstimateException.class).hasMessageContaining("'z' never won");
    }
}
