package dev.ordinal.io;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What a read found.
 *
 * @param source          file name as given, or {@code <stdin>}
 * @param records         records read: CSV rows, JSON objects, or for PrefLib ballots (a line
 *                        {@code 5: ...} is five records)
 * @param judgments       judgments kept: pairwise judgments or rankings
 * @param skipped         records skipped
 * @param skippedByReason skipped records by short, stable reason, e.g. "unknown outcome"
 */
public record ReadReport(String source, long records, long judgments, long skipped, Map<String, Long> skippedByReason) {

    public ReadReport {
        Objects.requireNonNull(source, "source");
        skippedByReason = Collections.unmodifiableMap(new TreeMap<>(skippedByReason));
    }
}
