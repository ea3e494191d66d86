package dev.ordinal.cli;

import dev.ordinal.app.Parameter;
import dev.ordinal.app.RateRequest;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.io.LoadedMatches;
import dev.ordinal.io.RatingWriter;
import dev.ordinal.rating.Match;
import dev.ordinal.rating.RatingHistory;
import dev.ordinal.rating.RatingSystem;
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
        header = "Rates players game by game with Elo, Glicko-2, TrueSkill or OpenSkill.",
        description = {"Replays games in time order through an online rating system and prints every player's final "
            + "rating with its uncertainty, best first by the conservative rating.", ""},
        footer = {"", "'ordinal list rating' lists the systems with their parameters and defaults.",
            "", "Examples:",
            "  ordinal rate --system trueskill examples/halo2/large_team.csv",
            "  ordinal rate --system glicko2 --history history.csv examples/halo2/head_to_head.csv",
            "  ordinal rate --system openskill-pl --format json games.jsonl",
            "  ordinal rate --system elo --param k=32 --param initial-rating=1500 games.jsonl"})
final class RateCommand implements Callable<Integer>, RequestOptions.RequestCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    MatchInputOptions input;

    @Option(names = "--system", paramLabel = "NAME")
    Optional<String> system;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "A parameter of the rating system, e.g. k=32 for elo or tau=0.3 for glicko2; repeatable. "
                    + "'ordinal list rating' lists them.")
    List<String> params = new java.util.ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table, json or csv.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Optional<Path> output;

    @Option(names = "--history", paramLabel = "FILE.csv",
            description = "Also write every player's rating after each of their games.")
    Optional<Path> history;

    @Option(names = "--period", paramLabel = "UNIT")
    Optional<String> period;

    @Override
    public List<Parameter> requestParameters() {
        return RateRequest.PARAMETERS;
    }

    @Override
    public Integer call() throws IOException {
        if (!List.of("table", "json", "csv").contains(format)) {
            throw new InvalidParameterException("format", format, "one of table, json, csv");
        }
        RateRequest request = RateRequest.parse(RequestOptions.given(spec, RateRequest.PARAMETERS),
                RequestOptions.pairs("param", params));
        RatingSystem ratings = request.ratingSystem();
        PrintWriter err = spec.commandLine().getErr();
        LoadedMatches loaded = input.read(err);
        RatingHistory recorder = new RatingHistory(ratings);
        try (Writer trajectory = history.isPresent()
                ? Files.newBufferedWriter(history.get(), StandardCharsets.UTF_8) : Writer.nullWriter()) {
            if (history.isPresent()) {
                trajectory.write(RatingWriter.historyHeader(ratings) + "\n");
            }
            for (List<Match> period : request.periods(loaded.matches())) {
                if (history.isEmpty()) {
                    ratings.updatePeriod(period);
                    continue;
                }
                List<RatingHistory.Point> points = period.size() == 1
                        ? recorder.update(period.get(0)) : recorder.updatePeriod(period);
                for (RatingHistory.Point point : points) {
                    trajectory.write(RatingWriter.historyRow(point, ratings) + "\n");
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
