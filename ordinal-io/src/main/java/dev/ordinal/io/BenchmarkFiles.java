package dev.ordinal.io;

import dev.ordinal.vote.BenchmarkTable;
import dev.ordinal.vote.ExampleScores;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.function.BiFunction;

/**
 * Reads benchmark results from CSV (gzip is undone whenever the content starts with the gzip
 * magic bytes), all or nothing: the first problem ends the read with an {@link InputException}
 * that names the line, the column and what was expected.
 *
 * <p>A <b>table</b> ({@link #readTable}) is wide: the first column names the system (its header
 * may say anything, e.g. {@code system} or {@code model}), every other column is a task. Rows
 * whose first cell is {@code direction} or {@code weight} may follow the header: the direction
 * row says {@code higher} or {@code lower} (is better) per task, the weight row gives each task's
 * weight; blank means higher and 1. A blank, {@code NA}, {@code N/A}, {@code NaN} or {@code -}
 * cell is missing.
 *
 * <p><b>Per-example scores</b> ({@link #readExamples}) are long: one row per system, task and
 * example with columns {@code system,task,example,score}, and optionally {@code direction}
 * ({@code higher}/{@code lower}) and {@code category}, each constant within a task. A missing score
 * means the system has none on that example.
 *
 * <p>In both, {@code lowerIsBetter} names tasks that are lower-is-better (as the CLI's
 * {@code --lower-is-better} does); naming a task that is not in the file, or one the file says is
 * higher-is-better, is an error.
 */
public final class BenchmarkFiles {
    private BenchmarkFiles() {
    }

    /** Reads a wide table from the file at {@code path}, or standard input for {@code -}. */
    public static BenchmarkTable readTable(String path, Collection<String> lowerIsBetter) {
        return read(path, (in, name) -> BenchmarkCsvReader.readTable(in, name, lowerIsBetter));
    }

    /** Reads a wide table from a stream the caller owns, naming it {@code sourceName} in errors. */
    public static BenchmarkTable readTable(InputStream in, String sourceName, Collection<String> lowerIsBetter) {
        return BenchmarkCsvReader.readTable(InputSource.of(in, sourceName, false, bytes -> { }).stream(), sourceName,
                lowerIsBetter);
    }

    /** Reads long per-example scores from the file at {@code path}, or standard input for {@code -}. */
    public static ExampleScores readExamples(String path, Collection<String> lowerIsBetter) {
        return read(path, (in, name) -> BenchmarkCsvReader.readExamples(in, name, lowerIsBetter));
    }

    /** Reads long per-example scores from a stream the caller owns, naming it {@code sourceName} in errors. */
    public static ExampleScores readExamples(InputStream in, String sourceName, Collection<String> lowerIsBetter) {
        return BenchmarkCsvReader.readExamples(InputSource.of(in, sourceName, false, bytes -> { }).stream(),
                sourceName, lowerIsBetter);
    }

    private static <T> T read(String path, BiFunction<InputStream, String, T> reader) {
        try (InputSource source = InputSource.open(path, bytes -> { })) {
            return reader.apply(source.stream(), source.name());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
