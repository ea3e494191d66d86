package dev.ordinal.io;

import java.util.Objects;
import java.util.Optional;

/**
 * How to read a judgment file.
 *
 * @param format      the format, or {@link InputFormat#AUTO} to detect it
 * @param columns     where pairwise judgments are in a CSV or JSON input; empty to detect the
 *                    arena or left/right layout from the header
 * @param skipInvalid skip invalid records and count them in {@link ReadReport#skippedByReason()}
 *                    instead of failing on the first one; a malformed file structure still fails
 */
public record ReadOptions(InputFormat format, Optional<PairwiseColumns> columns, boolean skipInvalid) {

    public ReadOptions {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(columns, "columns");
    }

    /** Auto-detected format and columns; the first invalid record fails the read. */
    public static ReadOptions defaults() {
        return new ReadOptions(InputFormat.AUTO, Optional.empty(), false);
    }

    public ReadOptions withFormat(InputFormat newFormat) {
        return new ReadOptions(newFormat, columns, skipInvalid);
    }

    public ReadOptions withColumns(PairwiseColumns newColumns) {
        return new ReadOptions(format, Optional.of(newColumns), skipInvalid);
    }

    public ReadOptions withSkipInvalid(boolean skip) {
        return new ReadOptions(format, columns, skip);
    }
}
