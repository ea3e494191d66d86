package dev.ordinal.io;

import dev.ordinal.error.InvalidParameterException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The ballot file formats {@link BallotFiles} reads, each with the label a user types. */
public enum BallotFormat {
    /**
     * Decide from the file name (after stripping {@code .gz}): {@code .soc .soi .toc .toi} PrefLib,
     * {@code .cat} PrefLib categorical, {@code .csv} CSV, {@code .jsonl .ndjson} JSON Lines; otherwise
     * from the content: <code>{</code> JSON Lines, {@code #} or a {@code N:} line PrefLib, anything else CSV.
     */
    AUTO("auto"),
    /** PrefLib ordinal preferences {@code .soc .soi .toc .toi} (preflib.org/format); a categorical header is honoured. */
    PREFLIB("preflib"),
    /** PrefLib categorical preferences {@code .cat}: the categories but the last are ranked groups. */
    PREFLIB_CATEGORICAL("cat"),
    /** CSV with a {@code ballot} column ({@code a>b=c}), an {@code approvals} column, or one column per candidate. */
    CSV("csv"),
    /** JSON Lines: one object per ballot with {@code ranking}, {@code scores} or {@code approved}. */
    JSONL("jsonl");

    private final String label;

    BallotFormat(String label) {
        this.label = label;
    }

    /** The name a user types, e.g. {@code csv} or {@code cat}. */
    public String label() {
        return label;
    }

    /** The format with this label (case-insensitive). */
    public static BallotFormat fromLabel(String label) {
        String wanted = label.trim().toLowerCase(Locale.ROOT);
        for (BallotFormat format : values()) {
            if (format.label.equals(wanted)) {
                return format;
            }
        }
        throw new InvalidParameterException("ballot-format", label, "one of "
                + Arrays.stream(values()).map(BallotFormat::label).collect(Collectors.joining(", ")));
    }
}
