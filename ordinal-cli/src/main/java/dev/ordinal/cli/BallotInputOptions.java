package dev.ordinal.cli;

import dev.ordinal.io.BallotColumns;
import dev.ordinal.io.BallotFiles;
import dev.ordinal.io.BallotFormat;
import dev.ordinal.io.BallotReadOptions;
import dev.ordinal.io.LoadedBallots;
import dev.ordinal.vote.Ballots;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;

/** Where ballots come from and how to read them (docs/formats.md, "Ballots"). */
final class BallotInputOptions {
    @Parameters(arity = "0..*", paramLabel = "FILE",
            description = "Ballots: PrefLib .soc/.soi/.toc/.toi/.cat, CSV or JSON Lines; several files are merged; "
                    + "gzip is detected; - reads stdin.")
    List<String> files = new ArrayList<>();

    @Option(names = "--ballot-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default: by extension, then content), preflib, cat, csv, jsonl.")
    String format;

    @Option(names = "--ballot-columns", paramLabel = "KIND", defaultValue = "rank",
            description = "For CSV with one column per candidate: rank (default; 1 = best, blank = unranked) or score.")
    String columns;

    @Option(names = "--skip-invalid",
            description = "Skip invalid ballots and report how many and why (default: the first one stops the run).")
    boolean skipInvalid;

    /**
     * Reads the ballots, telling {@code err} what was skipped unless {@code quiet}.
     *
     * @throws ParameterException (a usage error) when no file was named
     */
    Ballots read(CommandLine commandLine, boolean quiet) {
        if (files.isEmpty()) {
            throw new ParameterException(commandLine, "Missing required parameter: FILE");
        }
        PrintWriter err = commandLine.getErr();
        BallotReadOptions options = BallotReadOptions.defaults().withFormat(BallotFormat.fromLabel(format))
                .withColumns(BallotColumns.fromLabel(columns)).withSkipInvalid(skipInvalid);
        LoadedBallots loaded = BallotFiles.read(files, options);
        if (!quiet) {
            InputOptions.reportSkipped(err, loaded.report());
        }
        return loaded.ballots();
    }
}
