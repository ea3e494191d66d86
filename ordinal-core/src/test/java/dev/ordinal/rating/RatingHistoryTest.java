package dev.ordinal.rating;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RatingHistoryTest {

    @Test
    void recordsEachPlayersRatingAfterEachOfTheirGames() {
        RatingHistory history = new RatingHistory(Elo.arena());
        history.update(Match.duel("g1", Optional.empty(), "a", "b", 1));
        history.update(Match.duel("g2", Optional.empty(), "b", "c", 0.5));
        history.update(Match.duel("g3", Optional.empty(), "a", "c", 0));
        List<RatingHistory.Point> a = history.trajectory("a");
        assertThat(a).extracting(RatingHistory.Point::gameId).containsExactly("g1", "g3");
        assertThat(a.get(0).rating().mean()).isEqualTo(1002);
        assertThat(a.get(1).rating()).isEqualTo(history.system().rating("a"));
        assertThat(a).extracting(RatingHistory.Point::games).containsExactly(1, 2);
        assertThat(history.trajectory("b")).extracting(RatingHistory.Point::gameId).containsExactly("g1", "g2");
        assertThat(history.trajectory("nobody")).isEmpty();
    }

    /** A Glicko-2 period rates all its games from the ratings at its start; the history records its end. */
    @Test
    void aPeriodIsRecordedOncePerPlayer() {
        List<Match> period = List.of(Match.duel("g1", Optional.empty(), "a", "b", 1),
                Match.duel("g2", Optional.empty(), "a", "c", 1));
        RatingHistory history = new RatingHistory(GlickoTwo.defaults());
        List<RatingHistory.Point> points = history.updatePeriod(period);
        assertThat(points).extracting(RatingHistory.Point::player).containsExactly("a", "b", "c");
        assertThat(history.trajectory("a")).singleElement().satisfies(point -> {
            assertThat(point.gameId()).isEqualTo("g2");
            assertThat(point.games()).isEqualTo(2);
        });
        GlickoTwo direct = GlickoTwo.defaults();
        direct.updatePeriod(period);
        assertThat(history.system().rating("a")).isEqualTo(direct.rating("a"));
        GlickoTwo gameByGame = GlickoTwo.defaults();
        period.forEach(gameByGame::update);
        assertThat(gameByGame.rating("a")).isNotEqualTo(direct.rating("a"));
    }
}
