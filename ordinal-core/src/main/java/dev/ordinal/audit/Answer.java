package dev.ordinal.audit;

import java.util.Objects;

/**
 * What an item (a model) answered in a context (a prompt).
 *
 * @param item    the item, named as the judgments name it
 * @param context the prompt or task, as the judgments' {@link Label#context()} names it
 * @param text    the answer
 */
public record Answer(String item, String context, String text) {
    public Answer {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(text, "text");
    }
}
