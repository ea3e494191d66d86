package dev.ordinal.audit.run;

import dev.ordinal.leaderboard.Leaderboard;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Leaderboards section: a Bradley–Terry leaderboard per source (a tie half a win, the Elo
 * scale, bootstrap intervals), or why its labels have none (e.g. an item that never lost).
 *
 * @param boards one attempt per source, in order
 */
public record LeaderboardsSection(List<Attempt<Leaderboard>> boards) {
    public LeaderboardsSection {
        boards = List.copyOf(boards);
    }

    /** The leaderboards that could be fitted, by source, in order. */
    public Map<String, Leaderboard> fitted() {
        Map<String, Leaderboard> fitted = new LinkedHashMap<>();
        boards.forEach(board -> board.value().ifPresent(value -> fitted.put(board.subject(), value)));
        return fitted;
    }
}
