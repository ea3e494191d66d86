package dev.ordinal.audit.run;

import dev.ordinal.error.DataException;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.metric.RankingAgreement;
import dev.ordinal.metric.RankingAgreementReport;
import dev.ordinal.metric.Separability;
import dev.ordinal.metric.Stability;
import dev.ordinal.metric.StabilityReport;
import dev.ordinal.fit.StrengthModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Computes the {@link LeaderboardAgreementSection}. The leaderboards are compared over the items
 * both rank, each source resampled independently ({@link RankingAgreement#between(ComparisonTable,
 * ComparisonTable, StrengthModel, FitOptions, int, dev.ordinal.metric.BootstrapOptions)}); the top-k
 * overlap compares at most as many items as the smaller leaderboard has.
 */
final class LeaderboardAgreementAudit {
    private LeaderboardAgreementAudit() {
    }

    static LeaderboardAgreementSection run(AuditRequest request, LeaderboardsSection leaderboards, Runnable step) {
        StrengthModel model = request.settings().leaderboardRequest().model();
        FitOptions fit = request.settings().leaderboardRequest().fit();
        Map<String, ComparisonTable> tables = new HashMap<>();
        ComparisonTable reference = tables.computeIfAbsent(request.reference(),
                name -> request.source(name).table());
        List<Attempt<RankingAgreementReport>> agreements = new ArrayList<>();
        for (AuditSource source : request.others()) {
            try {
                ComparisonTable other = tables.computeIfAbsent(source.name(), name -> source.table());
                int k = Math.min(request.settings().topK(), Math.min(reference.items().size(), other.items().size()));
                agreements.add(Attempt.of(source.name(), RankingAgreement.between(reference, other, model, fit,
                        Math.max(1, k), request.settings().metricBootstrap())));
            } catch (IllegalArgumentException | DataException e) {
                agreements.add(Attempt.failed(source.name(), Attempt.reason(e)));
            }
            step.run();
        }
        Map<String, Leaderboard> boards = leaderboards.fitted();
        List<LeaderboardAgreementSection.Quality> quality = new ArrayList<>();
        for (AuditSource source : request.sources()) {
            Optional<Attempt<Separability>> separability = Optional.ofNullable(boards.get(source.name()))
                    .map(board -> separability(source.name(), board));
            Attempt<StabilityReport> stability;
            try {
                stability = Attempt.of(source.name(), Stability.of(tables.computeIfAbsent(source.name(),
                        name -> source.table()), model, fit));
            } catch (IllegalArgumentException | DataException e) {
                stability = Attempt.failed(source.name(), Attempt.reason(e));
            }
            quality.add(new LeaderboardAgreementSection.Quality(source.name(), separability, stability));
            step.run();
        }
        return new LeaderboardAgreementSection(agreements, quality);
    }

    private static Attempt<Separability> separability(String source, Leaderboard board) {
        try {
            return Attempt.of(source, Separability.of(board));
        } catch (IllegalArgumentException | DataException e) {
            return Attempt.failed(source, Attempt.reason(e));
        }
    }
}
