package dev.ordinal.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.PairwiseJudgment;
import dev.ordinal.judgment.RankingJudgment;
import dev.ordinal.judgment.RankingProfile;
import dev.ordinal.testing.Simulation;
import dev.ordinal.uncertainty.Bootstrap;
import dev.ordinal.uncertainty.BootstrapSample;
import dev.ordinal.uncertainty.CovarianceMatrix;
import dev.ordinal.uncertainty.Covariances;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * Properties every fit must have whatever the data (DESIGN.md, "tested three ways"): the estimate
 * does not depend on how items are named or ordered, nor on which side a pair was shown on, and
 * counting every judgment twice leaves the estimate alone while shrinking its standard errors by
 * exactly √2 (the information, and the sum of squared scores, double).
 */
class FitPropertiesTest {
    private static final FitOptions ML = FitOptions.defaults();

    @Provide
    Arbitrary<StrengthModel> models() {
        return Arbitraries.of(Simulation.allModels());
    }

    /** Random battles with Davidson ties between random strengths: every tie model has something to fit. */
    static List<PairwiseJudgment> randomBattles(int items, int battles, long seed) {
        double[] theta = Simulation.strengths(items, 1.0, seed);
        return Simulation.battles(theta, battles, Simulation.davidson(0.5), seed + 1);
    }

    private static Likelihood finiteLikelihood(StrengthModel model, ComparisonTable table) {
        Likelihood likelihood = model.likelihood(table);
        Assume.that(Identifiability.hasFiniteEstimate(likelihood));
        return likelihood;
    }

    private static Fit fit(StrengthModel model, ComparisonTable table) {
        return MaximumLikelihood.fit(model.likelihood(table), table.items(), ML);
    }

    /** The estimate of each item, keyed by id, then the extras under their names. */
    private static Map<String, Double> byId(Fit fit, dev.ordinal.judgment.Items items) {
        Map<String, Double> result = new HashMap<>();
        double[] parameters = fit.parameters();
        for (int i = 0; i < items.size(); i++) {
            result.put(items.id(i), parameters[i]);
        }
        for (int k = 0; k < fit.extraParameterNames().size(); k++) {
            result.put("extra:" + fit.extraParameterNames().get(k), parameters[items.size() + k]);
        }
        return result;
    }

    private static void assertSameEstimates(Map<String, Double> expected, Map<String, Double> actual, double tolerance) {
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((key, value) -> assertThat(actual.get(key)).as(key).isCloseTo(value, within(tolerance)));
    }

    @Property(tries = 60)
    void relabellingItemsPermutesTheEstimate(@ForAll("models") StrengthModel model,
                                             @ForAll @IntRange(min = 3, max = 7) int items,
                                             @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        List<PairwiseJudgment> judgments = randomBattles(items, 40 * items, seed);
        ComparisonTable table = Simulation.table(items, judgments);
        Likelihood likelihood = finiteLikelihood(model, table);
        Fit original = MaximumLikelihood.fit(likelihood, table.items(), ML);

        // New ids under a random permutation, and the judgments in a new order, so that items
        // get different indices and pairs may change which side is "low".
        Random random = new Random(seed);
        List<Integer> permutation = new ArrayList<>();
        for (int i = 0; i < items; i++) {
            permutation.add(i);
        }
        Collections.shuffle(permutation, random);
        Map<String, String> rename = new HashMap<>();
        for (int i = 0; i < items; i++) {
            rename.put(Simulation.id(i), "renamed-" + permutation.get(i));
        }
        List<PairwiseJudgment> relabelled = new ArrayList<>(judgments.stream()
                .map(j -> PairwiseJudgment.of(rename.get(j.a()), rename.get(j.b()), j.outcome())).toList());
        Collections.shuffle(relabelled, random);
        ComparisonTable relabelledTable = ComparisonTable.of(relabelled);
        assertThat(relabelledTable.items().ids()).isNotEqualTo(table.items().ids());

        Map<String, Double> expected = new HashMap<>();
        byId(original, table.items()).forEach((key, value) -> expected.put(rename.getOrDefault(key, key), value));
        assertSameEstimates(expected, byId(fit(model, relabelledTable), relabelledTable.items()), 1e-8);
    }

    @Property(tries = 30)
    void relabellingRankingsPermutesThePlackettLuceEstimate(@ForAll @IntRange(min = 3, max = 7) int items,
                                                            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        double[] theta = Simulation.strengths(items, 1.0, seed);
        List<RankingJudgment> rankings = Simulation.rankings(theta, 30 * items, Math.min(items, 4), seed + 1);
        RankingProfile profile = RankingProfile.of(rankings);
        PlackettLuce model = new PlackettLuce();
        Likelihood likelihood = model.likelihood(profile);
        Assume.that(profile.itemCount() == items && Identifiability.hasFiniteEstimate(likelihood));
        Fit original = MaximumLikelihood.fit(likelihood, profile.items(), ML);

        Random random = new Random(seed);
        List<RankingJudgment> relabelled = new ArrayList<>(rankings.stream().map(r -> new RankingJudgment(
                r.groups().stream().map(g -> g.stream().map(id -> "z" + id).toList()).toList(), r.judge(), r.weight()))
                .toList());
        Collections.shuffle(relabelled, random);
        RankingProfile relabelledProfile = RankingProfile.of(relabelled);
        Fit other = MaximumLikelihood.fit(model.likelihood(relabelledProfile), relabelledProfile.items(), ML);

        for (int i = 0; i < items; i++) {
            String id = profile.items().id(i);
            int j = relabelledProfile.items().indexOf("z" + id).getAsInt();
            assertThat(other.strengths()[j]).as(id).isCloseTo(original.strengths()[i], within(1e-8));
        }
    }

    @Property(tries = 60)
    void swappingSidesAndFlippingOutcomesLeavesTheEstimateUnchanged(
            @ForAll("models") StrengthModel model, @ForAll @IntRange(min = 3, max = 7) int items,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        List<PairwiseJudgment> judgments = randomBattles(items, 40 * items, seed);
        ComparisonTable table = Simulation.table(items, judgments);
        Fit original = MaximumLikelihood.fit(finiteLikelihood(model, table), table.items(), ML);

        Random random = new Random(seed);
        List<PairwiseJudgment> someSwapped = judgments.stream().map(j -> random.nextBoolean() ? j.swapped() : j).toList();
        List<PairwiseJudgment> allSwapped = judgments.stream().map(PairwiseJudgment::swapped).toList();
        for (List<PairwiseJudgment> variant : List.of(someSwapped, allSwapped)) {
            ComparisonTable swapped = Simulation.table(items, variant);
            assertSameEstimates(byId(original, table.items()), byId(fit(model, swapped), swapped.items()), 1e-9);
        }
    }

    @Property(tries = 40)
    void duplicatingEveryJudgmentKeepsTheEstimateAndNarrowsClosedFormIntervalsBySqrtTwo(
            @ForAll("models") StrengthModel model, @ForAll @IntRange(min = 3, max = 7) int items,
            @ForAll @LongRange(min = 0, max = 1_000_000) long seed) {
        List<PairwiseJudgment> judgments = randomBattles(items, 40 * items, seed);
        ComparisonTable table = Simulation.table(items, judgments);
        Fit once = MaximumLikelihood.fit(finiteLikelihood(model, table), table.items(), ML);
        List<PairwiseJudgment> doubled = new ArrayList<>(judgments);
        doubled.addAll(judgments);
        ComparisonTable twiceTable = Simulation.table(items, doubled);
        Fit twice = fit(model, twiceTable);

        assertThat(twice.parameters()).containsExactly(once.parameters(), within(1e-9));
        assertCovarianceHalved(Covariances.fisher(once), Covariances.fisher(twice), "Fisher");
        assertCovarianceHalved(Covariances.sandwich(once), Covariances.sandwich(twice), "sandwich");
    }

    /** Interval half-widths are z·√variance, so "narrower by √2" is "variance halved". */
    private static void assertCovarianceHalved(CovarianceMatrix once, CovarianceMatrix twice, String method) {
        for (int i = 0; i < once.size(); i++) {
            double ratio = Math.sqrt(once.get(i, i) / twice.get(i, i));
            assertThat(ratio).as("%s standard error ratio of parameter %d", method, i)
                    .isCloseTo(Math.sqrt(2), within(1e-9 * Math.sqrt(2)));
        }
    }

    /**
     * The bootstrap is random, so its intervals shrink by √2 only approximately: the total width
     * of the 95% percentile intervals over all items, from 400 rounds, within 15% of √2. (With 400
     * rounds a percentile interval's width has a relative error of a few percent, and summing
     * over items averages it further.)
     */
    @Test
    void duplicatingEveryJudgmentNarrowsBootstrapIntervalsByAboutSqrtTwo() {
        for (StrengthModel model : Simulation.allModels()) {
            Simulation.Sample sample = Simulation.fromModel(model, 6, 600, 1.0, 11);
            Fit once = sample.fit(ML);
            Fit twice;
            if (sample.profile() != null) {
                List<RankingJudgment> doubled = new ArrayList<>();
                for (int r = 0; r < sample.profile().size(); r++) {
                    List<List<String>> groups = new ArrayList<>();
                    int[] order = sample.profile().order(r);
                    for (int item : order) {
                        groups.add(List.of(sample.profile().items().id(item)));
                    }
                    for (long c = 0; c < 2 * sample.profile().count(r); c++) {
                        doubled.add(new RankingJudgment(groups, java.util.Optional.empty(), 1));
                    }
                }
                RankingProfile twiceProfile = RankingProfile.of(doubled);
                assertThat(twiceProfile.items()).isEqualTo(sample.profile().items());
                twice = MaximumLikelihood.fit(model.likelihood(twiceProfile), twiceProfile.items(), ML);
            } else {
                ComparisonTable.Builder builder = ComparisonTable.builder();
                ComparisonTable table = sample.table();
                for (int i = 0; i < table.itemCount(); i++) {
                    builder.item(table.items().id(i));
                }
                for (int cell = 0; cell < table.cellCount(); cell++) {
                    for (var outcome : dev.ordinal.judgment.Outcome.values()) {
                        long count = table.count(cell, outcome);
                        if (count > 0) {
                            builder.add(table.sideA(cell), table.sideB(cell), outcome, 2 * count,
                                    2 * table.weight(cell, outcome));
                        }
                    }
                }
                ComparisonTable twiceTable = builder.build();
                assertThat(twiceTable.judgments()).isEqualTo(2 * table.judgments());
                twice = fit(model, twiceTable);
            }
            double widthOnce = totalWidth(new Bootstrap(400, 5, 2).run(once, round -> { }));
            double widthTwice = totalWidth(new Bootstrap(400, 6, 2).run(twice, round -> { }));
            assertThat(widthOnce / widthTwice).as(Simulation.label(model))
                    .isBetween(Math.sqrt(2) * 0.85, Math.sqrt(2) * 1.15);
        }
    }

    private static double totalWidth(BootstrapSample sample) {
        assertThat(sample.degenerate()).isZero();
        int items = sample.strengths()[0].length;
        double total = 0;
        double[] column = new double[sample.kept()];
        for (int i = 0; i < items; i++) {
            for (int r = 0; r < sample.kept(); r++) {
                column[r] = sample.strength(r, i);
            }
            Arrays.sort(column);
            total += column[(int) Math.round(0.975 * (column.length - 1))] - column[(int) Math.round(0.025 * (column.length - 1))];
        }
        return total;
    }
}
