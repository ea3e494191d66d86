package dev.ordinal.io;

import dev.ordinal.audit.Label;
import java.util.List;
import java.util.Objects;

/**
 * The labels of one source, read from a file.
 *
 * @param source the source's name, as every label carries it
 * @param labels every record kept, in file order
 * @param report what the read found, including skipped records
 */
public record LoadedLabels(String source, List<Label> labels, ReadReport report) {
    public LoadedLabels {
        Objects.requireNonNull(source, "source");
        labels = List.copyOf(labels);
        Objects.requireNonNull(report, "report");
    }
}
