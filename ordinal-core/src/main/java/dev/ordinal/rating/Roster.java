package dev.ordinal.rating;

import dev.ordinal.error.DataException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The players a rating system has seen: each player id gets a dense index 0, 1, 2... in order of
 * first appearance, and a count of the games they took part in. A rating system keeps its own
 * per-player parameters (ratings, means, variances...) in arrays indexed the same way and at least
 * {@link #capacity()} long; the capacity doubles when a new player no longer fits, and the system's
 * {@link Admission} then lengthens its arrays (with {@link #grown}) and sets the new player's prior.
 *
 * <p>Not thread-safe.
 */
final class Roster {
    private static final int INITIAL_CAPACITY = 16;

    /** What a rating system does when a player joins its roster. */
    @FunctionalInterface
    interface Admission {
        /**
         * Makes the system's per-player arrays at least {@code capacity} long and gives the new
         * player, at index {@code player}, the system's prior.
         */
        void admit(int player, int capacity);
    }

    private final Admission admission;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> order = new ArrayList<>();
    private int[] games = new int[INITIAL_CAPACITY];

    Roster(Admission admission) {
        this.admission = Objects.requireNonNull(admission, "admission");
    }

    /** {@code values} if at least {@code capacity} long, else a copy lengthened to {@code capacity} with zeros. */
    static double[] grown(double[] values, int capacity) {
        return values.length < capacity ? Arrays.copyOf(values, capacity) : values;
    }

    /** Players seen so far. */
    int size() {
        return order.size();
    }

    /** The length the per-player arrays need: at least {@link #size()}, 16 to begin with. */
    int capacity() {
        return games.length;
    }

    /** The index of {@code player}, or −1 if not on the roster. */
    int find(String player) {
        Integer known = index.get(player);
        return known == null ? -1 : known;
    }

    /**
     * The index of {@code player}; a new player is added with no games at the next index and admitted
     * to the rating system before this returns.
     */
    int register(String player) {
        int known = find(player);
        return known >= 0 ? known : add(player);
    }

    /**
     * The indices of every player of {@code teams}, team by team in the order given; new players
     * are registered in that order, as {@link #register(String)} does one by one.
     */
    int[][] register(List<List<String>> teams) {
        int[][] members = new int[teams.size()][];
        for (int t = 0; t < members.length; t++) {
            List<String> team = teams.get(t);
            members[t] = new int[team.size()];
            for (int p = 0; p < members[t].length; p++) {
                members[t][p] = register(team.get(p));
            }
        }
        return members;
    }

    private int add(String player) {
        Objects.requireNonNull(player, "player");
        int added = order.size();
        index.put(player, added);
        order.add(player);
        if (added == games.length) {
            games = Arrays.copyOf(games, 2 * added);
        }
        admission.admit(added, games.length);
        return added;
    }

    /** Adds {@code count} games to the player at {@code player}. */
    void addGames(int player, int count) {
        games[player] += count;
    }

    /** Players seen so far, in order of first appearance, as an unmodifiable copy. */
    List<String> players() {
        return List.copyOf(order);
    }

    /** Games {@code player} has taken part in; 0 for a player not on the roster. */
    int games(String player) {
        Objects.requireNonNull(player, "player");
        int i = find(player);
        return i < 0 ? 0 : games[i];
    }

    /** Checks the teams of a prediction or match-quality query: at least two non-empty teams, no player twice. */
    static void checkTeams(List<List<String>> teams) {
        Objects.requireNonNull(teams, "teams");
        if (teams.size() < 2) {
            throw new DataException("need at least two teams, got " + teams.size());
        }
        Set<String> seen = new HashSet<>();
        for (int t = 0; t < teams.size(); t++) {
            List<String> team = Objects.requireNonNull(teams.get(t), "team");
            if (team.isEmpty()) {
                throw new DataException("team " + t + " is empty");
            }
            for (String player : team) {
                Objects.requireNonNull(player, "player");
                if (!seen.add(player)) {
                    throw new DataException("player '" + player + "' appears twice");
                }
            }
        }
    }
}
