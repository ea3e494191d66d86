package dev.ordinal.rating;

import static dev.ordinal.rating.EloTest.duel;
import static dev.ordinal.rating.EloTest.game;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.rating.EloTest.Duel;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Glicko-2 against the worked example of M. E. Glickman, "Example of the Glicko-2 system" (Boston
 * University, 2012, revised 2022), and properties of the published algorithm.
 */
class GlickoTwoTest {
    private static final double EXACT = 1e-9;
    private static final String[] NAMES = {"p0", "p1", "p2", "p3"};

    /** Glickman's example: the player and the three opponents at the start of the rating period. */
    private static GlickoTwo glickmansExample() {
        GlickoTwo glicko = GlickoTwo.withTau(0.5);
        glicko.setRating("player", 1500, 200, 0.06);
        glicko.setRating("opponent1", 1400, 30, 0.06);
        glicko.setRating("opponent2", 1550, 100, 0.06);
        glicko.setRating("opponent3", 1700, 300, 0.06);
        return glicko;
    }

    @Test
    void glickmansWorkedExample() {
        GlickoTwo glicko = glickmansExample();
        glicko.setRating("absent", 1500, 200, 0.06);
        glicko.updatePeriod(List.of(
                duel("player", "opponent1", 1),
                duel("player", "opponent2", 0),
                duel("player", "opponent3", 0)));
        Rating player = glicko.rating("player");
        // Printed: μ′ = −0.2069, r′ = 1464.06. Glickman converts the rounded μ′ (173.7178 × −0.2069 + 1500
        // = 1464.06); unrounded, μ′ = −0.20694 and r′ = 1464.0507, so both printed values are checked to
        // their last digit.
        assertThat((player.mean() - 1500) / 173.7178).isCloseTo(-0.2069, within(0.00005));
        assertThat(player.mean()).isCloseTo(1464.06, within(0.01));
        // Printed: φ′ = 0.8722, RD′ = 151.52.
        assertThat(player.deviation() / 173.7178).isCloseTo(0.8722, within(0.00005));
        assertThat(player.deviation()).isCloseTo(151.52, within(0.005));
        // Printed: σ′ = 0.05999 (digits cut, not rounded, from 0.059996).
        assertThat(player.volatility().getAsDouble()).isCloseTo(0.05999, within(0.00001));
        assertThat(player.conservative()).isCloseTo(player.mean() - 2 * player.deviation(), within(EXACT));
        assertThat(glicko.games("player")).isEqualTo(3);
        assertThat(glicko.games("opponent1")).isEqualTo(1);

        // Step 6 for a player who did not compete: φ′ = √(φ² + σ²), rating and volatility unchanged.
        Rating absent = glicko.rating("absent");
        assertThat(absent.mean()).isCloseTo(1500, within(EXACT));
        assertThat(absent.deviation()).isCloseTo(Math.sqrt(200 * 200 + Math.pow(173.7178 * 0.06, 2)), within(EXACT));
        assertThat(absent.volatility().getAsDouble()).isEqualTo(0.06);
        assertThat(glicko.games("absent")).isZero();
    }

    @Test
    void glickmansIntermediateValues() {
        // Step 3 table: g(φⱼ) = 0.9955, 0.9531, 0.7242; E = 0.639, 0.432, 0.303. The example truncates
        // rather than rounds some of its printed digits (g(0.575646) = 0.953156 is printed 0.9531), so
        // each value is checked to one unit of its last printed digit.
        double s = 173.7178;
        assertThat(GlickoTwo.g(30 / s)).isCloseTo(0.9955, within(0.0001));
        assertThat(GlickoTwo.g(100 / s)).isCloseTo(0.9531, within(0.0001));
        assertThat(GlickoTwo.g(300 / s)).isCloseTo(0.7242, within(0.0001));
        assertThat(GlickoTwo.expectedScore(100 / s, 30 / s)).isCloseTo(0.639, within(0.001));
        assertThat(GlickoTwo.expectedScore(-50 / s, 100 / s)).isCloseTo(0.432, within(0.001));
        assertThat(GlickoTwo.expectedScore(-200 / s, 300 / s)).isCloseTo(0.303, within(0.001));
        // Step 5 from the printed φ = 1.1513, σ = 0.06, v = 1.7785, Δ = −0.4834, τ = 0.5: σ′ = 0.05999.
        assertThat(GlickoTwo.newVolatility(1.1513, 0.06, 1.7785, -0.4834, 0.5)).isCloseTo(0.05999, within(0.00001));
    }

    @Test
    void oneGameBetweenNewPlayers() {
        // Steps 1–8 by hand (independent script) for two players at 1500/350/0.06, τ 0.5: g(2.0148) = 0.6690,
        // E = 1/2, v = 8.93547, Δ = ±2.98923, σ′ = 0.0599997, r′ = 1500 ± 162.3109, RD′ = 290.3190.
        GlickoTwo glicko = GlickoTwo.defaults();
        glicko.update(duel("a", "b", 1));
        assertThat(glicko.rating("a").mean()).isCloseTo(1662.3109, within(0.0001));
        assertThat(glicko.rating("b").mean()).isCloseTo(1337.6891, within(0.0001));
        assertThat(glicko.rating("a").deviation()).isCloseTo(290.3190, within(0.0001));
        assertThat(glicko.rating("a").volatility().getAsDouble()).isCloseTo(0.0599997, within(1e-7));
    }

    @Test
    void aDrawIsHalfAWin() {
        GlickoTwo glicko = GlickoTwo.defaults();
        glicko.update(duel("a", "b", 0.5));
        assertThat(glicko.rating("a").mean()).isCloseTo(1500, within(EXACT));
        assertThat(glicko.rating("b").mean()).isCloseTo(1500, within(EXACT));
        assertThat(glicko.rating("a").deviation()).isCloseTo(290.3190, within(0.0001));
    }

    @Test
    void aSingleGameUpdateLeavesOtherPlayersAloneButAPeriodRaisesTheirDeviation() {
        GlickoTwo byGame = glickmansExample();
        byGame.update(duel("player", "opponent1", 1));
        assertThat(byGame.rating("opponent2")).isEqualTo(glickmansExample().rating("opponent2"));

        GlickoTwo byPeriod = glickmansExample();
        byPeriod.updatePeriod(List.of(duel("player", "opponent1", 1)));
        assertThat(byPeriod.rating("player")).isEqualTo(byGame.rating("player"));
        assertThat(byPeriod.rating("opponent1")).isEqualTo(byGame.rating("opponent1"));
        assertThat(byPeriod.rating("opponent2").deviation())
                .isCloseTo(Math.sqrt(100 * 100 + Math.pow(173.7178 * 0.06, 2)), within(EXACT));
    }

    @Test
    void anEmptyPeriodOnlyRaisesDeviations() {
        GlickoTwo glicko = glickmansExample();
        glicko.updatePeriod(List.of());
        Rating player = glicko.rating("player");
        assertThat(player.mean()).isCloseTo(1500, within(EXACT));
        assertThat(player.deviation()).isCloseTo(200.27141669877062, within(1e-6));
        assertThat(player.volatility().getAsDouble()).isEqualTo(0.06);
    }

    @Test
    void aPeriodThatFailsChangesNothing() {
        GlickoTwo glicko = glickmansExample();
        Rating before = glicko.rating("player");
        assertThatThrownBy(() -> glicko.updatePeriod(Arrays.asList(duel("player", "new", 1), null)))
                .isInstanceOf(NullPointerException.class);
        assertThat(glicko.rating("player")).isEqualTo(before);
        assertThat(glicko.players()).doesNotContain("new");
    }

    @Test
    void aSmallDeviationCanGrowFromPlayingAsPublished() {
        // Glicko-2 applies φ* = √(φ² + σ′²) in every period: a player with RD 30 who beats a new player
        // (RD 350, little information) ends with RD 31.70 (by hand from steps 1–8), still below φ*.
        GlickoTwo glicko = GlickoTwo.defaults();
        glicko.setRating("settled", 1500, 30, 0.06);
        glicko.update(duel("settled", "newcomer", 1));
        Rating settled = glicko.rating("settled");
        assertThat(settled.deviation()).isCloseTo(31.6999, within(0.0001));
        assertThat(settled.deviation())
                .isLessThan(Math.sqrt(30 * 30 + Math.pow(173.7178 * settled.volatility().getAsDouble(), 2)));
    }

    @Test
    void aTeamOfClonesIsOnePlayer() {
        GlickoTwo team = GlickoTwo.defaults();
        GlickoTwo single = GlickoTwo.defaults();
        for (GlickoTwo g : List.of(team, single)) {
            g.setRating("a", 1600, 120, 0.06);
            g.setRating("b", 1450, 80, 0.05);
            g.setRating("c", 1450, 80, 0.05);
        }
        team.update(game(List.of(List.of("a"), List.of("b", "c")), List.of(2, 1)));
        single.update(game(List.of(List.of("a"), List.of("b")), List.of(2, 1)));
        assertThat(team.rating("a").mean()).isCloseTo(single.rating("a").mean(), within(EXACT));
        assertThat(team.rating("a").deviation()).isCloseTo(single.rating("a").deviation(), within(EXACT));
        assertThat(team.rating("b").mean()).isCloseTo(single.rating("b").mean(), within(EXACT));
        assertThat(team.rating("c").mean()).isCloseTo(single.rating("b").mean(), within(EXACT));
    }

    @Test
    void partialPlay() {
        GlickoTwo full = GlickoTwo.defaults();
        GlickoTwo weighted = GlickoTwo.defaults();
        full.update(duel("a", "b", 1));
        weighted.update(new Match("g", Optional.empty(), List.of(List.of("a"), List.of("b")), List.of(1, 2),
                Optional.of(List.of(List.of(1.0), List.of(0.0)))));
        assertThat(weighted.rating("a")).isEqualTo(full.rating("a"));
        assertThat(weighted.rating("b")).isEqualTo(GlickoTwo.defaults().rating("b"));
        assertThat(weighted.games("b")).isEqualTo(1);
    }

    @Test
    void predictionUsesTheCombinedDeviation() {
        GlickoTwo glicko = GlickoTwo.defaults();
        glicko.setRating("a", 1700, 100, 0.06);
        glicko.setRating("b", 1500, 200, 0.06);
        double combined = Math.sqrt(100 * 100 + 200 * 200) / 173.7178;
        double g = 1 / Math.sqrt(1 + 3 * combined * combined / (Math.PI * Math.PI));
        double e = 1 / (1 + Math.exp(-g * 200 / 173.7178));
        assertThat(glicko.predict(List.of("a"), List.of("b"))).containsExactly(new double[] {e, 0, 1 - e},
                within(EXACT));
        assertThat(glicko.matchQuality(List.of(List.of("a"), List.of("b")))).isCloseTo(1 - Math.abs(2 * e - 1),
                within(EXACT));
        assertThat(glicko.predict(List.of("x"), List.of("y"))).containsExactly(0.5, 0, 0.5);
    }

    @Test
    void unknownPlayerHasThePriorAndNoGames() {
        GlickoTwo glicko = GlickoTwo.defaults();
        glicko.update(duel("a", "b", 1));
        Rating nobody = glicko.rating("nobody");
        assertThat(nobody.mean()).isEqualTo(1500);
        assertThat(nobody.deviation()).isEqualTo(350);
        assertThat(nobody.volatility().getAsDouble()).isEqualTo(0.06);
        assertThat(nobody.conservative()).isEqualTo(800);
        assertThat(glicko.games("nobody")).isZero();
        assertThat(glicko.players()).containsExactly("a", "b");
        assertThat(glicko.name()).isEqualTo("glicko2");
    }

    @ParameterizedTest
    @CsvSource({
        "0, 1500, 350, 0.06, tau must be a finite number above 0",
        "-0.5, 1500, 350, 0.06, tau must be a finite number above 0",
        "NaN, 1500, 350, 0.06, tau must be a finite number above 0",
        "0.5, NaN, 350, 0.06, initial-rating must be a finite number",
        "0.5, 1500, 0, 0.06, initial-deviation must be a finite number above 0",
        "0.5, 1500, Infinity, 0.06, initial-deviation must be a finite number above 0",
        "0.5, 1500, 350, 0, initial-volatility must be a finite number above 0",
        "0.5, 1500, 350, -1, initial-volatility must be a finite number above 0",
    })
    void badConstructorArgumentsAreRejectedWithTheirName(double tau, double rating, double deviation,
                                                        double volatility, String message) {
        assertThatThrownBy(() -> new GlickoTwo(tau, rating, deviation, volatility))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining(message);
    }

    @Test
    void badArgumentsAreRejected() {
        GlickoTwo glicko = GlickoTwo.defaults();
        assertThatThrownBy(() -> glicko.setRating("a", 1500, -1, 0.06)).isInstanceOf(InvalidParameterException.class)
                .hasMessage("deviation must be a finite number above 0, got '-1'");
        assertThatThrownBy(() -> glicko.predict(List.of("a"), List.of())).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> glicko.updatePeriod(null)).isInstanceOf(NullPointerException.class);
    }

    // ---------------------------------------------------------------- properties

    @Provide
    Arbitrary<List<Duel>> histories() {
        Arbitrary<Integer> player = Arbitraries.integers().between(0, 3);
        return Combinators.combine(player, player, Arbitraries.integers().between(0, 2)).as(Duel::new)
                .filter(d -> d.a() != d.b()).list().ofMaxSize(15);
    }

    @Provide
    Arbitrary<Double> outcomes() {
        return Arbitraries.of(0.0, 0.5, 1.0);
    }

    private static void assertSameRating(Rating actual, Rating expected) {
        assertThat(actual.mean()).isCloseTo(expected.mean(), within(1e-7));
        assertThat(actual.deviation()).isCloseTo(expected.deviation(), within(1e-7));
        assertThat(actual.volatility().getAsDouble()).isCloseTo(expected.volatility().getAsDouble(), within(1e-9));
    }

    @Property
    void swappingSidesGivesTheSameUpdate(@ForAll("histories") List<Duel> history, @ForAll("outcomes") double outcome) {
        GlickoTwo listedFirst = GlickoTwo.defaults();
        GlickoTwo listedSecond = GlickoTwo.defaults();
        EloTest.play(listedFirst, history, false);
        EloTest.play(listedSecond, history, false);
        listedFirst.update(duel("p0", "p1", outcome));
        listedSecond.update(duel("p1", "p0", 1 - outcome));
        for (String p : NAMES) {
            assertSameRating(listedSecond.rating(p), listedFirst.rating(p));
        }
    }

    @Property
    void relabellingTheTwoSidesMirrorsTheResult(@ForAll("histories") List<Duel> history,
                                                @ForAll("outcomes") double outcome) {
        GlickoTwo original = GlickoTwo.defaults();
        GlickoTwo mirrored = GlickoTwo.defaults();
        EloTest.play(original, history, false);
        EloTest.play(mirrored, history, true);
        original.update(duel("p0", "p1", outcome));
        mirrored.update(duel("p1", "p0", outcome));
        assertSameRating(mirrored.rating("p1"), original.rating("p0"));
        assertSameRating(mirrored.rating("p0"), original.rating("p1"));
    }

    @Property
    void aWinNeverLowersTheWinnerNorRaisesTheLoser(@ForAll("histories") List<Duel> history) {
        GlickoTwo glicko = GlickoTwo.defaults();
        EloTest.play(glicko, history, false);
        double winner = glicko.rating("p0").mean();
        double loser = glicko.rating("p1").mean();
        glicko.update(duel("p0", "p1", 1));
        assertThat(glicko.rating("p0").mean()).isGreaterThanOrEqualTo(winner);
        assertThat(glicko.rating("p1").mean()).isLessThanOrEqualTo(loser);
    }

    @Property
    void playingLeavesTheDeviationBelowThePrePeriodValue(@ForAll("histories") List<Duel> history,
                                                         @ForAll("outcomes") double outcome) {
        GlickoTwo glicko = GlickoTwo.defaults();
        EloTest.play(glicko, history, false);
        double before = glicko.rating("p0").deviation();
        glicko.update(duel("p0", "p1", outcome));
        Rating after = glicko.rating("p0");
        double phiStar = Math.sqrt(before * before + Math.pow(173.7178 * after.volatility().getAsDouble(), 2));
        assertThat(after.deviation()).isLessThan(phiStar);
    }

    @Property
    void fromTheDefaultDeviationAGameAlwaysLowersIt(
            @ForAll @DoubleRange(min = 1000, max = 2000) double opponentRating,
            @ForAll @DoubleRange(min = 30, max = 350) double opponentDeviation,
            @ForAll @DoubleRange(min = 0.03, max = 0.1) double opponentVolatility,
            @ForAll("outcomes") double outcome) {
        GlickoTwo glicko = GlickoTwo.defaults();
        glicko.setRating("opponent", opponentRating, opponentDeviation, opponentVolatility);
        glicko.update(duel("new", "opponent", outcome));
        assertThat(glicko.rating("new").deviation()).isLessThan(350);
    }

    @Property
    void sittingOutAPeriodRaisesOnlyTheDeviation(@ForAll("histories") List<Duel> history) {
        GlickoTwo glicko = GlickoTwo.defaults();
        EloTest.play(glicko, history, false);
        glicko.setRating("bystander", 1620, 75, 0.07);
        Rating before = glicko.rating("bystander");
        glicko.updatePeriod(history.stream()
                .map(d -> duel(NAMES[d.a()], NAMES[d.b()], d.outcome() / 2.0)).toList());
        Rating after = glicko.rating("bystander");
        assertThat(after.mean()).isEqualTo(before.mean());
        assertThat(after.volatility()).isEqualTo(before.volatility());
        assertThat(after.deviation()).isCloseTo(Math.sqrt(75 * 75 + Math.pow(173.7178 * 0.07, 2)), within(1e-9));
        assertThat(glicko.games("bystander")).isZero();
    }

    @Property
    void teamsOfOneAreTheTwoPlayerPeriod(@ForAll("histories") List<Duel> history, @ForAll("outcomes") double outcome) {
        GlickoTwo asGame = GlickoTwo.defaults();
        GlickoTwo asPeriod = GlickoTwo.defaults();
        EloTest.play(asGame, history, false);
        EloTest.play(asPeriod, history, false);
        int rankA = outcome == 0 ? 2 : 1;
        int rankB = outcome == 1 ? 2 : 1;
        asGame.update(game(List.of(List.of("p0"), List.of("p1")), List.of(rankA, rankB)));
        asPeriod.updatePeriod(List.of(duel("p0", "p1", outcome)));
        assertThat(asGame.rating("p0")).isEqualTo(asPeriod.rating("p0"));
        assertThat(asGame.rating("p1")).isEqualTo(asPeriod.rating("p1"));
    }

    @Property
    void predictSumsToOneAndIsMonotoneInTheRatingDifference(
            @ForAll @DoubleRange(min = -1000, max = 1000) double difference,
            @ForAll @DoubleRange(min = 0, max = 500) double increase,
            @ForAll @DoubleRange(min = 30, max = 350) double deviationA,
            @ForAll @DoubleRange(min = 30, max = 350) double deviationB) {
        GlickoTwo glicko = GlickoTwo.defaults();
        glicko.setRating("a", 1500 + difference, deviationA, 0.06);
        glicko.setRating("b", 1500, deviationB, 0.06);
        double[] before = glicko.predict(List.of("a"), List.of("b"));
        assertThat(before[0] + before[1] + before[2]).isCloseTo(1, within(EXACT));
        assertThat(Arrays.stream(before).allMatch(p -> p >= 0 && p <= 1)).isTrue();
        glicko.setRating("a", 1500 + difference + increase, deviationA, 0.06);
        double[] after = glicko.predict(List.of("a"), List.of("b"));
        assertThat(after[0]).isGreaterThanOrEqualTo(before[0]);
        assertThat(glicko.matchQuality(List.of(List.of("a"), List.of("b")))).isBetween(0.0, 1.0);
    }
}
