package dev.ordinal.io;

import dev.ordinal.error.InvalidParameterException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A named file of labels, as the CLI's {@code --source NAME=FILE} gives it.
 *
 * @param name the source's name in reports, e.g. {@code crowd} or {@code gpt4}
 * @param path the file, or {@code -} for standard input
 */
public record LabelSource(String name, String path) {
    public LabelSource {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
        if (name.isBlank()) {
            throw new InvalidParameterException("source", name + "=" + path, "NAME=FILE with a name that is not blank");
        }
        if (path.isEmpty()) {
            throw new InvalidParameterException("source", name + "=", "NAME=FILE with a file");
        }
    }

    /**
     * Parses {@code NAME=FILE}, or {@code FILE} alone, named by its file name without extensions
     * ({@code data/gpt4-crowd.csv.gz} is {@code gpt4-crowd}). A {@code =} after a path separator
     * belongs to the file name.
     */
    public static LabelSource parse(String spec) {
        int equals = spec.indexOf('=');
        int separator = Math.max(spec.indexOf('/'), spec.indexOf('\\'));
        if (equals >= 0 && (separator < 0 || equals < separator)) {
            return new LabelSource(spec.substring(0, equals).trim(), spec.substring(equals + 1).trim());
        }
        if (spec.equals("-")) {
            throw new InvalidParameterException("source", spec, "NAME=- for standard input, which needs a name");
        }
        String fileName = Path.of(spec).getFileName().toString();
        int dot = fileName.indexOf('.', 1);
        return new LabelSource(dot < 0 ? fileName : fileName.substring(0, dot), spec);
    }
}
