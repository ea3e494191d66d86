package dev.ordinal.fit;

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
import net.jqwik.api.Example;
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

    /** Seed 103 once failed the plain central difference (relative error 1.5e-5 on a Rao–Kupper gradient). */
    @Example
    void aStronglyCurvedRaoKupperCase() {
        gradientAndHessianMatchFiniteDifferences(103);
    }

    @Property(tries = 30)
    void gradientAndHessianMatchFiniteDifferences(@ForAll @IntRange(min = 0, max = 100000) int seed) {
        Random random = new Random(seed);
        likelihoods(seed).forEach(likelihood -> {
            double[] point = randomPoint(likelihood, random);
            String what = likelihood.getClass().getSimpleName();
            double[] gradient = LikelihoodChecks.assertDerivatives(likelihood, point, 1e-5, 1e-5, what);
            LikelihoodChecks.assertScoresSumTo(likelihood, point, gradient, what);
        });
    }
}
