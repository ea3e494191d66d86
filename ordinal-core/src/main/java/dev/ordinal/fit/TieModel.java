package dev.ordinal.fit;

import java.util.Arrays;

/** How pairwise models read a tie (or a both-bad verdict). */
public enum TieModel {
    /** A tie is half a win for each side: the Chatbot Arena convention. */
    HALF("half"),
    /** Ties get their own probability, ν·√(πᵢπⱼ)/(πᵢ + πⱼ + ν·√(πᵢπⱼ)) (Davidson 1970). */
    DAVIDSON("davidson"),
    /** A threshold model: i wins when πᵢ/(πᵢ + θπⱼ) says so, ties in between (Rao &amp; Kupper 1967). */
    RAO_KUPPER("rao-kupper"),
    /** Ties are ignored. */
    DROP("drop");

    private final String label;

    TieModel(String label) {
        this.label = label;
    }

    /** The name users type, e.g. {@code rao-kupper}. */
    public String label() {
        return label;
    }

    /** Kept for ordinal-server and the audit until they look ties up in {@code Registries.ties()}. */
    public static TieModel fromLabel(String label) {
        return Arrays.stream(values()).filter(t -> t.label.equals(label)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown tie model '" + label
                        + "'; expected one of half, davidson, rao-kupper, drop"));
    }
}
