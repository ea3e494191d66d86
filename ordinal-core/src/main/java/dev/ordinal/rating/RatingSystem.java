package dev.ordinal.rating;

import java.util.List;

/**
 * An online rating system: ratings that update one game at a time and carry their own
 * uncertainty. Implementations keep their state per player id and are not thread-safe.
 * Registered by name in {@code dev.ordinal.app.Registries#ratings()}.
 */
public interface RatingSystem {

    /** The name users type, e.g. {@code trueskill}. */
    String name();

    /** Applies one game. */
    void update(Match match);

    /**
     * Applies one rating period: for systems with periods (Glicko-2) every game is rated from the
     * ratings at the start of the period; the others apply the games one by one, in order.
     */
    default void updatePeriod(List<Match> games) {
        games.forEach(this::update);
    }

    /** The current rating of {@code player}; the system's prior for a player never seen. */
    Rating rating(String player);

    /** Players seen so far, in order of first appearance. */
    List<String> players();

    /** Games {@code player} has taken part in. */
    int games(String player);

    /**
     * Predicted outcome of a game between two teams, before it is played:
     * {@code [P(team 0 wins), P(draw), P(team 1 wins)]}, summing to 1.
     */
    double[] predict(List<String> team0, List<String> team1);

    /** How balanced and informative a game between these teams would be, in [0, 1] (higher is better). */
    double matchQuality(List<List<String>> teams);
}
