package dev.ordinal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
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
 * Elo against hand computations from the update R' = R + K(S − E), E = 1/(1 + 10^((Rb − Ra)/400))
 * (A. E. Elo, "The Rating of Chessplayers, Past and Present", 1978), the Chatbot
 * Arena convention (K 4, base 10, scale 400, initial 1000: Chiang et al., ICML 2024, and the arena's
 * {@code compute_online_elo}), and properties every Elo must have.
 */
class EloTest {
    private static final double EXACT = 1e-9;

    static Match duel(String a, String b, double outcome) {
        return Match.duel("g", Optional.empty(), a, b, outcome);
    }

    static Match game(List<List<String>> teams, List<Integer> ranks) {
        return new Match("g", Optional.empty(), teams, ranks, Optional.empty());
    }

    @Test
    void arenaConvention() {
        Elo elo = Elo.arena();
        assertThat(elo.k()).isEqualTo(4);
        assertThat(elo.base()).isEqualTo(10);
        assertThat(elo.scale()).isEqualTo(400);
        assertThat(elo.initialRating()).isEqualTo(1000);
        assertThat(elo.name()).isEqualTo("elo");
    }

    @Test
    void twoNewArenaPlayersWinAndLoseTwoPoints() {
        // E = 1/(1 + 10^0) = 1/2, so the winner gains 4·(1 − 1/2) = 2 and the loser loses 2.
        Elo elo = Elo.arena();
        elo.update(duel("a", "b", 1));
        assertThat(elo.rating("a").mean()).isCloseTo(1002, within(EXACT));
        assertThat(elo.rating("b").mean()).isCloseTo(998, within(EXACT));
        assertThat(elo.games("a")).isEqualTo(1);
        assertThat(elo.games("b")).isEqualTo(1);
    }

    @Test
    void secondArenaWinUsesTheNewRatings() {
        // E = 1/(1 + 10^(−4/400)) = 0.505756...; a gains 4·(1 − E) = 1.976975166...
        Elo elo = Elo.arena();
        elo.update(duel("a", "b", 1));
        elo.update(duel("a", "b", 1));
        assertThat(elo.rating("a").mean()).isCloseTo(1003.9769751663554, within(EXACT));
        assertThat(elo.rating("b").mean()).isCloseTo(996.0230248336446, within(EXACT));
    }

    @Test
    void chessDefaults() {
        // K 32 from 1500: +16/−16, then an upset: E(b) = 1/(1 + 10^(32/400)) = 0.454078..., b gains 32·(1 − E).
        Elo elo = Elo.chess();
        elo.update(duel("a", "b", 1));
        assertThat(elo.rating("a").mean()).isCloseTo(1516, within(EXACT));
        assertThat(elo.rating("b").mean()).isCloseTo(1484, within(EXACT));
        elo.update(duel("a", "b", 0));
        assertThat(elo.rating("b").mean()).isCloseTo(1501.4695015289756, within(EXACT));
        assertThat(elo.rating("a").mean()).isCloseTo(1498.5304984710244, within(EXACT));
    }

    @Test
    void aTieIsHalfAWin() {
        Elo elo = Elo.arena();
        elo.update(duel("a", "b", 0.5));
        assertThat(elo.rating("a").mean()).isEqualTo(1000);
        assertThat(elo.rating("b").mean()).isEqualTo(1000);

        // 1400 against 1000: E = 1/(1 + 10^−1) = 10/11, a tie costs the favourite 4·(1/2 − 10/11).
        Elo favourite = Elo.arena();
        favourite.setRating("a", 1400);
        favourite.update(duel("a", "b", 0.5));
        assertThat(favourite.rating("a").mean()).isCloseTo(1400 + 4 * (0.5 - 10.0 / 11), within(EXACT));
        assertThat(favourite.rating("b").mean()).isCloseTo(1000 - 4 * (0.5 - 10.0 / 11), within(EXACT));
    }

    @Test
    void freeForAllSplitsKOverTheOpponents() {
        // Three equal players finish 1, 2, 3: each pair has E = 1/2; K/(n − 1) = 2 per opponent.
        Elo elo = Elo.arena();
        elo.update(game(List.of(List.of("a"), List.of("b"), List.of("c")), List.of(1, 2, 3)));
        assertThat(elo.rating("a").mean()).isCloseTo(1002, within(EXACT));
        assertThat(elo.rating("b").mean()).isCloseTo(1000, within(EXACT));
        assertThat(elo.rating("c").mean()).isCloseTo(998, within(EXACT));
        assertThat(elo.players()).containsExactly("a", "b", "c");
    }

    @Test
    void aTeamIsRatedByItsMeanAndEveryPlayerTakesTheTeamsChange() {
        Elo elo = Elo.arena();
        elo.setRating("strong", 1100);
        elo.setRating("weak", 900);
        elo.update(game(List.of(List.of("strong", "weak"), List.of("solo")), List.of(1, 2)));
        assertThat(elo.rating("strong").mean()).isCloseTo(1102, within(EXACT));
        assertThat(elo.rating("weak").mean()).isCloseTo(902, within(EXACT));
        assertThat(elo.rating("solo").mean()).isCloseTo(998, within(EXACT));
    }

    @Test
    void partialPlayScalesTheChange() {
        Elo elo = Elo.arena();
        elo.update(new Match("g", Optional.empty(), List.of(List.of("a"), List.of("b")), List.of(1, 2),
                Optional.of(List.of(List.of(0.5), List.of(1.0)))));
        assertThat(elo.rating("a").mean()).isCloseTo(1001, within(EXACT));
        assertThat(elo.rating("b").mean()).isCloseTo(998, within(EXACT));
    }

    @Test
    void predictionAndMatchQuality() {
        Elo elo = Elo.arena();
        elo.setRating("a", 1400);
        assertThat(elo.predict(List.of("a"), List.of("b"))).containsExactly(new double[] {10.0 / 11, 0, 1.0 / 11},
                within(EXACT));
        assertThat(elo.matchQuality(List.of(List.of("a"), List.of("b")))).isCloseTo(2.0 / 11, within(EXACT));
        assertThat(elo.matchQuality(List.of(List.of("b"), List.of("c")))).isCloseTo(1, within(EXACT));
        assertThat(elo.predict(List.of("x"), List.of("y"))).containsExactly(0.5, 0, 0.5);
    }

    @Test
    void unknownPlayerHasThePriorAndNoGames() {
        Elo elo = Elo.arena();
        elo.update(duel("a", "b", 1));
        assertThat(elo.rating("nobody")).isEqualTo(new Rating(1000, 0, java.util.OptionalDouble.empty(), 1000));
        assertThat(elo.games("nobody")).isZero();
        assertThat(elo.players()).containsExactly("a", "b");
        elo.predict(List.of("nobody"), List.of("a"));
        assertThat(elo.players()).containsExactly("a", "b");
    }

    @Test
    void ratingRecordCarriesNoUncertainty() {
        Elo elo = Elo.arena();
        elo.update(duel("a", "b", 1));
        Rating a = elo.rating("a");
        assertThat(a.deviation()).isZero();
        assertThat(a.volatility()).isEmpty();
        assertThat(a.conservative()).isEqualTo(a.mean());
    }

    @ParameterizedTest
    @CsvSource({
        "0, 10, 400, 1000, k must be a finite number above 0",
        "-4, 10, 400, 1000, k must be a finite number above 0",
        "NaN, 10, 400, 1000, k must be a finite number above 0",
        "Infinity, 10, 400, 1000, k must be a finite number above 0",
        "4, 1, 400, 1000, base must be a number in (1",
        "4, 0.5, 400, 1000, base must be a number in (1",
        "4, 10, 0, 1000, scale must be a finite number above 0",
        "4, 10, NaN, 1000, scale must be a finite number above 0",
        "4, 10, 400, Infinity, initial-rating must be a finite number",
        "4, 10, 400, NaN, initial-rating must be a finite number",
    })
    void badConstructorArgumentsAreRejectedWithTheirName(double k, double base, double scale, double initial,
                                                        String message) {
        assertThatThrownBy(() -> new Elo(k, base, scale, initial))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining(message);
    }

    @Test
    void setRatingKeepsPlayersBeyondTheFirstArrays() {
        Elo elo = Elo.chess();
        for (int i = 0; i < 40; i++) {
            elo.setRating("p" + i, 1000 + i);
        }
        for (int i = 0; i < 40; i++) {
            assertThat(elo.rating("p" + i).mean()).isEqualTo(1000 + i);
        }
    }

    @Test
    void badTeamsAreRejected() {
        Elo elo = Elo.arena();
        assertThatThrownBy(() -> elo.predict(List.of(), List.of("a"))).isInstanceOf(DataException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> elo.predict(List.of("a"), List.of("a"))).isInstanceOf(DataException.class)
                .hasMessageContaining("player 'a' appears twice");
        assertThatThrownBy(() -> elo.matchQuality(List.of(List.of("a"))))
                .isInstanceOf(DataException.class).hasMessageContaining("at least two teams");
        assertThatThrownBy(() -> elo.setRating("a", Double.NaN)).isInstanceOf(InvalidParameterException.class)
                .hasMessage("rating must be a finite number, got 'NaN'");
        assertThatThrownBy(() -> elo.update(null)).isInstanceOf(NullPointerException.class);
    }

    // ---------------------------------------------------------------- properties

    record Duel(int a, int b, int outcome) {
    }

    private static final String[] NAMES = {"p0", "p1", "p2", "p3"};

    @Provide
    Arbitrary<List<Duel>> histories() {
        Arbitrary<Integer> player = Arbitraries.integers().between(0, 3);
        return Combinators.combine(player, player, Arbitraries.integers().between(0, 2)).as(Duel::new)
                .filter(d -> d.a() != d.b()).list().ofMaxSize(15);
    }

    static void play(RatingSystem system, List<Duel> history, boolean swapP0P1) {
        for (Duel d : history) {
            system.update(duel(name(d.a(), swapP0P1), name(d.b(), swapP0P1), d.outcome() / 2.0));
        }
    }

    static String name(int player, boolean swapP0P1) {
        if (swapP0P1 && player < 2) {
            return NAMES[1 - player];
        }
        return NAMES[player];
    }

    @Property
    void swappingSidesGivesTheSameUpdate(@ForAll("histories") List<Duel> history,
                                         @ForAll("outcomes") double outcome) {
        Elo listedFirst = Elo.arena();
        Elo listedSecond = Elo.arena();
        play(listedFirst, history, false);
        play(listedSecond, history, false);
        listedFirst.update(duel("p0", "p1", outcome));
        listedSecond.update(duel("p1", "p0", 1 - outcome));
        for (String p : NAMES) {
            assertThat(listedSecond.rating(p).mean()).isCloseTo(listedFirst.rating(p).mean(), within(EXACT));
        }
    }

    @Property
    void relabellingTheTwoSidesMirrorsTheResult(@ForAll("histories") List<Duel> history,
                                                @ForAll("outcomes") double outcome) {
        Elo original = Elo.arena();
        Elo mirrored = Elo.arena();
        play(original, history, false);
        play(mirrored, history, true);
        original.update(duel("p0", "p1", outcome));
        mirrored.update(duel("p1", "p0", outcome));
        assertThat(mirrored.rating("p1").mean()).isCloseTo(original.rating("p0").mean(), within(EXACT));
        assertThat(mirrored.rating("p0").mean()).isCloseTo(original.rating("p1").mean(), within(EXACT));
    }

    @Provide
    Arbitrary<Double> outcomes() {
        return Arbitraries.of(0.0, 0.5, 1.0);
    }

    @Property
    void aWinNeverLowersTheWinnerNorRaisesTheLoser(@ForAll("histories") List<Duel> history) {
        Elo elo = Elo.arena();
        play(elo, history, false);
        double winner = elo.rating("p0").mean();
        double loser = elo.rating("p1").mean();
        elo.update(duel("p0", "p1", 1));
        assertThat(elo.rating("p0").mean()).isGreaterThanOrEqualTo(winner);
        assertThat(elo.rating("p1").mean()).isLessThanOrEqualTo(loser);
    }

    @Property
    void duelsConserveTheTotalRating(@ForAll("histories") List<Duel> history) {
        Elo elo = Elo.arena();
        play(elo, history, false);
        double total = 0;
        for (String p : NAMES) {
            total += elo.rating(p).mean();
        }
        assertThat(total).isCloseTo(4 * 1000, within(1e-6));
    }

    @Property
    void teamsOfOneAreTheTwoPlayerUpdate(@ForAll @DoubleRange(min = 600, max = 1400) double ratingA,
                                         @ForAll @DoubleRange(min = 600, max = 1400) double ratingB,
                                         @ForAll("outcomes") double outcome) {
        Elo elo = Elo.arena();
        elo.setRating("a", ratingA);
        elo.setRating("b", ratingB);
        int rankB = outcome == 1 ? 2 : outcome == 0 ? 1 : 1;
        int rankA = outcome == 0 ? 2 : 1;
        elo.update(game(List.of(List.of("a"), List.of("b")), List.of(rankA, rankB)));
        double expected = 1 / (1 + Math.pow(10, (ratingB - ratingA) / 400));
        assertThat(elo.rating("a").mean()).isCloseTo(ratingA + 4 * (outcome - expected), within(EXACT));
        assertThat(elo.rating("b").mean()).isCloseTo(ratingB - 4 * (outcome - expected), within(EXACT));
    }

    @Property
    void predictSumsToOneAndIsMonotoneInTheRatingDifference(
            @ForAll @DoubleRange(min = -1500, max = 1500) double difference,
            @ForAll @DoubleRange(min = 0, max = 500) double increase) {
        Elo elo = Elo.arena();
        elo.setRating("a", 1000 + difference);
        double[] before = elo.predict(List.of("a"), List.of("b"));
        assertThat(before[0] + before[1] + before[2]).isCloseTo(1, within(EXACT));
        assertThat(Arrays.stream(before).allMatch(p -> p >= 0 && p <= 1)).isTrue();
        elo.setRating("a", 1000 + difference + increase);
        double[] after = elo.predict(List.of("a"), List.of("b"));
        assertThat(after[0]).isGreaterThanOrEqualTo(before[0]);
        assertThat(after[2]).isLessThanOrEqualTo(before[2]);
        assertThat(elo.matchQuality(List.of(List.of("a"), List.of("b")))).isBetween(0.0, 1.0);
    }
}
