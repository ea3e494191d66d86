package dev.ordinal.rating;

import dev.ordinal.error.DataException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One game between two or more teams of players (a team of one is a plain player): each team's
 * finishing rank, 1 the best; equal ranks are a draw between those teams.
 *
 * @param id     the game's id, for errors and histories
 * @param time   when it was played, if known
 * @param teams  the teams, each a non-empty list of distinct player ids; no player in two teams
 * @param ranks  each team's rank (same length as {@code teams}), smaller is better
 * @param weights optional partial-play weights in [0, 1], same shape as {@code teams}
 */
public record Match(String id, Optional<Instant> time, List<List<String>> teams, List<Integer> ranks,
                    Optional<List<List<Double>>> weights) {

    public Match {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(weights, "weights");
        teams = teams.stream().map(List::copyOf).toList();
        ranks = List.copyOf(ranks);
        if (teams.size() < 2) {
            throw new DataException("game '" + id + "' needs at least two teams, got " + teams.size());
        }
        if (ranks.size() != teams.size()) {
            throw new DataException("game '" + id + "' has " + teams.size() + " teams but " + ranks.size()
                    + " ranks");
        }
        Set<String> seen = new HashSet<>();
        for (List<String> team : teams) {
            if (team.isEmpty()) {
                throw new DataException("game '" + id + "' has an empty team");
            }
            for (String player : team) {
                if (!seen.add(player)) {
                    throw new DataException("player '" + player + "' appears twice in game '" + id + "'");
                }
            }
        }
        if (weights.isPresent()) {
            List<List<Double>> given = weights.get().stream().map(List::copyOf).toList();
            for (int t = 0; t < teams.size(); t++) {
                if (t >= given.size() || given.get(t).size() != teams.get(t).size()) {
                    throw new DataException("game '" + id + "': weights must have the teams' shape");
                }
                for (double w : given.get(t)) {
                    if (!(w >= 0 && w <= 1)) {
                        throw new DataException("game '" + id + "': weight " + w + " is not in [0, 1]");
                    }
                }
            }
            weights = Optional.of(given);
        }
    }

    /** The weight of player {@code player} of team {@code team}: its partial-play weight, 1 without weights. */
    public double weight(int team, int player) {
        return weights.map(w -> w.get(team).get(player)).orElse(1.0);
    }

    /** A game between two single players: {@code outcome} 1 if a won, 0 if b won, 0.5 for a draw. */
    public static Match duel(String id, Optional<Instant> time, String a, String b, double outcome) {
        int rankA = outcome > 0.5 ? 1 : outcome < 0.5 ? 2 : 1;
        int rankB = outcome > 0.5 ? 2 : outcome < 0.5 ? 1 : 1;
        return new Match(id, time, List.of(List.of(a), List.of(b)), List.of(rankA, rankB), Optional.empty());
    }

    /** Ranks from scores: higher score is better, equal scores draw. */
    public static List<Integer> ranksFromScores(List<Double> scores) {
        return scores.stream().map(s -> 1 + (int) scores.stream().filter(other -> other > s).count()).toList();
    }
}
