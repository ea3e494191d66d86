package dev.ordinal.io;

import java.util.Objects;

/**
 * How to read a match file.
 *
 * @param format      the format, or {@link MatchFormat#AUTO} to detect it
 * @param skipInvalid skip invalid matches and count their records in
 *                    {@link ReadReport#skippedByReason()} instead of failing on the first one; a
 *                    malformed file structure (bad CSV quoting, an unknown header) still fails
 */
public record MatchReadOptions(MatchFormat format, boolean skipInvalid) {

    public MatchReadOptions {
        Objects.requireNonNull(format, "format");
    }

    /** Auto-detected format; the first invalid match fails the read. */
    public static MatchReadOptions defaults() {
        return new MatchReadOptions(MatchFormat.AUTO, false);
    }

    public MatchReadOptions withFormat(MatchFormat newFormat) {
        return new MatchReadOptions(newFormat, skipInvalid);
    }

    public MatchReadOptions withSkipInvalid(boolean skip) {
        return new MatchReadOptions(format, skip);
    }
}
