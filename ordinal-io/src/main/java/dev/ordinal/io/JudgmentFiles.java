package dev.ordinal.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.LongConsumer;

/**
 * Reads a file of judgments, in any format of {@link InputFormat}, into a
 * {@link dev.ordinal.judgment.ComparisonTable} (pairwise judgments) or a
 * {@link dev.ordinal.judgment.RankingProfile} (rankings) in one streaming pass: memory grows with
 * distinct items, pairs and ballots, not with the number of records. Gzip is undone whenever the
 * content starts with the gzip magic bytes, whatever the file is called.
 *
 * <p>A read is all or nothing: it returns everything or throws an {@link InputException} that
 * says where and what the problem is. With {@link ReadOptions#skipInvalid()}, invalid records are
 * skipped and counted by reason in the {@link ReadReport} instead.
 */
public final class JudgmentFiles {

    private JudgmentFiles() {
    }

    /**
     * Reads the file at {@code path}, or standard input when {@code path} is {@code -}.
     *
     * @param bytesRead told the number of bytes read so far (before decompression) about every
     *                  MiB, and the total at the end, e.g. for a progress bar
     * @throws InputException when the input cannot be read or holds an invalid record
     */
    public static LoadedJudgments read(String path, ReadOptions options, LongConsumer bytesRead) {
        try (InputSource source = InputSource.open(path, bytesRead)) {
            return read(source, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads judgments from a stream the caller owns (it is not closed), e.g. standard input.
     *
     * @param sourceName the name errors and the report give the input, e.g. {@code <stdin>}; with
     *                   {@link InputFormat#AUTO} its extension is used as a file name's would be
     */
    public static LoadedJudgments read(InputStream in, String sourceName, ReadOptions options, LongConsumer bytesRead) {
        return read(InputSource.of(in, sourceName, false, bytesRead), options);
    }

    private static LoadedJudgments read(InputSource source, ReadOptions options) {
        ReadTally tally = new ReadTally(source.name(), options.skipInvalid());
        InputStream in = source.stream();
        // Only an explicit format pins the kind of records; auto-detected JSON lets its first record decide.
        JsonJudgmentReader.Kind jsonKind = options.format() == InputFormat.AUTO
                ? JsonJudgmentReader.Kind.DECIDE : JsonJudgmentReader.Kind.PAIRWISE;
        LoadedJudgments loaded = switch (source.resolve(options.format())) {
            case ARENA_CSV -> PairwiseCsvReader.read(in, options.columns(), tally);
            case ARENA_JSON -> JsonJudgmentReader.readArray(in, jsonKind, options.columns(), tally);
            case ARENA_JSONL -> JsonJudgmentReader.readLines(in, JsonJudgmentReader.Kind.PAIRWISE, options.columns(), tally);
            case RANKINGS_JSONL -> JsonJudgmentReader.readLines(in, JsonJudgmentReader.Kind.RANKINGS, options.columns(), tally);
            case AUTO -> JsonJudgmentReader.readLines(in, JsonJudgmentReader.Kind.DECIDE, options.columns(), tally);
            case PREFLIB -> PrefLibReader.read(in, tally);
        };
        source.finish();
        return loaded;
    }
}
