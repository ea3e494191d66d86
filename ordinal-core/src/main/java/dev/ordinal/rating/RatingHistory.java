package dev.ordinal.rating;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies games to a {@link RatingSystem} and records every player's rating after each of their
 * games: the trajectory of any player. Memory grows with the number of player-games.
 */
public final class RatingHistory {
    /**
     * A player's rating right after a game.
     *
     * @param player the player
     * @param gameId the game
     * @param time   when it was played, if known
     * @param rating the rating after it
     * @param games  games played so far, this one included
     */
    public record Point(String player, String gameId, Optional<Instant> time, Rating rating, int games) {
    }

    private final RatingSystem system;
    private final Map<String, List<Point>> trajectories = new HashMap<>();

    public RatingHistory(RatingSystem system) {
        this.system = system;
    }

    public RatingSystem system() {
        return system;
    }

    /** Applies {@code match} and records the rating of each of its players; returns the points added, team by team. */
    public List<Point> update(Match match) {
        system.update(match);
        List<Point> added = new ArrayList<>();
        for (List<String> team : match.teams()) {
            for (String player : team) {
                Point point = new Point(player, match.id(), match.time(), system.rating(player), system.games(player));
                trajectories.computeIfAbsent(player, p -> new ArrayList<>()).add(point);
                added.add(point);
            }
        }
        return added;
    }

    /**
     * Applies a rating period and records, once, the rating after the period of each player who
     * played in it (the point carries the period's last game of that player); returns the points.
     */
    public List<Point> updatePeriod(List<Match> games) {
        system.updatePeriod(games);
        Map<String, Match> lastGame = new java.util.LinkedHashMap<>();
        for (Match match : games) {
            for (List<String> team : match.teams()) {
                for (String player : team) {
                    lastGame.put(player, match);
                }
            }
        }
        List<Point> added = new ArrayList<>();
        lastGame.forEach((player, match) -> {
            Point point = new Point(player, match.id(), match.time(), system.rating(player), system.games(player));
            trajectories.computeIfAbsent(player, p -> new ArrayList<>()).add(point);
            added.add(point);
        });
        return added;
    }

    /** The player's ratings after each of their games, oldest first; empty for a player never seen. */
    public List<Point> trajectory(String player) {
        return List.copyOf(trajectories.getOrDefault(player, List.of()));
    }
}
