package dev.ordinal.audit;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/** A style feature that style control can hold fixed, by the name users type. */
public enum StyleFeature {
    /** Answer length in {@link AnswerFeatures#tokens() tokens}. */
    LENGTH("length"),
    /** Answer length in {@link AnswerFeatures#characters() characters}. */
    CHARACTERS("characters"),
    /** Markdown headers. */
    HEADERS("headers"),
    /** Markdown list items. */
    LISTS("lists"),
    /** Markdown bold spans. */
    BOLD("bold"),
    /** Fenced code blocks. */
    CODE_BLOCKS("code_blocks");

    private final String label;

    StyleFeature(String label) {
        this.label = label;
    }

    /** The four features of the Chatbot Arena's style control: length, headers, lists, bold. */
    public static List<StyleFeature> arena() {
        return List.of(LENGTH, HEADERS, LISTS, BOLD);
    }

    public String label() {
        return label;
    }

    /** This feature's count in {@code features}. */
    public int count(AnswerFeatures features) {
        return switch (this) {
            case LENGTH -> features.tokens();
            case CHARACTERS -> features.characters();
            case HEADERS -> features.headers();
            case LISTS -> features.listItems();
            case BOLD -> features.boldSpans();
            case CODE_BLOCKS -> features.codeBlocks();
        };
    }

    public static StyleFeature fromLabel(String label) {
        return Arrays.stream(values()).filter(f -> f.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown style feature '" + label + "'; expected one of "
                        + Arrays.stream(values()).map(StyleFeature::label).collect(Collectors.joining(", "))));
    }
}
