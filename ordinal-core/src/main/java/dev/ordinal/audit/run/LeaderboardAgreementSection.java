package dev.ordinal.audit.run;

import dev.ordinal.metric.RankingAgreementReport;
import dev.ordinal.metric.Separability;
import dev.ordinal.metric.StabilityReport;
import java.util.List;
import java.util.Optional;

/**
 * The Leaderboard agreement section: each other source's leaderboard against the reference's
 * (Kendall's τ-b, Spearman's ρ, top-k overlap, with basic bootstrap intervals), and each source's
 * separability and the stability of its top two.
 *
 * @param agreements one attempt per source other than the reference, in order
 * @param quality    one per source, in order
 */
public record LeaderboardAgreementSection(List<Attempt<RankingAgreementReport>> agreements, List<Quality> quality) {
    public LeaderboardAgreementSection {
        agreements = List.copyOf(agreements);
        quality = List.copyOf(quality);
    }

    /**
     * One source's leaderboard quality.
     *
     * @param source       the source
     * @param separability the share of item pairs whose intervals do not overlap; empty when the source has no leaderboard
     * @param stability    the fewest verdict changes that swap the leader and the runner-up
     */
    public record Quality(String source, Optional<Attempt<Separability>> separability,
                          Attempt<StabilityReport> stability) {
    }
}
