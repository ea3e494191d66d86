package dev.ordinal.audit.run;

import dev.ordinal.audit.Label;
import dev.ordinal.error.DataException;
import dev.ordinal.judgment.PairwiseJudgment;
import java.util.List;

/**
 * An audit of an arena's log of judgments in one call, e.g. for the server's
 * {@code GET /api/v1/arenas/{arena}/audit}: the log is one source named after the arena, each
 * judgment one label whose judge is its voter or judge (the arena when it has none), whose context
 * is its category, and whose unit is its category and unordered pair — exactly the labels
 * {@code ordinal audit --source ARENA=log.jsonl} reads from the log's export, so that both give the
 * same figures. Weights and times do not enter an audit: it weighs every label once.
 */
public final class LogAudit {
    private LogAudit() {
    }

    /**
     * The audit of the log with these settings.
     *
     * @throws DataException when the log holds no judgment
     */
    public static AuditResult run(String arena, List<PairwiseJudgment> log, AuditSettings settings) {
        return Audit.run(request(arena, log).withSettings(settings));
    }

    /** The request of {@link #run}, to add to (a reference is moot: the log is the only source). */
    public static AuditRequest request(String arena, List<PairwiseJudgment> log) {
        if (log.isEmpty()) {
            throw new DataException("arena '" + arena + "' has no judgments to audit");
        }
        return AuditRequest.of(List.of(new AuditSource(arena, log.stream().map(judgment -> label(arena, judgment))
                .toList())));
    }

    private static Label label(String arena, PairwiseJudgment judgment) {
        String context = judgment.category().orElse("");
        String judge = judgment.judge().filter(name -> !name.isEmpty()).orElse(arena);
        return new Label(arena, judge, Label.pairUnit(context, judgment.a(), judgment.b()), context, judgment.a(),
                judgment.b(), judgment.outcome());
    }
}
