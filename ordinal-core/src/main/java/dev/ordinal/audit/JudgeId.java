package dev.ordinal.audit;

import java.util.Objects;

/**
 * One judge of one source.
 *
 * @param source the source, e.g. {@code gpt4}
 * @param judge  the judge within it
 */
public record JudgeId(String source, String judge) {
    public JudgeId {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(judge, "judge");
    }
}
