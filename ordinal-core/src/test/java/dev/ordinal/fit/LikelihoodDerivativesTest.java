package dev.ordinal.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.RankingJudgment;
import dev.ordinal.judgment.RankingProfile;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Every likelihood's analytic gradient and Hessian agree with central finite differences of its
 * value, and the per-observation scores sum to the gradient, at random data and parameters.
 */
class LikelihoodDerivativesTest {

    static ComparisonTable randomTable(Random random, int items, int judgments) {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (int i = 0; i < items; i++) {
            builder.item("item" + i);
        }
        for (int k = 0; k < judgments; k++) {
            int a = random.nextInt(items);
            int b = (a + 1 + random.nextInt(items - 1)) % items;
            builder.add(a, b, Outcome.values()[random.nextInt(4)], 0.5 + random.nextDouble());
        }
        return builder.build();
    }

    static RankingProfile randomRankings(Random random, int items, int rankings) {
        List<RankingJudgment> list = new ArrayList<>();
        for (int k = 0; k < rankings; k++) {
            List<String> pool = new ArrayList<>();
            for (int i = 0; i < items; i++) {
                pool.add("item" + i);
            }
            java.util.Collections.shuffle(pool, random);
            int length = 2 + random.nextInt(items - 1);
            List<List<String>> groups = new ArrayList<>();
            int position = 0;
            while (position < length) {
                int size = Math.min(length - position, random.nextInt(4) == 0 ? 2 : 1);
                groups.add(pool.subList(position, position + size));
                position += size;
            }
            list.add(new RankingJudgment(groups, Optional.empty(), 1 + random.nextInt(3)));
        }
        return RankingProfile.of(list);
    }

    static Stream<Likelihood> likelihoods(long seed) {
        Random random = new Random(seed);
        ComparisonTable table = randomTable(random, 5, 60);
        RankingProfile profile = randomRankings(random, 5, 20);
        return Stream.of(
                new BradleyTerry(TieModel.HALF).likelihood(table),
                new BradleyTerry(TieModel.DROP).likelihood(table),
                new BradleyTerry(TieModel.DAVIDSON).likelihood(table),
                new BradleyTerry(TieModel.RAO_KUPPER).likelihood(table),
                new ThurstoneMosteller(TieModel.HALF).likelihood(table),
                new ThurstoneMosteller(TieModel.DROP).likelihood(table),
                new PlackettLuce().likelihood(profile));
    }

    static double[] randomPoint(Likelihood likelihood, Random random) {
        double[] point = likelihood.initialParameters();
        for (int k = 0; k < point.length; k++) {
            point[k] += random.nextGaussian() * 0.7;
        }
        if (!likelihood.feasible(point)) {
            point[point.length - 1] = Math.abs(point[point.length - 1]) + 0.1;
        }
        return point;
    }

    @Property(tries = 30)
    void gradientAndHessianMatchFiniteDifferences(@ForAll @IntRange(min = 0, max = 100000) int seed) {
        Random random = new Random(seed);
        likelihoods(seed).forEach(likelihood -> {
            int p = likelihood.parameterCount();
            double[] point = randomPoint(likelihood, random);
            double[] gradient = new double[p];
            double[] hessian = new double[p * p];
            likelihood.evaluate(point, gradient, hessian);
            double h = 1e-5;
            for (int k = 0; k < p; k++) {
                double[] plus = point.clone();
                double[] minus = point.clone();
                plus[k] += h;
                minus[k] -= h;
                double numeric = (likelihood.evaluate(plus, null, null) - likelihood.evaluate(minus, null, null)) / (2 * h);
                assertThat(gradient[k]).as("gradient %d of %s", k, likelihood.getClass().getSimpleName())
                        .isCloseTo(numeric, within(1e-5 * Math.max(1, Math.abs(numeric))));
                double[] gradientPlus = new double[p];
                double[] gradientMinus = new double[p];
                likelihood.evaluate(plus, gradientPlus, null);
                likelihood.evaluate(minus, gradientMinus, null);
                for (int j = 0; j < p; j++) {
                    double second = (gradientPlus[j] - gradientMinus[j]) / (2 * h);
                    assertThat(hessian[j * p + k]).as("hessian %d,%d of %s", j, k, likelihood.getClass().getSimpleName())
                            .isCloseTo(second, within(1e-5 * Math.max(1, Math.abs(second))));
                }
            }
            double[] summed = new double[p];
            likelihood.forEachScore(point, (weight, index, values, length) -> {
                for (int a = 0; a < length; a++) {
                    summed[index[a]] += weight * values[a];
                }
            });
            assertThat(summed).as("scores of %s", likelihood.getClass().getSimpleName())
                    .containsExactly(gradient, within(1e-9));
        });
    }
}
