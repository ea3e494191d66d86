package dev.ordinal.audit.run;

import java.util.List;
import java.util.Optional;

/**
 * What an audit found, one record per section, in the order a report gives them.
 *
 * @param sources               the sources' names, in order
 * @param reference             the source the others are compared with
 * @param settings              the settings it ran with (rounds, seed, level, thresholds)
 * @param summary               what each source holds, and the units they share
 * @param leaderboards          each source's leaderboard
 * @param agreement             agreement of verdicts with the reference's, κ and α
 * @param leaderboardAgreement  agreement of leaderboards with the reference's, separability, stability
 * @param positionBias          the preference for the first position
 * @param familyBias            the preference for the judge's own family, when families were given
 * @param voters                the voters of multi-judge sources
 * @param consistency           transitivity, score–comparison conflicts, TrustJudge's remedies
 * @param style                 the pull of style, when answers were given
 */
public record AuditResult(List<String> sources, String reference, AuditSettings settings, SourcesSection summary,
                          LeaderboardsSection leaderboards, AgreementSection agreement,
                          LeaderboardAgreementSection leaderboardAgreement, PositionBiasSection positionBias,
                          Optional<FamilyBiasSection> familyBias, VotersSection voters,
                          ConsistencySection consistency, Optional<StyleSection> style) {
    public AuditResult {
        sources = List.copyOf(sources);
    }

    /** How many labels the sources hold together. */
    public long labels() {
        return summary.summaries().stream().mapToLong(SourcesSection.Summary::labels).sum();
    }
}
