package dev.ordinal.cli;

import dev.ordinal.io.InputFormat;
import dev.ordinal.io.PairwiseColumns;
import dev.ordinal.io.ReadOptions;
import dev.ordinal.io.ReadReport;
import java.io.PrintWriter;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where judgments come from and how to read them; shared by every command that reads judgments. */
final class InputOptions {
    @Parameters(index = "0", paramLabel = "FILE",
            description = "Judgments: CSV, JSON, JSONL, rankings JSONL or PrefLib; gzip is detected; - reads stdin.")
    String file;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default: by extension, then content), csv, json, jsonl, rankings-jsonl, preflib.")
    String format;

    @Option(names = "--a", paramLabel = "COLUMN", description = "Column with the item shown as side A.")
    Optional<String> a;

    @Option(names = "--b", paramLabel = "COLUMN", description = "Column with the item shown as side B.")
    Optional<String> b;

    @Option(names = "--winner", paramLabel = "COLUMN", description = "Column with the verdict.")
    Optional<String> winner;

    @Option(names = "--outcomes", paramLabel = "SPEC",
            description = "Verdict values, e.g. a=left,b=right,tie=tie|draw,both_bad=bad.")
    Optional<String> outcomes;

    @Option(names = "--judge", paramLabel = "COLUMN", description = "Column with the voter or judge id.")
    Optional<String> judge;

    @Option(names = "--weight", paramLabel = "COLUMN", description = "Column with a positive weight per judgment.")
    Optional<String> weight;

    @Option(names = "--time", paramLabel = "COLUMN", description = "Column with the time (ISO-8601 or epoch seconds).")
    Optional<String> time;

    @Option(names = "--category", paramLabel = "COLUMN", description = "Column with a category.")
    Optional<String> category;

    @Option(names = "--skip-invalid",
            description = "Skip invalid records and report how many and why (default: the first one stops the run).")
    boolean skipInvalid;

    /** Tells stderr how many records were skipped and why, when any were. */
    static void reportSkipped(PrintWriter err, ReadReport report) {
        if (report.skipped() == 0) {
            return;
        }
        err.printf("ordinal: skipped %,d invalid records of %,d in %s:%n", report.skipped(), report.records(),
                report.source());
        report.skippedByReason().forEach((reason, count) -> err.printf("  %,d %s%n", count, reason));
    }

    ReadOptions readOptions() {
        ReadOptions options = ReadOptions.defaults().withFormat(InputFormat.fromLabel(format))
                .withSkipInvalid(skipInvalid);
        boolean anyColumn = a.isPresent() || b.isPresent() || winner.isPresent() || outcomes.isPresent();
        if (anyColumn) {
            if (a.isEmpty() || b.isEmpty() || winner.isEmpty() || outcomes.isEmpty()) {
                throw new IllegalArgumentException(
                        "naming columns takes all four of --a, --b, --winner and --outcomes, e.g. "
                                + "--a left --b right --winner winner --outcomes a=left,b=right,tie=tie");
            }
            PairwiseColumns columns = PairwiseColumns.of(a.get(), b.get(), winner.get(),
                    PairwiseColumns.parseOutcomes(outcomes.get()));
            columns = judge.map(columns::withJudge).orElse(columns);
            columns = weight.map(columns::withWeight).orElse(columns);
            columns = time.map(columns::withTime).orElse(columns);
            columns = category.map(columns::withCategory).orElse(columns);
            options = options.withColumns(columns);
        } else if (judge.isPresent() || weight.isPresent() || time.isPresent() || category.isPresent()) {
            throw new IllegalArgumentException("--judge, --weight, --time and --category go with --a, --b, --winner "
                    + "and --outcomes");
        }
        return options;
    }
}
