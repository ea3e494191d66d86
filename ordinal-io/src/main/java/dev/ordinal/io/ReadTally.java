package dev.ordinal.io;

import java.util.Optional;
import java.util.TreeMap;

/**
 * Counts records, kept items (judgments, or matches) and skips during one read, and applies the
 * skip-or-fail policy.
 */
final class ReadTally {
    private final String source;
    private final boolean skipInvalid;
    /** What the read keeps, in the plural, as its "nothing found" failure names it. */
    private final String kept;
    private final TreeMap<String, Long> skippedByReason = new TreeMap<>();
    private long records;
    private long judgments;
    private long skipped;

    /** A tally of a read that keeps judgments. */
    ReadTally(String source, boolean skipInvalid) {
        this(source, skipInvalid, "judgments");
    }

    /** A tally of a read that keeps {@code kept}, e.g. "matches". */
    ReadTally(String source, boolean skipInvalid, String kept) {
        this.source = source;
        this.skipInvalid = skipInvalid;
        this.kept = kept;
    }

    String source() {
        return source;
    }

    void records(long n) {
        records += n;
    }

    void kept(long n) {
        judgments += n;
    }

    /** Fails with {@code error}, or with skipInvalid counts {@code n} records skipped for its reason. */
    void reject(InputException error, long n) {
        if (!skipInvalid) {
            throw error;
        }
        skip(error.reason(), n);
    }

    /** Counts records that are valid but cannot be kept, whatever the policy. */
    void skip(String reason, long n) {
        skipped += n;
        skippedByReason.merge(reason, n, Long::sum);
    }

    /** An error at this source. */
    InputException error(long line, String field, String value, String problem, String expected, String reason) {
        return new InputException(source, line, Optional.ofNullable(field), Optional.ofNullable(value),
                problem, expected, reason);
    }

    /** A weight given as {@code text}: a positive, finite number, or a located error. */
    double weight(long line, String field, String text) {
        double weight = PairwiseAccumulator.parseWeight(text);
        if (!(weight > 0) || Double.isInfinite(weight)) {
            throw error(line, field, text, "'" + text + "' is not a positive weight", "a positive, finite number",
                    "bad weight");
        }
        return weight;
    }

    /** A count of identical records given as {@code text}: a whole number of at least 1, or a located error. */
    long count(long line, String field, String text) {
        long count;
        try {
            count = Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            count = 0;
        }
        if (count < 1) {
            throw error(line, field, text, "'" + text + "' is not a count", "a whole number of at least 1", "bad count");
        }
        return count;
    }

    /** The report, or a failure when nothing was kept. */
    ReadReport finish() {
        if (judgments == 0) {
            throw nothingFound();
        }
        return new ReadReport(source, records, judgments, skipped, skippedByReason);
    }

    /** The failure of an input that holds nothing usable. */
    InputException nothingFound() {
        String detail = skipped == 0 ? "" : " (" + skipped + " skipped: " + skippedByReason + ")";
        return new InputException(source, 0, Optional.empty(), Optional.empty(),
                "no " + kept + " found" + detail, "", "no " + kept);
    }
}
