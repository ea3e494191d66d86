package dev.ordinal.io;

import dev.ordinal.error.InvalidParameterException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads pairwise labels for an audit: every record of a file kept as a
 * {@link dev.ordinal.audit.Label} of one named source, nothing collapsed. The readers, checks and
 * located errors are those of {@link JudgmentFiles} (CSV, a JSON array, JSON Lines; gzip detected;
 * the arena and LLMFAO layouts detected from the header or first record), and the
 * {@link PairwiseColumns} say in addition where the unit and the context are: LLMFAO's {@code id}
 * and {@code prompt}. The judge is the judge column's value ({@code worker} in LLMFAO), or the
 * source's name when the file has none; a record with no unit gets its context and unordered pair.
 *
 * <p>A read is all or nothing, as for {@link JudgmentFiles}: it fails when a record is invalid
 * (unless {@link ReadOptions#skipInvalid()}), when a named column is missing, when the layout cannot
 * be told, and when the file holds no labels. Rankings (rankings JSON Lines, PrefLib) are not
 * pairwise labels and are refused.
 */
public final class LabelFiles {

    private LabelFiles() {
    }

    /**
     * Reads every source, in order.
     *
     * @throws InvalidParameterException naming {@code source} when two sources have the same name
     * @throws InputException           when a file cannot be read or holds an invalid record
     */
    public static List<LoadedLabels> read(List<LabelSource> sources, ReadOptions options) {
        Set<String> names = new HashSet<>();
        for (LabelSource source : sources) {
            if (!names.add(source.name())) {
                throw new InvalidParameterException("source", source.name(),
                        "a name of its own for each source, given as NAME=FILE (two sources have this one)");
            }
        }
        List<LoadedLabels> loaded = new ArrayList<>();
        for (LabelSource source : sources) {
            loaded.add(read(source, options));
        }
        return loaded;
    }

    /**
     * Reads one source's file, or standard input when its path is {@code -}.
     *
     * @throws InputException when the input cannot be read or holds an invalid record
     */
    public static LoadedLabels read(LabelSource source, ReadOptions options) {
        try (InputSource input = InputSource.open(source.path(), bytes -> { })) {
            return read(source.name(), input, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads the labels of source {@code name} from a stream the caller owns (it is not closed).
     *
     * @param inputName the name errors and the report give the input, e.g. {@code <stdin>}; with
     *                  {@link InputFormat#AUTO} its extension is used as a file name's would be
     */
    public static LoadedLabels read(String name, InputStream in, String inputName, ReadOptions options) {
        return read(name, InputSource.of(in, inputName, false, bytes -> { }), options);
    }

    private static LoadedLabels read(String name, InputSource input, ReadOptions options) {
        ReadTally tally = new ReadTally(input.name(), options.skipInvalid(), "labels");
        LabelSink labels = new LabelSink(name);
        InputStream in = input.stream();
        switch (input.resolve(options.format())) {
            case ARENA_CSV -> PairwiseCsvReader.read(in, options.columns(), tally, labels);
            case ARENA_JSON -> JsonJudgmentReader.readPairwise(in, true, options.columns(), tally, labels);
            case ARENA_JSONL, AUTO -> JsonJudgmentReader.readPairwise(in, false, options.columns(), tally, labels);
            case RANKINGS_JSONL, PREFLIB -> throw tally.error(0, null, null,
                    "holds rankings, which are not pairwise labels",
                    "pairwise judgments as CSV, a JSON array or JSON Lines", "unknown format");
        }
        input.finish();
        return new LoadedLabels(name, labels.labels(), tally.finish());
    }
}
