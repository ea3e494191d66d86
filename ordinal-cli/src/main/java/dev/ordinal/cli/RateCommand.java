package dev.ordinal.cli;

import dev.ordinal.io.LoadedMatches;
import dev.ordinal.io.RatingWriter;
import dev.ordinal.rating.Match;
import dev.ordinal.rating.RatingHistory;
import dev.ordinal.rating.RatingSystem;
import dev.ordinal.rating.RatingSystems;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ordinal rate}: replay games through an online rating system. */
@Command(name = "rate", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Replays games in time order through an online rating system and prints every player's",
            "final rating with its uncertainty, best first by the conservative rating.", ""},
        footer = {"", "Systems: elo (arena convention: K 4, base 10, scale 400, start 1000), glicko2,",
            "  trueskill, openskill-pl, openskill-bt-full, openskill-bt-part, openskill-tm-full,",
            "  openskill-tm-part, bt-batch (Bradley-Terry refitted on the past).",
            "", "Examples:",
            "  ordinal rate --system trueskill examples/halo2/large_team.csv",
            "  ordinal rate --system glicko2 --history history.csv examples/halo2/head_to_head.csv",
            "  ordinal rate --system openskill-pl --format json games.jsonl"})
final class RateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MatchInputOptions input;

    @Option(names = "--system", paramLabel = "NAME", defaultValue = "trueskill",
            description = "Rating system (default ${DEFAULT-VALUE}); see the list below.")
    String system;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Optional<Path> output;

    @Option(names = "--history", paramLabel = "FILE.csv",
            description = "Also write every player's rating after each of their games.")
    Optional<Path> history;

    @Override
    public Integer call() throws IOException {
        if (!List.of("table", "json", "csv").contains(format)) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; expected table, json or csv");
        }
        RatingSystem ratings = RatingSystems.byName(system);
        PrintWriter err = spec.commandLine().getErr();
        LoadedMatches loaded = input.read(err);
        RatingHistory recorder = new RatingHistory(ratings);
        try (Writer trajectory = history.isPresent()
                ? Files.newBufferedWriter(history.get(), StandardCharsets.UTF_8) : Writer.nullWriter()) {
            if (history.isPresent()) {
                trajectory.write(RatingWriter.historyHeader(ratings) + "\n");
            }
            for (Match match : loaded.matches()) {
                List<RatingHistory.Point> points = recorder.update(match);
                if (history.isPresent()) {
                    int k = 0;
                    for (List<String> team : match.teams()) {
                        for (String player : team) {
                            trajectory.write(RatingWriter.historyRow(player, points.get(k++), ratings) + "\n");
                        }
                    }
                }
            }
        }
        int games = loaded.matches().size();
        try (Writer out = output.isPresent()
                ? Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8) : Outputs.nonClosing(spec)) {
            switch (format) {
                case "json" -> RatingWriter.writeJson(ratings, games, out);
                case "csv" -> RatingWriter.writeCsv(ratings, out);
                default -> RatingWriter.writeTable(ratings, games, out);
            }
        }
        return 0;
    }
}
