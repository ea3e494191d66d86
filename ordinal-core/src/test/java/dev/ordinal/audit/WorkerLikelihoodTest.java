package dev.ordinal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.LikelihoodChecks;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The worker model's analytic gradient and Hessian against central finite differences of its
 * value, at random data and random parameters (skills of either sign, biases far from 0), and the
 * per-observation scores against the gradient of the data term. Open-source versions of this
 * model have shipped with wrong gradients (issue 7), most easily by dropping the g·∇²z term.
 */
class WorkerLikelihoodTest {

    static WorkerLikelihood random(Random random, int items, int workers, int cellCount, boolean halfTies) {
        int[] worker = new int[cellCount];
        int[] left = new int[cellCount];
        int[] right = new int[cellCount];
        double[] cells = new double[3 * cellCount];
        for (int c = 0; c < cellCount; c++) {
            worker[c] = random.nextInt(workers);
            left[c] = random.nextInt(items);
            right[c] = (left[c] + 1 + random.nextInt(items - 1)) % items;
            for (int k = 0; k < 3; k++) {
                cells[3 * c + k] = random.nextInt(3) == 0 ? 0 : random.nextInt(5);
            }
        }
        return new WorkerLikelihood(items, workers, worker, left, right, cells, halfTies, 0.8, 1.3, 100);
    }

    private static double[] point(Likelihood likelihood, Random random) {
        double[] point = new double[likelihood.parameterCount()];
        for (int k = 0; k < point.length; k++) {
            point[k] = 1.5 * random.nextGaussian();
        }
        return point;
    }

    @Property(tries = 40)
    void gradientAndHessianMatchFiniteDifferences(@ForAll @IntRange(min = 0, max = 100_000) int seed) {
        Random random = new Random(seed);
        WorkerLikelihood likelihood = random(random, 5, 3, 30, seed % 2 == 0);
        double[] x = point(likelihood, random);
        LikelihoodChecks.assertDerivatives(likelihood, x, 1e-5, 1e-5, "the worker likelihood");
    }

    /** The scores sum to the gradient minus the priors' part, −τ⁻²(γ − 1) and −τ⁻²β. */
    @Property(tries = 20)
    void scoresSumToTheDataGradient(@ForAll @IntRange(min = 0, max = 100_000) int seed) {
        Random random = new Random(seed);
        WorkerLikelihood likelihood = random(random, 4, 2, 20, true);
        int p = likelihood.parameterCount();
        double[] x = point(likelihood, random);
        double[] gradient = new double[p];
        likelihood.evaluate(x, gradient, null);
        for (int w = 0; w < 2; w++) {
            int skill = WorkerLikelihood.skillIndex(4, w);
            gradient[skill] += (x[skill] - 1) / (0.8 * 0.8);
            gradient[skill + 1] += x[skill + 1] / (1.3 * 1.3);
        }
        LikelihoodChecks.assertScoresSumTo(likelihood, x, gradient, "the worker likelihood (data part)");
    }

    /** One hand-computed value: one left win by a worker with γ = 2, β = 0.5 between s = (0.3, −0.2). */
    @Test
    void valueOfOneLabelByHand() {
        WorkerLikelihood likelihood = new WorkerLikelihood(2, 1, new int[] {0}, new int[] {0}, new int[] {1},
                new double[] {1, 0, 0}, true, 1, 1, 1);
        // z = 2 · 0.5 + 0.5 = 1.5; log σ(1.5) = −0.2014132779827524; priors: −(1)²/2 − 0.5²/2 = −0.625.
        double value = likelihood.evaluate(new double[] {0.3, -0.2, 2, 0.5}, null, null);
        assertThat(value).isCloseTo(-0.2014132779827524 - 0.625, within(1e-12));
    }
}
