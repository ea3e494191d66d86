package dev.ordinal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * TrueSkill checked against published values, the paper's closed form and properties.
 *
 * <p>Reference numbers, unless a test says otherwise, are from the test suite and documentation
 * of the Python {@code trueskill} package by Heungsub Lee (github.com/sublee/trueskill,
 * {@code trueskilltests.py}, functions {@code n_vs_n}, {@code one_vs_n}, {@code individual},
 * {@code multiple_teams}, {@code upset}, {@code unsorted_groups}, {@code custom_environment};
 * and {@code docs/index.rst}), which use the same defaults (μ 25, σ 25/3, β 25/6, τ 25/300, draw
 * probability 0.10) and state the numbers to three decimals, accepting ±1 in the last digit. The
 * two-player numbers are also those of Microsoft's TrueSkill calculator as reproduced by
 * J. Moser, "Computing Your Skill" (2010).
 */
class TrueSkillTest {

    /** Published values are rounded to 3 decimals and accepted at ±1 in the last digit. */
    private static final double PUBLISHED = 1.5e-3;

    // ---- helpers -----------------------------------------------------------------------------

    private static Match game(List<Integer> ranks, List<List<String>> teams) {
        return new Match("g", Optional.empty(), teams, ranks, Optional.empty());
    }

    private static Match weighted(List<Integer> ranks, List<List<String>> teams, List<List<Double>> weights) {
        return new Match("g", Optional.empty(), teams, ranks, Optional.of(weights));
    }

    private static List<List<String>> singles(int count) {
        List<List<String>> teams = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            teams.add(List.of("p" + i));
        }
        return teams;
    }

    private static List<Integer> ranks(int count) {
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ranks.add(i + 1);
        }
        return ranks;
    }

    private static void assertRating(TrueSkill system, String player, double mean, double deviation,
                                     double tolerance) {
        Rating r = system.rating(player);
        assertThat(r.mean()).as("μ of %s", player).isCloseTo(mean, within(tolerance));
        assertThat(r.deviation()).as("σ of %s", player).isCloseTo(deviation, within(tolerance));
    }

    private static void assertRatings(TrueSkill system, double[][] expected, double tolerance) {
        for (int i = 0; i < expected.length; i++) {
            assertRating(system, "p" + i, expected[i][0], expected[i][1], tolerance);
        }
    }

    // ---- published reference values ----------------------------------------------------------

    @Test
    void twoPlayersWinnerAndLoser() {
        // TrueSkill docs (trueskill.org / docs/index.rst, rate_1vs1) and trueskilltests.py n_vs_n.
        TrueSkill system = new TrueSkill();
        system.update(Match.duel("g", Optional.empty(), "a", "b", 1));
        assertRating(system, "a", 29.396, 7.171, PUBLISHED);
        assertRating(system, "b", 20.604, 7.171, PUBLISHED);
        // More digits, self-computed (not published): the paper's Table 1 closed form evaluated in double
        // precision with Python's statistics.NormalDist, independently of this code.
        assertRating(system, "a", 29.395831692991514, 7.171475807009221, 1e-9);
        assertRating(system, "b", 50 - 29.395831692991514, 7.171475807009221, 1e-9);
    }

    @Test
    void twoPlayersDraw() {
        // trueskilltests.py n_vs_n and docs/index.rst: 25.000, 6.458 (6.4575…, which rounds to 6.458 and
        // truncates to 6.457).
        TrueSkill system = new TrueSkill();
        system.update(Match.duel("g", Optional.empty(), "a", "b", 0.5));
        assertRating(system, "a", 25.000, 6.458, PUBLISHED);
        assertRating(system, "b", 25.000, 6.458, PUBLISHED);
        // More digits, self-computed as above (ε = Φ⁻¹(0.55)·√2·β = 0.740466587452148).
        assertRating(system, "a", 25.0, 6.457515683245048, 1e-9);
        assertThat(system.drawMargin(2)).isCloseTo(0.740466587452148, within(1e-12));
    }

    @Test
    void teamsOfTwoAndFour() {
        // trueskilltests.py n_vs_n: 2 vs 2 win, 2 vs 2 draw, 4 vs 4 win
        TrueSkill win = new TrueSkill();
        win.update(game(List.of(1, 2), List.of(List.of("p0", "p1"), List.of("p2", "p3"))));
        assertRatings(win, new double[][] {{28.108, 7.774}, {28.108, 7.774}, {21.892, 7.774}, {21.892, 7.774}},
                PUBLISHED);

        TrueSkill draw = new TrueSkill();
        draw.update(game(List.of(1, 1), List.of(List.of("p0", "p1"), List.of("p2", "p3"))));
        assertRatings(draw, new double[][] {{25, 7.455}, {25, 7.455}, {25, 7.455}, {25, 7.455}}, PUBLISHED);

        TrueSkill four = new TrueSkill();
        four.update(game(List.of(1, 2), List.of(List.of("p0", "p1", "p2", "p3"), List.of("p4", "p5", "p6", "p7"))));
        for (int i = 0; i < 8; i++) {
            assertRating(four, "p" + i, i < 4 ? 27.198 : 22.802, 8.059, PUBLISHED);
        }
    }

    @Test
    void oneAgainstSeveral() {
        // docs/index.rst "Complex competition game" (33.731, 16.269, 7.317) and trueskilltests.py one_vs_n
        // (33.730, 16.270, 7.317): the exact value lies between the two roundings.
        TrueSkill oneVsTwo = new TrueSkill();
        oneVsTwo.update(game(List.of(1, 2), List.of(List.of("p0"), List.of("p1", "p2"))));
        assertRatings(oneVsTwo, new double[][] {{33.7305, 7.317}, {16.2695, 7.317}, {16.2695, 7.317}}, PUBLISHED);

        TrueSkill oneVsTwoDraw = new TrueSkill();
        oneVsTwoDraw.update(game(List.of(1, 1), List.of(List.of("p0"), List.of("p1", "p2"))));
        assertRatings(oneVsTwoDraw, new double[][] {{31.660, 7.138}, {18.340, 7.138}, {18.340, 7.138}}, PUBLISHED);

        TrueSkill oneVsThree = new TrueSkill();
        oneVsThree.update(game(List.of(1, 2), List.of(List.of("p0"), List.of("p1", "p2", "p3"))));
        assertRatings(oneVsThree,
                new double[][] {{36.337, 7.527}, {13.663, 7.527}, {13.663, 7.527}, {13.663, 7.527}}, PUBLISHED);

        TrueSkill oneVsThreeDraw = new TrueSkill();
        oneVsThreeDraw.update(game(List.of(1, 1), List.of(List.of("p0"), List.of("p1", "p2", "p3"))));
        // published to two decimals only
        assertRatings(oneVsThreeDraw,
                new double[][] {{34.990, 7.455}, {15.010, 7.455}, {15.010, 7.455}, {15.010, 7.455}}, 0.015);

        TrueSkill oneVsSeven = new TrueSkill();
        oneVsSeven.update(game(List.of(1, 2),
                List.of(List.of("p0"), List.of("p1", "p2", "p3", "p4", "p5", "p6", "p7"))));
        assertRating(oneVsSeven, "p0", 40.582, 7.917, PUBLISHED);
        for (int i = 1; i < 8; i++) {
            assertRating(oneVsSeven, "p" + i, 9.418, 7.917, PUBLISHED);
        }
    }

    @Test
    void threePlayerFreeForAll() {
        // trueskilltests.py individual: 3 players, and 3 players all drawn; the latter's small asymmetry
        // (5.698, 5.695, 5.698) is a feature of the converged EP fixed point on the chain.
        TrueSkill ranked = new TrueSkill();
        ranked.update(game(ranks(3), singles(3)));
        assertRatings(ranked, new double[][] {{31.675, 6.656}, {25.000, 6.208}, {18.325, 6.656}}, PUBLISHED);

        TrueSkill drawn = new TrueSkill();
        drawn.update(game(List.of(1, 1, 1), singles(3)));
        assertRatings(drawn, new double[][] {{25.000, 5.698}, {25.000, 5.695}, {25.000, 5.698}}, PUBLISHED);
    }

    @Test
    void largerFreeForAlls() {
        // trueskilltests.py individual: 4, 5 and 16 players ranked, 8 players all drawn
        TrueSkill four = new TrueSkill();
        four.update(game(ranks(4), singles(4)));
        assertRatings(four, new double[][] {{33.207, 6.348}, {27.401, 5.787}, {22.599, 5.787}, {16.793, 6.348}},
                PUBLISHED);

        TrueSkill five = new TrueSkill();
        five.update(game(ranks(5), singles(5)));
        assertRatings(five, new double[][] {{34.363, 6.136}, {29.058, 5.536}, {25.000, 5.420}, {20.942, 5.536},
            {15.637, 6.136}}, PUBLISHED);

        TrueSkill eight = new TrueSkill();
        eight.update(game(Collections.nCopies(8, 1), singles(8)));
        assertRatings(eight, new double[][] {{25, 4.592}, {25, 4.583}, {25, 4.576}, {25, 4.573}, {25, 4.573},
            {25, 4.576}, {25, 4.583}, {25, 4.592}}, PUBLISHED);

        TrueSkill sixteen = new TrueSkill();
        sixteen.update(game(ranks(16), singles(16)));
        assertRatings(sixteen, new double[][] {{40.539, 5.276}, {36.810, 4.711}, {34.347, 4.524}, {32.336, 4.433},
            {30.550, 4.380}, {28.893, 4.349}, {27.310, 4.330}, {25.766, 4.322}, {24.234, 4.322}, {22.690, 4.330},
            {21.107, 4.349}, {19.450, 4.380}, {17.664, 4.433}, {15.653, 4.524}, {13.190, 4.711}, {9.461, 5.276}},
                PUBLISHED);
    }

    @Test
    void unsortedRanksAreSortedFirst() {
        // trueskilltests.py unsorted_groups: ranks [2, 1, 0]
        TrueSkill system = new TrueSkill();
        system.update(game(List.of(3, 2, 1), singles(3)));
        assertRatings(system, new double[][] {{18.325, 6.656}, {25.000, 6.208}, {31.675, 6.656}}, PUBLISHED);
    }

    @Test
    void drawProbabilityHalf() {
        // trueskilltests.py custom_environment: TrueSkill(draw_probability=.50), 1 vs 1
        TrueSkill system = new TrueSkill(25, 25.0 / 3, 25.0 / 6, 25.0 / 300, 0.5);
        system.update(Match.duel("g", Optional.empty(), "a", "b", 1));
        assertRating(system, "a", 30.267, 7.077, PUBLISHED);
        assertRating(system, "b", 19.733, 7.077, PUBLISHED);
    }

    @Test
    void threeTeamsWithATieAndGivenRatings() {
        // trueskilltests.py multiple_teams: 2 vs 4 vs 2, ranks [0, 1, 1]
        TrueSkill system = new TrueSkill();
        double[][] given = {{40, 4}, {45, 3}, {20, 7}, {19, 6}, {30, 9}, {10, 4}, {50, 5}, {30, 2}};
        for (int i = 0; i < given.length; i++) {
            system.seed("p" + i, given[i][0], given[i][1]);
        }
        List<List<String>> teams = List.of(List.of("p0", "p1"), List.of("p2", "p3", "p4", "p5"), List.of("p6", "p7"));
        assertThat(system.matchQuality(teams)).isCloseTo(0.367, within(PUBLISHED));
        system.update(game(List.of(1, 2, 2), teams));
        assertRatings(system, new double[][] {{40.877, 3.840}, {45.493, 2.934}, {19.609, 6.396}, {18.712, 5.625},
            {29.353, 7.673}, {9.872, 3.891}, {48.830, 4.590}, {29.813, 1.976}}, PUBLISHED);
    }

    @Test
    void upsets() {
        // trueskilltests.py upset
        TrueSkill duel = new TrueSkill();
        duel.seed("p1", 50, 12.5);
        duel.update(game(List.of(1, 1), List.of(List.of("p0"), List.of("p1"))));
        assertRatings(duel, new double[][] {{31.662, 7.137}, {35.010, 7.910}}, PUBLISHED);

        TrueSkill twoVsTwo = new TrueSkill();
        seedAll(twoVsTwo, new double[][] {{20, 8}, {25, 6}, {35, 7}, {40, 5}});
        List<List<String>> pairs = List.of(List.of("p0", "p1"), List.of("p2", "p3"));
        assertThat(twoVsTwo.matchQuality(pairs)).isCloseTo(0.084, within(PUBLISHED));
        twoVsTwo.update(game(List.of(1, 2), pairs));
        assertRatings(twoVsTwo, new double[][] {{29.698, 7.008}, {30.455, 5.594}, {27.575, 6.346}, {36.211, 4.768}},
                PUBLISHED);

        double[][] threeVsTwo = {{28, 7}, {27, 6}, {26, 5}, {30, 4}, {31, 3}};
        List<List<String>> teams = List.of(List.of("p0", "p1", "p2"), List.of("p3", "p4"));
        TrueSkill first = new TrueSkill();
        seedAll(first, threeVsTwo);
        assertThat(first.matchQuality(teams)).isCloseTo(0.254, within(PUBLISHED));
        first.update(game(List.of(1, 2), teams));
        assertRatings(first, new double[][] {{28.658, 6.770}, {27.484, 5.856}, {26.336, 4.917}, {29.785, 3.958},
            {30.879, 2.983}}, PUBLISHED);
        TrueSkill second = new TrueSkill();
        seedAll(second, threeVsTwo);
        second.update(game(List.of(2, 1), teams));
        assertRatings(second, new double[][] {{21.840, 6.314}, {22.474, 5.575}, {22.857, 4.757}, {32.012, 3.877},
            {32.132, 2.949}}, PUBLISHED);

        TrueSkill eight = new TrueSkill();
        seedAll(eight, new double[][] {{10, 8}, {15, 7}, {20, 6}, {25, 5}, {30, 4}, {35, 3}, {40, 2}, {45, 1}});
        assertThat(eight.matchQuality(singles(8))).isCloseTo(0.000, within(PUBLISHED));
        eight.update(game(ranks(8), singles(8)));
        assertRatings(eight, new double[][] {{35.135, 4.506}, {32.585, 4.037}, {31.329, 3.756}, {30.984, 3.453},
            {31.751, 3.064}, {34.051, 2.541}, {38.263, 1.849}, {44.118, 0.983}}, PUBLISHED);
    }

    private static void seedAll(TrueSkill system, double[][] ratings) {
        for (int i = 0; i < ratings.length; i++) {
            system.seed("p" + i, ratings[i][0], ratings[i][1]);
        }
    }

    @Test
    void matchQualityPublished() {
        // docs/index.rst: "44.7% chance to draw" (1 vs 1 new players), "13.5%" (1 vs 2);
        // trueskilltests.py n_vs_n, one_vs_n, individual, upset (1 vs 1 against (50, 12.5): 0.110)
        TrueSkill system = new TrueSkill();
        assertThat(system.matchQuality(List.of(List.of("a"), List.of("b")))).isCloseTo(0.447, within(5e-4));
        assertThat(system.matchQuality(List.of(List.of("a"), List.of("b")))).isCloseTo(Math.sqrt(0.2), within(1e-12));
        assertThat(system.matchQuality(List.of(List.of("a", "b"), List.of("c", "d")))).isCloseTo(0.447, within(5e-4));
        assertThat(system.matchQuality(List.of(List.of("a", "b", "c", "d"), List.of("e", "f", "g", "h"))))
                .isCloseTo(0.447, within(5e-4));
        assertThat(system.matchQuality(List.of(List.of("a"), List.of("b", "c")))).isCloseTo(0.135, within(PUBLISHED));
        assertThat(system.matchQuality(List.of(List.of("a"), List.of("b", "c", "d")))).isCloseTo(0.012,
                within(PUBLISHED));
        assertThat(system.matchQuality(singles(3))).isCloseTo(0.200, within(PUBLISHED));
        assertThat(system.matchQuality(singles(4))).isCloseTo(0.089, within(PUBLISHED));
        assertThat(system.matchQuality(singles(5))).isCloseTo(0.040, within(PUBLISHED));
        assertThat(system.matchQuality(singles(8))).isCloseTo(0.004, within(PUBLISHED));
        system.seed("strong", 50, 12.5);
        assertThat(system.matchQuality(List.of(List.of("a"), List.of("strong")))).isCloseTo(0.110, within(PUBLISHED));
    }

    @Test
    void extremeMismatchesStayFinite() {
        // trueskilltests.py issue3 / issue4: inputs that once divided by zero; no published outputs, so
        // check that the result is finite, the winner does not lose μ, and σ does not grow beyond τ.
        TrueSkill system = new TrueSkill();
        system.seed("a", 105.247, 0.439);
        system.seed("b", 27.030, 0.901);
        system.update(Match.duel("g", Optional.empty(), "a", "b", 0));  // the huge upset
        system.update(Match.duel("g", Optional.empty(), "c", "d", 1));
        for (String p : List.of("a", "b")) {
            assertThat(system.rating(p).mean()).isFinite();
            assertThat(system.rating(p).deviation()).isFinite().isPositive();
        }
        assertThat(system.rating("b").mean()).isGreaterThan(27.030);
        assertThat(system.rating("a").mean()).isLessThan(105.247);

        TrueSkill manyWeak = new TrueSkill();
        manyWeak.seed("x", 42.234, 3.728);
        manyWeak.seed("y", 43.290, 3.842);
        List<String> weak = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            weak.add("w" + i);
            manyWeak.seed("w" + i, 16.667, 0.5);
        }
        manyWeak.update(game(List.of(7, 6), List.of(List.of("x", "y"), weak)));
        for (String p : manyWeak.players()) {
            assertThat(manyWeak.rating(p).mean()).isFinite();
            assertThat(manyWeak.rating(p).deviation()).isFinite().isPositive();
        }
    }

    // ---- the paper's closed form for two teams ------------------------------------------------

    /**
     * Herbrich, Minka, Graepel 2006, Table 1 (two teams; partial play multiplies each player's
     * contribution): c² = Σ wᵢ²(σᵢ² + τ² + β²), t = (Σ_A wμ − Σ_B wμ)/c; the first team's players
     * move by +wᵢσᵢ²/c·v(t/…, ε/c), the second's by −wᵢσᵢ²/c·v, and σᵢ² ← σᵢ²(1 − wᵢ²σᵢ²/c²·w). Two
     * teams make a tree, so EP is exact and must equal this; teams of one give the two-player update.
     */
    @Property(tries = 200)
    void twoTeamsMatchThePaperClosedForm(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        int sizeA = 1 + random.nextInt(3);
        int sizeB = 1 + random.nextInt(3);
        boolean draw = random.nextInt(3) == 0;
        boolean partial = random.nextBoolean();
        TrueSkill system = new TrueSkill();
        List<List<String>> teams = List.of(new ArrayList<>(), new ArrayList<>());
        List<List<Double>> weights = List.of(new ArrayList<>(), new ArrayList<>());
        double[] mean = new double[sizeA + sizeB];
        double[] variance = new double[sizeA + sizeB];
        double[] weight = new double[sizeA + sizeB];
        double tau = 25.0 / 300;
        double beta = 25.0 / 6;
        double c2 = 0;
        double difference = 0;
        for (int i = 0; i < sizeA + sizeB; i++) {
            String id = "p" + i;
            mean[i] = 10 + 30 * random.nextDouble();
            double deviation = 0.5 + 8 * random.nextDouble();
            system.seed(id, mean[i], deviation);
            variance[i] = deviation * deviation + tau * tau;
            weight[i] = partial ? 0.1 + 0.9 * random.nextDouble() : 1;
            int team = i < sizeA ? 0 : 1;
            teams.get(team).add(id);
            weights.get(team).add(weight[i]);
            c2 += weight[i] * weight[i] * (variance[i] + beta * beta);
            difference += (team == 0 ? 1 : -1) * weight[i] * mean[i];
        }
        system.update(weighted(draw ? List.of(1, 1) : List.of(1, 2), teams, weights));
        double c = Math.sqrt(c2);
        double epsilon = system.drawMargin(sizeA + sizeB) / c;
        // v and w themselves are checked against their definitions below; here the tails matter too
        double t = difference / c;
        double v = draw ? TrueSkill.TruncatedGaussian.vDraw(t, epsilon) : TrueSkill.TruncatedGaussian.vWin(t, epsilon);
        double w = draw ? TrueSkill.TruncatedGaussian.wDraw(t, epsilon) : TrueSkill.TruncatedGaussian.wWin(t, epsilon);
        for (int i = 0; i < sizeA + sizeB; i++) {
            double sign = i < sizeA ? 1 : -1;
            double expectedMean = mean[i] + sign * weight[i] * variance[i] / c * v;
            double expectedVariance = variance[i] * (1 - weight[i] * weight[i] * variance[i] / c2 * w);
            Rating r = system.rating("p" + i);
            assertThat(r.mean()).isCloseTo(expectedMean, within(1e-8));
            assertThat(r.deviation()).isCloseTo(Math.sqrt(expectedVariance), within(1e-8));
        }
    }

    /**
     * v and w straight from the definitions of the truncated Gaussian with Φ and φ of
     * commons-statistics, valid away from the far tails.
     */
    private static double[] reference(boolean draw, double t, double epsilon) {
        NormalDistribution normal = NormalDistribution.of(0, 1);
        if (!draw) {
            double v = normal.density(t - epsilon) / normal.cumulativeProbability(t - epsilon);
            return new double[] {v, v * (v + t - epsilon)};
        }
        double mass = normal.cumulativeProbability(epsilon - t) - normal.cumulativeProbability(-epsilon - t);
        double v = (normal.density(-epsilon - t) - normal.density(epsilon - t)) / mass;
        double w = v * v + ((epsilon - t) * normal.density(epsilon - t) + (epsilon + t) * normal.density(epsilon + t))
                / mass;
        return new double[] {v, w};
    }

    @Test
    void truncatedGaussianCorrectionsAgreeWithDefinitionsAndStayStableInTails() {
        for (double t = -8; t <= 8; t += 0.125) {
            for (double epsilon : new double[] {0.01, 0.2, 0.7405, 2}) {
                double[] win = reference(false, t, epsilon);
                assertThat(TrueSkill.TruncatedGaussian.vWin(t, epsilon)).isCloseTo(win[0], within(1e-9 * (1 + win[0])));
                assertThat(TrueSkill.TruncatedGaussian.wWin(t, epsilon)).isCloseTo(win[1], within(1e-8));
                double[] draw = reference(true, t, epsilon);
                if (Math.abs(t) < 4) {  // beyond, the reference's differences of Φ lose digits
                    assertThat(TrueSkill.TruncatedGaussian.vDraw(t, epsilon)).isCloseTo(draw[0],
                            within(1e-7 * (1 + Math.abs(draw[0]))));
                    assertThat(TrueSkill.TruncatedGaussian.wDraw(t, epsilon)).isCloseTo(draw[1], within(1e-6));
                }
            }
        }
        // far tails, where Φ underflows: v → −(t − ε) and w → 1 for a shock win; v → 0, w → 0 for a sure win
        for (double t : new double[] {-40, -100, -1e4}) {
            double v = TrueSkill.TruncatedGaussian.vWin(t, 0.5);
            double w = TrueSkill.TruncatedGaussian.wWin(t, 0.5);
            assertThat(v).isCloseTo(0.5 - t, within(1e-3 * (0.5 - t)));
            assertThat(w).isBetween(0.99, 1.0);
            assertThat(TrueSkill.TruncatedGaussian.vDraw(-t, 0.5)).isCloseTo(-(-t - 0.5), within(0.05));
            assertThat(TrueSkill.TruncatedGaussian.wDraw(-t, 0.5)).isBetween(0.99, 1.0);
            assertThat(TrueSkill.TruncatedGaussian.vDraw(t, 0.5)).isCloseTo(-t - 0.5, within(0.05));
        }
        assertThat(TrueSkill.TruncatedGaussian.vWin(60, 0.5)).isEqualTo(0.0);
        assertThat(TrueSkill.TruncatedGaussian.wWin(60, 0.5)).isEqualTo(0.0);
        // continuity where the win formula switches to the continued fraction (t − ε = −10)
        double below = TrueSkill.TruncatedGaussian.wWin(-10 - 1e-9, 0);
        double above = TrueSkill.TruncatedGaussian.wWin(-10 + 1e-9, 0);
        assertThat(below).isCloseTo(above, within(1e-10));
        // and where the draw formula switches to Mills ratios (|t| = ε)
        assertThat(TrueSkill.TruncatedGaussian.wDraw(0.5 + 1e-9, 0.5))
                .isCloseTo(TrueSkill.TruncatedGaussian.wDraw(0.5 - 1e-9, 0.5), within(1e-8));
        assertThat(TrueSkill.TruncatedGaussian.vDraw(0.5 + 1e-9, 0.5))
                .isCloseTo(TrueSkill.TruncatedGaussian.vDraw(0.5 - 1e-9, 0.5), within(1e-8));
    }

    // ---- properties -----------------------------------------------------------------------------

    @Property(tries = 100)
    void symmetricInputsGiveSymmetricOutputs(@ForAll @IntRange(min = 2, max = 9) int players,
                                             @ForAll @IntRange(min = 0, max = 1) int drawn) {
        // Equal players finishing 1..n (or all drawn): the ratings mirror around the prior.
        TrueSkill system = new TrueSkill();
        system.update(game(drawn == 1 ? Collections.nCopies(players, 1) : ranks(players), singles(players)));
        for (int i = 0; i < players; i++) {
            Rating r = system.rating("p" + i);
            Rating mirror = system.rating("p" + (players - 1 - i));
            assertThat(r.mean() - 25).isCloseTo(25 - mirror.mean(), within(1e-6));
            assertThat(r.deviation()).isCloseTo(mirror.deviation(), within(1e-6));
        }
    }

    /**
     * Listing the teams in another order, with the same ranks, changes nothing. Ranks are distinct
     * here (or the game has two teams): with three or more teams, the order in which tied teams
     * are listed decides which of them are chained as neighbours, and so does change the result
     * slightly, as in the paper's factor graph.
     */
    @Property(tries = 100)
    void relabellingTeamsDoesNotChangeTheResult(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        int teamCount = 2 + random.nextInt(4);
        List<List<String>> teams = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>(ranks(teamCount));
        Collections.shuffle(ranks, random);
        if (teamCount == 2 && random.nextBoolean()) {
            ranks = List.of(1, 1);
        }
        double[][] given = new double[teamCount * 2][];
        int player = 0;
        for (int t = 0; t < teamCount; t++) {
            List<String> team = new ArrayList<>();
            for (int k = 0, size = 1 + random.nextInt(2); k < size; k++) {
                given[player] = new double[] {10 + 30 * random.nextDouble(), 1 + 7 * random.nextDouble()};
                team.add("p" + player++);
            }
            teams.add(team);
        }
        TrueSkill original = new TrueSkill(25, 25.0 / 3, 25.0 / 6, 25.0 / 300, 0.1, 1e-12, 1000);
        TrueSkill shuffled = new TrueSkill(25, 25.0 / 3, 25.0 / 6, 25.0 / 300, 0.1, 1e-12, 1000);
        for (int i = 0; i < player; i++) {
            original.seed("p" + i, given[i][0], given[i][1]);
            shuffled.seed("p" + i, given[i][0], given[i][1]);
        }
        original.update(game(ranks, teams));
        List<Integer> order = new ArrayList<>(ranks(teamCount));
        Collections.shuffle(order, random);
        List<List<String>> otherTeams = new ArrayList<>();
        List<Integer> otherRanks = new ArrayList<>();
        for (int position : order) {
            otherTeams.add(teams.get(position - 1));
            otherRanks.add(ranks.get(position - 1));
        }
        shuffled.update(game(otherRanks, otherTeams));
        for (int i = 0; i < player; i++) {
            Rating expected = original.rating("p" + i);
            Rating actual = shuffled.rating("p" + i);
            assertThat(actual.mean()).isCloseTo(expected.mean(), within(1e-8));
            assertThat(actual.deviation()).isCloseTo(expected.deviation(), within(1e-8));
        }
    }

    @Property(tries = 200)
    void winningNeverLowersTheWinnersMeanNorRaisesTheLosers(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        int teamCount = 2 + random.nextInt(4);
        TrueSkill system = new TrueSkill();
        List<List<String>> teams = new ArrayList<>();
        double[] before = new double[teamCount * 3];
        int player = 0;
        for (int t = 0; t < teamCount; t++) {
            List<String> team = new ArrayList<>();
            for (int k = 0, size = 1 + random.nextInt(3); k < size; k++) {
                before[player] = 60 * random.nextDouble() - 5;
                system.seed("p" + player, before[player], 0.1 + 10 * random.nextDouble());
                team.add("p" + player++);
            }
            teams.add(team);
        }
        system.update(game(ranks(teamCount), teams));
        for (String p : teams.get(0)) {
            assertThat(system.rating(p).mean()).isGreaterThanOrEqualTo(before[Integer.parseInt(p.substring(1))]);
        }
        for (String p : teams.get(teamCount - 1)) {
            assertThat(system.rating(p).mean()).isLessThanOrEqualTo(before[Integer.parseInt(p.substring(1))]);
        }
    }

    @Property(tries = 200)
    void deviationNeverGrowsWithoutDynamics(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        int teamCount = 2 + random.nextInt(5);
        TrueSkill system = new TrueSkill(25, 25.0 / 3, 25.0 / 6, 0, 0.1);
        List<List<String>> teams = new ArrayList<>();
        List<Integer> ranks = new ArrayList<>();
        List<Double> deviations = new ArrayList<>();
        int player = 0;
        for (int t = 0; t < teamCount; t++) {
            List<String> team = new ArrayList<>();
            for (int k = 0, size = 1 + random.nextInt(3); k < size; k++) {
                double deviation = 0.1 + 10 * random.nextDouble();
                deviations.add(deviation);
                system.seed("p" + player, 60 * random.nextDouble() - 5, deviation);
                team.add("p" + player++);
            }
            teams.add(team);
            ranks.add(1 + random.nextInt(teamCount));  // ties included
        }
        system.update(game(ranks, teams));
        for (int i = 0; i < player; i++) {
            assertThat(system.rating("p" + i).deviation()).isLessThanOrEqualTo(deviations.get(i) + 1e-12);
        }
    }

    @Test
    void zeroWeightLeavesAPlayerUnchangedApartFromDynamics() {
        TrueSkill still = new TrueSkill(25, 25.0 / 3, 25.0 / 6, 0, 0.1);
        still.seed("bench", 31, 4);
        still.update(weighted(List.of(1, 2), List.of(List.of("a", "bench"), List.of("b", "c")),
                List.of(List.of(1.0, 0.0), List.of(1.0, 0.5))));
        assertThat(still.rating("bench").mean()).isEqualTo(31);
        assertThat(still.rating("bench").deviation()).isEqualTo(4);
        assertThat(still.rating("a").mean()).isGreaterThan(25);
        assertThat(still.games("bench")).isEqualTo(1);

        TrueSkill drifting = new TrueSkill();
        drifting.seed("bench", 31, 4);
        drifting.update(weighted(List.of(1, 2), List.of(List.of("a", "bench"), List.of("b")),
                List.of(List.of(1.0, 0.0), List.of(1.0))));
        assertThat(drifting.rating("bench").mean()).isEqualTo(31);
        assertThat(drifting.rating("bench").deviation()).isCloseTo(Math.sqrt(16 + Math.pow(25.0 / 300, 2)),
                within(1e-12));
    }

    @Test
    void teamsOfOneEqualTheDuel() {
        TrueSkill duel = new TrueSkill();
        duel.update(Match.duel("g", Optional.empty(), "a", "b", 1));
        TrueSkill teams = new TrueSkill();
        teams.update(weighted(List.of(5, 9), List.of(List.of("a"), List.of("b")), List.of(List.of(1.0),
                List.of(1.0))));
        assertThat(teams.rating("a")).isEqualTo(duel.rating("a"));
        assertThat(teams.rating("b")).isEqualTo(duel.rating("b"));
    }

    @Property(tries = 200)
    void predictionIsADistributionAndMirrors(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        TrueSkill system = new TrueSkill();
        List<String> left = new ArrayList<>();
        List<String> right = new ArrayList<>();
        for (int i = 0, size = 1 + random.nextInt(3); i < size; i++) {
            system.seed("l" + i, 100 * random.nextDouble() - 20, 0.1 + 10 * random.nextDouble());
            left.add("l" + i);
        }
        for (int i = 0, size = 1 + random.nextInt(3); i < size; i++) {
            system.seed("r" + i, 100 * random.nextDouble() - 20, 0.1 + 10 * random.nextDouble());
            right.add("r" + i);
        }
        double[] forward = system.predict(left, right);
        double[] backward = system.predict(right, left);
        assertThat(forward).hasSize(3);
        assertThat(forward[0] + forward[1] + forward[2]).isCloseTo(1, within(1e-12));
        for (double p : forward) {
            assertThat(p).isBetween(0.0, 1.0);
        }
        assertThat(backward[0]).isCloseTo(forward[2], within(1e-12));
        assertThat(backward[1]).isCloseTo(forward[1], within(1e-12));
    }

    @Test
    void predictionOfEqualPlayers() {
        // Equal players: P(win) equal; with σ → 0 the draw probability is the configured one, which is
        // exactly what the draw margin ε = Φ⁻¹((p+1)/2)·√2·β encodes.
        double[] fresh = new TrueSkill().predict(List.of("a"), List.of("b"));
        assertThat(fresh[0]).isCloseTo(fresh[2], within(1e-15));
        // default σ: Δ ~ N(0, 2β² + 2σ²) = N(0, 10β²), so P(draw) = 2Φ(ε/(√10·β)) − 1 with ε/β = √2·Φ⁻¹(0.55)
        NormalDistribution normal = NormalDistribution.of(0, 1);
        double expected = 2 * normal.cumulativeProbability(Math.sqrt(2) * normal.inverseCumulativeProbability(0.55)
                / Math.sqrt(10)) - 1;
        assertThat(fresh[1]).isCloseTo(expected, within(1e-12));
        double[] certain = new TrueSkill(25, 1e-9, 25.0 / 6, 0, 0.1).predict(List.of("a"), List.of("b"));
        assertThat(certain[1]).isCloseTo(0.10, within(1e-9));
        TrueSkill system = new TrueSkill();
        system.update(Match.duel("g", Optional.empty(), "a", "b", 1));
        double[] after = system.predict(List.of("a"), List.of("b"));
        assertThat(after[0]).isGreaterThan(after[2]);
    }

    @Property(tries = 100)
    void matchQualityIgnoresTeamOrderAndReducesToTheTwoTeamFormula(
            @ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        TrueSkill system = new TrueSkill();
        int teamCount = 2 + random.nextInt(4);
        List<List<String>> teams = new ArrayList<>();
        int player = 0;
        for (int t = 0; t < teamCount; t++) {
            List<String> team = new ArrayList<>();
            for (int k = 0, size = 1 + random.nextInt(3); k < size; k++) {
                system.seed("p" + player, 15 + 20 * random.nextDouble(), 0.5 + 8 * random.nextDouble());
                team.add("p" + player++);
            }
            teams.add(team);
        }
        double quality = system.matchQuality(teams);
        assertThat(quality).isBetween(0.0, 1.0);
        List<List<String>> shuffled = new ArrayList<>(teams);
        Collections.shuffle(shuffled, random);
        assertThat(system.matchQuality(shuffled)).isCloseTo(quality, within(1e-10));
        if (teamCount == 2) {
            double n = 0;
            double variance = 0;
            double difference = 0;
            for (int t = 0; t < 2; t++) {
                for (String p : teams.get(t)) {
                    Rating r = system.rating(p);
                    n++;
                    variance += r.deviation() * r.deviation();
                    difference += (t == 0 ? 1 : -1) * r.mean();
                }
            }
            double beta2 = Math.pow(25.0 / 6, 2);
            double closed = Math.sqrt(n * beta2 / (n * beta2 + variance))
                    * Math.exp(-difference * difference / (2 * (n * beta2 + variance)));
            assertThat(quality).isCloseTo(closed, within(1e-12));
        }
    }

    @Property(tries = 60)
    void freeForAllPropagationConverges(@ForAll @IntRange(min = 0, max = 1_000_000) int seed) {
        Random random = new Random(seed);
        int players = 3 + random.nextInt(8);
        List<Integer> ranks = new ArrayList<>();
        for (int i = 0; i < players; i++) {
            ranks.add(1 + random.nextInt(players));
        }
        double[][] given = new double[players][];
        for (int i = 0; i < players; i++) {
            given[i] = new double[] {10 + 30 * random.nextDouble(), 1 + 7 * random.nextDouble()};
        }
        TrueSkill defaults = new TrueSkill();
        TrueSkill tight = new TrueSkill(25, 25.0 / 3, 25.0 / 6, 25.0 / 300, 0.1, 1e-10, 500);
        TrueSkill tighter = new TrueSkill(25, 25.0 / 3, 25.0 / 6, 25.0 / 300, 0.1, 1e-13, 2000);
        for (TrueSkill system : List.of(defaults, tight, tighter)) {
            for (int i = 0; i < players; i++) {
                system.seed("p" + i, given[i][0], given[i][1]);
            }
            system.update(game(ranks, singles(players)));
        }
        for (int i = 0; i < players; i++) {
            String p = "p" + i;
            assertThat(tight.rating(p).mean()).isCloseTo(tighter.rating(p).mean(), within(1e-7));
            assertThat(tight.rating(p).deviation()).isCloseTo(tighter.rating(p).deviation(), within(1e-7));
            assertThat(defaults.rating(p).mean()).isCloseTo(tighter.rating(p).mean(), within(1e-3));
            assertThat(defaults.rating(p).deviation()).isCloseTo(tighter.rating(p).deviation(), within(1e-3));
        }
    }

    // ---- bookkeeping and edge cases ----------------------------------------------------------------

    @Test
    void bookkeeping() {
        TrueSkill system = new TrueSkill();
        assertThat(system.name()).isEqualTo("trueskill");
        Rating prior = system.rating("nobody");
        assertThat(prior.mean()).isEqualTo(25);
        assertThat(prior.deviation()).isEqualTo(25.0 / 3);
        assertThat(prior.conservative()).isEqualTo(0, within(1e-12));
        assertThat(prior.volatility()).isEmpty();
        assertThat(system.players()).isEmpty();
        assertThat(system.games("nobody")).isZero();

        system.update(game(List.of(2, 1, 3), List.of(List.of("c"), List.of("a", "d"), List.of("b"))));
        system.update(Match.duel("g2", Optional.empty(), "a", "e", 0));
        assertThat(system.players()).containsExactly("c", "a", "d", "b", "e");
        assertThat(system.games("a")).isEqualTo(2);
        assertThat(system.games("c")).isEqualTo(1);
        Rating a = system.rating("a");
        assertThat(a.conservative()).isEqualTo(a.mean() - 3 * a.deviation());
        for (int i = 0; i < 40; i++) {
            system.update(Match.duel("g", Optional.empty(), "x", "y", i % 3 == 0 ? 0.5 : 1));
        }
        assertThat(system.players()).hasSize(7);
    }

    @Test
    void rejectsBadConfigurationWithClearMessages() {
        assertThatThrownBy(() -> new TrueSkill(25, 0, 25.0 / 6, 0, 0.1)).hasMessageStartingWith("sigma must be");
        assertThatThrownBy(() -> new TrueSkill(25, 1, -1, 0, 0.1)).hasMessageStartingWith("beta must be");
        assertThatThrownBy(() -> new TrueSkill(25, 1, 1, -0.1, 0.1)).hasMessageStartingWith("tau must be");
        assertThatThrownBy(() -> new TrueSkill(25, 1, 1, 0, 1))
                .hasMessageStartingWith("draw-probability must be a number in [0, 1)");
        assertThatThrownBy(() -> new TrueSkill(Double.NaN, 1, 1, 0, 0.1)).hasMessageStartingWith("mu must be");
        assertThatThrownBy(() -> new TrueSkill(25, 1, 1, 0, 0.1, 0, 20)).hasMessageStartingWith("tolerance must be");
        assertThatThrownBy(() -> new TrueSkill(25, 1, 1, 0, 0.1, 1e-4, 0)).hasMessageStartingWith("max-passes must be");
    }

    @Test
    void rejectsImpossibleGamesWithoutChangingState() {
        TrueSkill noDraws = new TrueSkill(25, 25.0 / 3, 25.0 / 6, 25.0 / 300, 0);
        assertThatThrownBy(() -> noDraws.update(Match.duel("tie", Optional.empty(), "a", "b", 0.5)))
                .isInstanceOfSatisfying(DataException.class, e -> assertThat(e.remedy()).hasValueSatisfying(
                        remedy -> assertThat(remedy).startsWith("set draw-probability above 0")))
                .hasMessageContaining("'tie'").hasMessageContaining("draw probability is 0");
        assertThat(noDraws.players()).isEmpty();
        noDraws.update(Match.duel("g", Optional.empty(), "a", "b", 1));  // wins are fine
        assertThat(noDraws.rating("a").mean()).isGreaterThan(25);

        TrueSkill system = new TrueSkill();
        assertThatThrownBy(() -> system.update(weighted(List.of(1, 2), List.of(List.of("a"), List.of("b", "c")),
                List.of(List.of(1.0), List.of(0.0, 0.0))))).hasMessageContaining("weight 0");
        assertThat(system.players()).isEmpty();
        assertThatThrownBy(() -> system.predict(List.of("a"), List.of("a"))).hasMessageContaining("'a'");
        assertThatThrownBy(() -> system.predict(List.of(), List.of("a"))).hasMessageContaining("empty");
        assertThatThrownBy(() -> system.matchQuality(List.of(List.of("a")))).hasMessageContaining("two teams");
    }

    @Test
    void repeatedWinsConvergeOnAnOrdering() {
        TrueSkill system = new TrueSkill();
        for (int i = 0; i < 50; i++) {
            system.update(game(ranks(3), singles(3)));
        }
        double[] means = system.players().stream().mapToDouble(p -> system.rating(p).mean()).toArray();
        assertThat(means[0]).isGreaterThan(means[1]);
        assertThat(means[1]).isGreaterThan(means[2]);
        assertThat(Arrays.stream(means).allMatch(Double::isFinite)).isTrue();
        assertThat(system.rating("p0").deviation()).isLessThan(25.0 / 3);
    }
}
