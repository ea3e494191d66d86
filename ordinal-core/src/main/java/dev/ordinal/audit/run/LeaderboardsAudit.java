package dev.ordinal.audit.run;

import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import java.util.ArrayList;
import java.util.List;

/** Computes the {@link LeaderboardsSection}: each source's labels fitted as {@link AuditSettings#leaderboardRequest()} says. */
final class LeaderboardsAudit {
    private LeaderboardsAudit() {
    }

    static LeaderboardsSection run(AuditRequest request) {
        LeaderboardRequest fit = request.settings().leaderboardRequest();
        List<Attempt<Leaderboard>> boards = new ArrayList<>();
        for (AuditSource source : request.sources()) {
            try {
                boards.add(Attempt.of(source.name(), Leaderboards.rank(source.table(), fit)));
            } catch (NoFiniteEstimateException e) {
                boards.add(Attempt.failed(source.name(), Attempt.reason(e)));
            }
        }
        return new LeaderboardsSection(boards);
    }
}
