package dev.ordinal.io;

import dev.ordinal.rating.Match;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongConsumer;

/**
 * Reads a file of games ({@link Match}: teams of players with finishing ranks) in any format of
 * {@link MatchFormat}, in one streaming pass. Gzip is undone whenever the content starts with the
 * gzip magic bytes, whatever the file is called.
 *
 * <p>The matches come back sorted by time, a stable sort, when every match has a time; when any
 * match has none they stay in file order, which is then taken to be the order they were played.
 *
 * <p>A read is all or nothing: it returns every match or throws an {@link InputException} that
 * says where and what the problem is. With {@link MatchReadOptions#skipInvalid()}, invalid
 * matches are skipped and their records counted by reason in the {@link ReadReport} instead; in
 * long CSV a skipped game counts all of its rows. {@link ReadReport#records()} counts CSV rows or
 * JSON objects, {@link ReadReport#judgments()} the matches kept.
 */
public final class MatchFiles {

    private MatchFiles() {
    }

    /**
     * Reads the file at {@code path}, or standard input when {@code path} is {@code -}.
     *
     * @throws InputException when the input cannot be read or holds an invalid match
     */
    public static LoadedMatches read(String path, MatchReadOptions options) {
        return read(path, options, bytes -> { });
    }

    /**
     * As {@link #read(String, MatchReadOptions)}, telling {@code bytesRead} the number of bytes read
     * so far (before decompression) about every MiB and the total at the end, e.g. for a progress bar.
     */
    public static LoadedMatches read(String path, MatchReadOptions options, LongConsumer bytesRead) {
        try (InputSource source = InputSource.open(path, bytesRead)) {
            return read(source, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads matches from a stream the caller owns (it is not closed), e.g. standard input.
     *
     * @param sourceName the name errors and the report give the input, e.g. {@code <stdin>}; with
     *                   {@link MatchFormat#AUTO} its extension is used as a file name's would be
     */
    public static LoadedMatches read(InputStream in, String sourceName, MatchReadOptions options) {
        return read(InputSource.of(in, sourceName, false, bytes -> { }), options);
    }

    private static LoadedMatches read(InputSource source, MatchReadOptions options) {
        ReadTally tally = new ReadTally(source.name(), options.skipInvalid(), "matches");
        InputStream in = source.stream();
        List<Match> matches = new ArrayList<>();
        MatchFields fields = new MatchFields(tally, matches::add);
        switch (options.format()) {
            case JSONL -> MatchJsonReader.readLines(in, MatchJsonReader.Kind.MATCHES, fields);
            case LONG_CSV -> MatchCsvReader.read(in, MatchCsvReader.Layout.LONG, fields);
            case PAIRWISE -> {
                switch (source.resolve(InputFormat.AUTO)) {
                    case ARENA_JSON -> MatchJsonReader.readArray(in, MatchJsonReader.Kind.BATTLES, fields);
                    case AUTO -> MatchJsonReader.readLines(in, MatchJsonReader.Kind.BATTLES, fields);
                    default -> MatchCsvReader.read(in, MatchCsvReader.Layout.PAIRWISE, fields);
                }
            }
            case AUTO -> {
                switch (source.resolve(InputFormat.AUTO)) {
                    case ARENA_JSON -> MatchJsonReader.readArray(in, MatchJsonReader.Kind.DECIDE, fields);
                    case AUTO -> MatchJsonReader.readLines(in, MatchJsonReader.Kind.DECIDE, fields);
                    case PREFLIB -> throw tally.error(0, null, null, "looks like PrefLib rankings, not matches",
                            "matches as JSON Lines, long CSV or pairwise battles", "unknown format");
                    default -> MatchCsvReader.read(in, MatchCsvReader.Layout.DECIDE, fields);
                }
            }
        }
        source.finish();
        ReadReport report = fields.finish();
        if (matches.stream().allMatch(match -> match.time().isPresent())) {
            matches.sort(Comparator.comparing((Match match) -> match.time().orElse(Instant.MIN)));
        }
        return new LoadedMatches(matches, report);
    }
}
