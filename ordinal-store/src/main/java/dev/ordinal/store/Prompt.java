package dev.ordinal.store;

import java.util.Map;

/** A prompt of an arena and each item's response to it (item id to response text). */
public record Prompt(String arena, String id, String text, Map<String, String> responses) {
    public Prompt {
        responses = Map.copyOf(responses);
    }
}
