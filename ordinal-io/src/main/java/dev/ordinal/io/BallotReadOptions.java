package dev.ordinal.io;

import java.util.Objects;

/**
 * How to read ballot files.
 *
 * @param format      the format, or {@link BallotFormat#AUTO} to detect it for each file
 * @param columns     what per-candidate CSV columns hold: ranks or scores
 * @param skipInvalid skip invalid ballots and count them in {@link ReadReport#skippedByReason()}
 *                    instead of failing on the first one; a malformed file structure still fails
 */
public record BallotReadOptions(BallotFormat format, BallotColumns columns, boolean skipInvalid) {

    public BallotReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(columns, "columns");
    }

    /** Auto-detected format, rank columns; the first invalid ballot fails the read. */
    public static BallotReadOptions defaults() {
        return new BallotReadOptions(BallotFormat.AUTO, BallotColumns.RANK, false);
    }

    public BallotReadOptions withFormat(BallotFormat newFormat) {
        return new BallotReadOptions(newFormat, columns, skipInvalid);
    }

    public BallotReadOptions withColumns(BallotColumns newColumns) {
        return new BallotReadOptions(format, newColumns, skipInvalid);
    }

    public BallotReadOptions withSkipInvalid(boolean skip) {
        return new BallotReadOptions(format, columns, skip);
    }
}
