package dev.ordinal.io;

import dev.ordinal.error.InvalidParameterException;
import java.util.Objects;

/**
 * Which keys of an answers file's JSON objects hold what.
 *
 * @param item    the answering item (model), named as the judgments name it
 * @param context the prompt or task the answer is to
 * @param text    the answer's text
 */
public record AnswerFields(String item, String context, String text) {
    public AnswerFields {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(text, "text");
        if (item.equals(context) || item.equals(text) || context.equals(text)) {
            throw new InvalidParameterException("answer-fields", item + "," + context + "," + text,
                    "three different field names, ITEM,PROMPT,TEXT");
        }
    }

    /**
     * LLMFAO's {@code results.jsonl} (github.com/dustalov/llmfao): item {@code name} (the model
     * names its comparison files show in {@code left} and {@code right}), context {@code prompt},
     * text {@code result}. Use {@code model} as the item to match {@code model_x}/{@code model_y} ids.
     */
    public static AnswerFields llmfao() {
        return new AnswerFields("name", "prompt", "result");
    }
}
