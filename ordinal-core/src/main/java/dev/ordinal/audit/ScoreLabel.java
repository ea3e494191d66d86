package dev.ordinal.audit;

import java.util.Objects;

/**
 * One score a judge gave one item (an answer) on its own, e.g. a 1–10 rating.
 *
 * @param source  the source
 * @param judge   the judge within the source
 * @param context the prompt the item answered
 * @param item    the item scored
 * @param score   the score, finite; higher is better
 */
public record ScoreLabel(String source, String judge, String context, String item, double score) {
    public ScoreLabel {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(item, "item");
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("score of '" + item + "' must be finite, got " + score);
        }
    }

    public JudgeContext scope() {
        return new JudgeContext(source, judge, context);
    }
}
