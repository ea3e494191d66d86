package dev.ordinal.audit;

import java.util.Objects;

/**
 * One judge on one context (prompt): the scope within which a judge's scores and verdicts must
 * agree with each other.
 *
 * @param source  the source
 * @param judge   the judge within the source
 * @param context the prompt or task the items answered
 */
public record JudgeContext(String source, String judge, String context) {
    public JudgeContext {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(context, "context");
    }

    public JudgeId judgeId() {
        return new JudgeId(source, judge);
    }
}
