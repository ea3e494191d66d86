package dev.ordinal.io;

import dev.ordinal.error.InvalidParameterException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The match file formats {@link MatchFiles} reads, each with the label a user types. */
public enum MatchFormat {
    /**
     * Decide from the file name (after stripping {@code .gz}): {@code .jsonl} or {@code .ndjson} is
     * {@link #JSONL}, {@code .csv} is told from its header; otherwise from the content: a line
     * starting with <code>{</code> is JSON Lines, {@code [} a JSON array of battles, anything else CSV.
     */
    AUTO("auto"),
    /**
     * Matches as JSON Lines (jsonlines.org):
     * <code>{"id": "g1", "time": "2024-05-01T12:00:00Z", "teams": [["alice"], ["bob", "carol"]], "ranks": [1, 2]}</code>.
     */
    JSONL("jsonl"),
    /** CSV (RFC 4180) with one row per player per game: {@code game_id,time,team,player,score}. */
    LONG_CSV("long-csv"),
    /**
     * One two-player match per pairwise record: head-to-head CSV
     * ({@code player_a,player_b,score_a,score_b}) or arena battles ({@code model_a,model_b,winner},
     * {@code left,right,winner}) as CSV, JSON Lines or a JSON array.
     */
    PAIRWISE("pairwise");

    private final String label;

    MatchFormat(String label) {
        this.label = label;
    }

    /** The name a user types, e.g. {@code long-csv}. */
    public String label() {
        return label;
    }

    /** The format with this label (case-insensitive). */
    public static MatchFormat fromLabel(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        for (MatchFormat format : values()) {
            if (format.label.equals(wanted)) {
                return format;
            }
        }
        throw new InvalidParameterException("input-format", label, "one of "
                + Arrays.stream(values()).map(MatchFormat::label).collect(Collectors.joining(", ")));
    }
}
