package dev.ordinal.cli;

import dev.ordinal.io.LoadedMatches;
import dev.ordinal.io.MatchFiles;
import dev.ordinal.io.MatchFormat;
import dev.ordinal.io.MatchReadOptions;
import java.io.PrintWriter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Where games come from; shared by {@code rate} and {@code evaluate}. */
final class MatchInputOptions {
    @Parameters(index = "0", paramLabel = "FILE",
            description = "Games: matches JSONL, K-wise rankings JSONL, long CSV (game_id,time,team,player,score), "
                    + "head-to-head CSV or pairwise battles; gzip is detected; - reads stdin.")
    String file;

    @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
            description = "auto (default), jsonl, long-csv or pairwise.")
    String format;

    @Option(names = "--skip-invalid", description = "Skip invalid records and report how many and why.")
    boolean skipInvalid;

    LoadedMatches read(PrintWriter err) {
        LoadedMatches loaded = MatchFiles.read(file, new MatchReadOptions(MatchFormat.fromLabel(format), skipInvalid));
        InputOptions.reportSkipped(err, loaded.report());
        return loaded;
    }
}
