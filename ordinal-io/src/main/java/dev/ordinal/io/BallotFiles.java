package dev.ordinal.io;

import dev.ordinal.error.InvalidParameterException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Reads ballot files, in any format of {@link BallotFormat}, into one {@link dev.ordinal.vote.Ballots}
 * profile for the voting rules: several files are merged (their candidates unioned, identical
 * ballots collapsed), each in one streaming pass, so memory grows with distinct ballots, not with
 * voters. Gzip is undone whenever the content starts with the gzip magic bytes, and {@code -} reads
 * standard input.
 *
 * <p>A read is all or nothing: it returns every ballot or throws an {@link InputException} that
 * names the file, line, field, value and what was expected. With
 * {@link BallotReadOptions#skipInvalid()}, invalid ballots are skipped and counted by reason in the
 * report instead. A profile holds ranked ballots (orders, approvals) or score ballots, never both:
 * a ballot of the other kind than the first one kept is invalid.
 */
public final class BallotFiles {

    private BallotFiles() {
    }

    /**
     * Reads the files at {@code paths} ({@code -} for standard input) into one profile.
     *
     * @throws InputException when an input cannot be read, holds an invalid ballot or holds no ballots
     */
    public static LoadedBallots read(List<String> paths, BallotReadOptions options) {
        if (paths.isEmpty()) {
            throw new InvalidParameterException("files", "", "at least one ballot file");
        }
        BallotAccumulator ballots = new BallotAccumulator();
        List<ReadReport> reports = new ArrayList<>();
        for (String path : paths) {
            try (InputSource source = InputSource.open(path, bytes -> { })) {
                reports.add(read(source, options, ballots));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new LoadedBallots(ballots.build(), merged(reports));
    }

    /**
     * Reads ballots from a stream the caller owns (it is not closed).
     *
     * @param sourceName the name errors and the report give the input; with {@link BallotFormat#AUTO}
     *                   its extension is used as a file name's would be
     */
    public static LoadedBallots read(InputStream in, String sourceName, BallotReadOptions options) {
        BallotAccumulator ballots = new BallotAccumulator();
        ReadReport report = read(InputSource.of(in, sourceName, false, bytes -> { }), options, ballots);
        return new LoadedBallots(ballots.build(), report);
    }

    private static ReadReport read(InputSource source, BallotReadOptions options, BallotAccumulator ballots) {
        ReadTally tally = new ReadTally(source.name(), options.skipInvalid(), "ballots");
        ballots.source(tally);
        InputStream in = source.stream();
        switch (resolve(source, options.format(), tally)) {
            case PREFLIB -> PrefLibReader.read(in, tally, false, ballots);
            case PREFLIB_CATEGORICAL -> PrefLibReader.read(in, tally, true, ballots);
            case CSV -> BallotCsvReader.read(in, options.columns(), tally, ballots);
            case JSONL -> BallotJsonReader.read(in, tally, ballots);
            case AUTO -> throw new IllegalStateException("the format was resolved");
        }
        source.finish();
        return tally.finish();
    }

    private static BallotFormat resolve(InputSource source, BallotFormat requested, ReadTally tally) {
        if (requested != BallotFormat.AUTO) {
            return requested;
        }
        String lower = source.name().toLowerCase(Locale.ROOT);
        if (lower.endsWith(".cat") || lower.endsWith(".cat.gz")) {
            return BallotFormat.PREFLIB_CATEGORICAL;
        }
        return switch (source.resolve(InputFormat.AUTO)) {
            case PREFLIB -> BallotFormat.PREFLIB;
            case ARENA_CSV -> BallotFormat.CSV;
            case AUTO, ARENA_JSONL, RANKINGS_JSONL -> BallotFormat.JSONL;
            case ARENA_JSON -> throw tally.error(0, null, null, "looks like a JSON array",
                    "ballots as JSON Lines (one object per line), CSV or PrefLib", "unknown format");
        };
    }

    /** One report for several inputs: their names joined, their counts added. */
    private static ReadReport merged(List<ReadReport> reports) {
        if (reports.size() == 1) {
            return reports.get(0);
        }
        Map<String, Long> reasons = new TreeMap<>();
        long records = 0;
        long kept = 0;
        long skipped = 0;
        for (ReadReport report : reports) {
            records += report.records();
            kept += report.judgments();
            skipped += report.skipped();
            report.skippedByReason().forEach((reason, n) -> reasons.merge(reason, n, Long::sum));
        }
        String sources = reports.stream().map(ReadReport::source).collect(Collectors.joining(", "));
        return new ReadReport(sources, records, kept, skipped, reasons);
    }
}
