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
}
