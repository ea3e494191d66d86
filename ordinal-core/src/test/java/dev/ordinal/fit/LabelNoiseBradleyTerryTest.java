package dev.ordinal.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.uncertainty.CovarianceMatrix;
import dev.ordinal.uncertainty.Covariances;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** The label-noise Bradley–Terry fit (Chowdhury et al., ICML 2024): derivatives, recovery, edge cases. */
class LabelNoiseBradleyTerryTest {

    @Property(tries = 30)
    void gradientAndHessianMatchFiniteDifferences(@ForAll @IntRange(min = 0, max = 100_000) int seed) {
        Random random = new Random(seed);
        ComparisonTable table = LikelihoodDerivativesTest.randomTable(random, 5, 60);
        for (LabelNoise noise : new LabelNoise[] {LabelNoise.known(0.15), LabelNoise.estimated()}) {
            for (TieModel ties : new TieModel[] {TieModel.HALF, TieModel.DROP}) {
                Likelihood likelihood = new LabelNoiseBradleyTerry(ties, noise).likelihood(table);
                int p = likelihood.parameterCount();
                double[] point = new double[p];
                for (int k = 0; k < likelihood.itemCount(); k++) {
                    point[k] = 1.5 * random.nextGaussian();
                }
                if (p > likelihood.itemCount()) {
                    point[p - 1] = 0.02 + 0.4 * random.nextDouble();
                }
                String what = noise + ", " + ties;
                double[] gradient = LikelihoodChecks.assertDerivatives(likelihood, point, 1e-6, 1e-4, what);
                LikelihoodChecks.assertScoresSumTo(likelihood, point, gradient, what);
            }
        }
    }

    /** With ε = 0 the model is Bradley–Terry, value for value. */
    @Test
    void zeroNoiseIsBradleyTerry() {
        ComparisonTable table = LikelihoodDerivativesTest.randomTable(new Random(3), 6, 80);
        double[] point = {0.4, -0.3, 1.1, 0, -0.7, 0.2};
        double plain = new BradleyTerry(TieModel.HALF).likelihood(table).evaluate(point, null, null);
        double noisy = new LabelNoiseBradleyTerry(TieModel.HALF, LabelNoise.known(0)).likelihood(table)
                .evaluate(point, null, null);
        assertThat(noisy).isCloseTo(plain, within(1e-9));
    }

    /** Labels drawn from Bradley–Terry, then each flipped with probability {@code flip}. */
    static ComparisonTable flipped(double[] strengths, int battles, double flip, long seed) {
        Random random = new Random(seed);
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (int i = 0; i < strengths.length; i++) {
            builder.item("item" + i);
        }
        for (int k = 0; k < battles; k++) {
            int a = random.nextInt(strengths.length);
            int b = (a + 1 + random.nextInt(strengths.length - 1)) % strengths.length;
            boolean aWins = random.nextDouble() < 1 / (1 + Math.exp(strengths[b] - strengths[a]));
            if (random.nextDouble() < flip) {
                aWins = !aWins;
            }
            builder.add(a, b, aWins ? Outcome.A : Outcome.B, 1);
        }
        return builder.build();
    }

    private static final double[] TRUTH = {-1.5, -0.9, -0.3, 0.3, 0.9, 1.5};

    private static double spread(double[] strengths) {
        return strengths[strengths.length - 1] - strengths[0];
    }

    /**
     * With 20% of 40,000 labels flipped, plain Bradley–Terry shrinks the strengths towards each
     * other (the true spread 3 comes out near 1.9), while the fit that knows ε = 0.2 recovers each
     * strength within 4 standard errors, and so does the fit that estimates ε, which also finds ε.
     */
    @Test
    void recoversTheScaleThatPlainBradleyTerryShrinks() {
        ComparisonTable table = flipped(TRUTH, 40_000, 0.2, 11);
        Fit plain = MaximumLikelihood.fit(new BradleyTerry(TieModel.HALF).likelihood(table), table.items(),
                FitOptions.defaults());
        assertThat(spread(plain.strengths())).isLessThan(0.75 * spread(TRUTH));
        for (LabelNoise noise : new LabelNoise[] {LabelNoise.known(0.2), LabelNoise.estimated()}) {
            Fit robust = MaximumLikelihood.fit(new LabelNoiseBradleyTerry(TieModel.HALF, noise).likelihood(table),
                    table.items(), FitOptions.defaults());
            assertThat(robust.converged()).isTrue();
            CovarianceMatrix covariance = Covariances.fisher(robust);
            double[] estimate = robust.parameters();
            for (int i = 0; i < TRUTH.length; i++) {
                double se = Math.sqrt(covariance.get(i, i));
                assertThat(se).isLessThan(0.15);
                assertThat(Math.abs(estimate[i] - TRUTH[i]) / se).as("%s item %d: %f vs %f", noise, i, estimate[i],
                        TRUTH[i]).isLessThan(4);
            }
            if (noise.rate().isEmpty()) {
                double se = Math.sqrt(covariance.get(6, 6));
                assertThat(robust.extraParameterNames()).containsExactly("label-noise");
                assertThat(Math.abs(estimate[6] - 0.2) / se).as("ε %f ± %f", estimate[6], se).isLessThan(4);
            }
        }
    }

    /** Clean labels: the estimated ε stays near 0 and the fit agrees with plain Bradley–Terry. */
    @Test
    void estimatesNoNoiseOnCleanLabels() {
        ComparisonTable table = flipped(TRUTH, 20_000, 0, 5);
        Fit robust = MaximumLikelihood.fit(new LabelNoiseBradleyTerry(TieModel.HALF, LabelNoise.estimated())
                .likelihood(table), table.items(), FitOptions.defaults());
        Fit plain = MaximumLikelihood.fit(new BradleyTerry(TieModel.HALF).likelihood(table), table.items(),
                FitOptions.defaults());
        assertThat(robust.parameters()[6]).isBetween(0.0, 0.03);
        assertThat(robust.strengths()).containsExactly(plain.strengths(), within(0.1));
    }

    /** d = ε + ε_ref − 2 ε ε_ref: with ε_ref = 0.1 and ε = 0.2, d = 0.26. */
    @Test
    void flipRateFromDisagreement() {
        assertThat(LabelNoise.fromDisagreement(0.26, 0.1).rate().getAsDouble()).isCloseTo(0.2, within(1e-12));
        assertThat(LabelNoise.fromDisagreement(0.15, 0).rate().getAsDouble()).isEqualTo(0.15);
        assertThatThrownBy(() -> LabelNoise.fromDisagreement(0.05, 0.1)).hasMessageContaining("outside [0, 0.5)");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> LabelNoise.known(0.5))
                .isInstanceOfSatisfying(InvalidParameterException.class,
                        e -> assertThat(e.parameter()).isEqualTo("label-noise"))
                .hasMessage("label-noise must be a number in [0, 0.5), got '0.5'");
        assertThatThrownBy(() -> LabelNoise.parse("lots")).isInstanceOf(InvalidParameterException.class)
                .hasMessage("label-noise must be a rate in [0, 0.5) or 'estimate', got 'lots'");
        assertThat(LabelNoise.parse("estimate").rate()).isEmpty();
        assertThat(LabelNoise.parse("0.1").rate()).hasValue(0.1);
        assertThatThrownBy(() -> new LabelNoiseBradleyTerry(TieModel.DAVIDSON, LabelNoise.known(0.1)))
                .isInstanceOf(UnsupportedCombinationException.class).hasMessageContaining("does not go with ties davidson");
    }
}
