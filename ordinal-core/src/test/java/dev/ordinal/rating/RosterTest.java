package dev.ordinal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.app.Registries;
import dev.ordinal.error.DataException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The player bookkeeping shared by the rating systems, and the team checks they all apply. */
class RosterTest {

    @Test
    void indicesFollowFirstAppearance() {
        List<Integer> admitted = new ArrayList<>();
        Roster roster = new Roster((player, capacity) -> admitted.add(player));
        assertThat(roster.register("b")).isEqualTo(0);
        assertThat(roster.register("a")).isEqualTo(1);
        assertThat(roster.register("b")).isEqualTo(0);
        assertThat(admitted).containsExactly(0, 1);
        assertThat(roster.find("a")).isEqualTo(1);
        assertThat(roster.find("unknown")).isEqualTo(-1);
        assertThat(roster.size()).isEqualTo(2);
        assertThat(roster.players()).containsExactly("b", "a");
        assertThatThrownBy(() -> roster.players().add("c")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void gamesAreCountedPerPlayerAndZeroForStrangers() {
        Roster roster = new Roster((player, capacity) -> { });
        int a = roster.register("a");
        roster.addGames(a, 1);
        roster.addGames(a, 2);
        assertThat(roster.games("a")).isEqualTo(3);
        assertThat(roster.games("unknown")).isZero();
    }

    @Test
    void capacityDoublesAndIsPassedToTheSystem() {
        double[][] ratings = {new double[0]};
        Roster roster = new Roster((player, capacity) -> {
            ratings[0] = Roster.grown(ratings[0], capacity);
            ratings[0][player] = player;
        });
        int initial = roster.capacity();
        for (int i = 0; i <= initial; i++) {
            roster.register("p" + i);
            assertThat(roster.capacity()).isGreaterThanOrEqualTo(roster.size());
            assertThat(ratings[0]).hasSize(roster.capacity());
        }
        assertThat(roster.capacity()).isEqualTo(2 * initial);
        assertThat(ratings[0][initial]).isEqualTo(initial);
        roster.addGames(initial, 1);
        assertThat(roster.games("p" + initial)).isEqualTo(1);
    }

    @Test
    void malformedTeamsAreRejectedWithLocatedMessages() {
        assertThatThrownBy(() -> Roster.checkTeams(List.of(List.of("a"))))
                .isInstanceOf(DataException.class).hasMessage("need at least two teams, got 1");
        assertThatThrownBy(() -> Roster.checkTeams(List.of(List.of("a"), List.of())))
                .isInstanceOf(DataException.class).hasMessage("team 1 is empty");
        assertThatThrownBy(() -> Roster.checkTeams(List.of(List.of("a"), List.of("b", "a"))))
                .isInstanceOf(DataException.class).hasMessage("player 'a' appears twice");
        assertThatThrownBy(() -> Roster.checkTeams(List.of(List.of("a", "a"), List.of("b"))))
                .isInstanceOf(DataException.class).hasMessage("player 'a' appears twice");
        Roster.checkTeams(List.of(List.of("a"), List.of("b", "c"), List.of("d")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"elo", "glicko2", "trueskill", "openskill-pl", "openskill-tm-part"})
    void everySystemRejectsMalformedTeamsAlike(String name) {
        RatingSystem system = Registries.ratings().create(name);
        assertThatThrownBy(() -> system.predict(List.of("a"), List.of()))
                .isInstanceOf(DataException.class).hasMessage("team 1 is empty");
        assertThatThrownBy(() -> system.predict(List.of("a"), List.of("a")))
                .isInstanceOf(DataException.class).hasMessage("player 'a' appears twice");
        assertThatThrownBy(() -> system.matchQuality(List.of(List.of("a"))))
                .isInstanceOf(DataException.class).hasMessage("need at least two teams, got 1");
        assertThat(system.players()).isEmpty();
    }
}
