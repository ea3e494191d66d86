package dev.ordinal.audit.run;

import java.util.Objects;
import java.util.Optional;

/**
 * Runs an audit: every section of an {@link AuditRequest}, each by its own class, into an
 * {@link AuditResult}. An analysis the data do not allow (two sources sharing no unit, a voter
 * with one label, a leaderboard with no finite estimate) is not an error: its section records why
 * and the others go on. Same request, same result, on any thread count.
 *
 * <pre>{@code
 * AuditResult result = Audit.run(AuditRequest.of(List.of(crowd, gpt4))
 *         .withSettings(AuditSettings.defaults().withBootstrap(500, 7)));
 * }</pre>
 */
public final class Audit {
    private Audit() {
    }

    public static AuditResult run(AuditRequest request) {
        return run(request, () -> { });
    }

    /**
     * Runs the audit and calls {@code step} after each of its {@link #steps} steps (a leaderboard
     * fit, a bootstrap, a panel), for a progress bar.
     */
    public static AuditResult run(AuditRequest request, Runnable step) {
        Objects.requireNonNull(request, "request");
        SourcesSection summary = SourcesAudit.run(request);
        LeaderboardsSection leaderboards = LeaderboardsAudit.run(request);
        step.run();
        AgreementSection agreement = AgreementAudit.run(request);
        step.run();
        LeaderboardAgreementSection leaderboardAgreement = LeaderboardAgreementAudit.run(request, leaderboards, step);
        PositionBiasSection positionBias = PositionBiasAudit.run(request);
        step.run();
        Optional<FamilyBiasSection> familyBias = FamilyBiasAudit.run(request);
        familyBias.ifPresent(section -> step.run());
        VotersSection voters = VoterAudit.run(request, step);
        ConsistencySection consistency = ConsistencyAudit.run(request);
        step.run();
        Optional<StyleSection> style = StyleAudit.run(request, step);
        return new AuditResult(request.names(), request.reference(), request.settings(), summary, leaderboards,
                agreement, leaderboardAgreement, positionBias, familyBias, voters, consistency, style);
    }

    /** How many times {@link #run(AuditRequest, Runnable)} calls its step. */
    public static long steps(AuditRequest request) {
        int sources = request.sources().size();
        long panels = request.sources().stream().filter(AuditSource::isPanel).count();
        return 4 + (sources - 1) + sources + panels + (request.itemFamilies().isPresent() ? 1 : 0)
                + (request.answers().isPresent() ? sources : 0);
    }
}
