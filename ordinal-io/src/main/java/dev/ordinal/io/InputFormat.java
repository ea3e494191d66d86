package dev.ordinal.io;

import dev.ordinal.error.InvalidParameterException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The judgment file formats {@link JudgmentFiles} reads, each with the label a user types. */
public enum InputFormat {
    /** Decide from the file name (after stripping {@code .gz}) and, when that is not enough, from the content. */
    AUTO("auto"),
    /** Pairwise judgments as CSV (RFC 4180) with a header row: arena battles or any columns named by {@link PairwiseColumns}. */
    ARENA_CSV("csv"),
    /** Pairwise judgments as one JSON array (RFC 8259) of objects, like the FastChat / LMArena battle exports. */
    ARENA_JSON("json"),
    /** Pairwise judgments as JSON Lines: one JSON object per line. */
    ARENA_JSONL("jsonl"),
    /** Rankings as JSON Lines: {@code {"ranking": [["x"], ["y", "z"]], "judge": "...", "weight": 1}}. */
    RANKINGS_JSONL("rankings-jsonl"),
    /** PrefLib ordinal preferences: {@code .soc .soi .toc .toi} (preflib.org/format). */
    PREFLIB("preflib");

    private final String label;

    InputFormat(String label) {
        this.label = label;
    }

    /** The name a user types, e.g. {@code csv} or {@code rankings-jsonl}. */
    public String label() {
        return label;
    }

    /** The format with this label (case-insensitive). */
    public static InputFormat fromLabel(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        for (InputFormat format : values()) {
            if (format.label.equals(wanted)) {
                return format;
            }
        }
        throw new InvalidParameterException("input-format", label, "one of "
                + Arrays.stream(values()).map(InputFormat::label).collect(Collectors.joining(", ")));
    }
}
