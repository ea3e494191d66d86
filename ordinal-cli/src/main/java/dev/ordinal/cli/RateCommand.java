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
        header = "Rates players game by game with Elo, Glicko-2, TrueSkill or OpenSkill.",
        description = {"Replays games in time order through an online rating system and prints every player's final "
            + "rating with its uncertainty, best first by the conservative rating.", ""},
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

    @Option(names = "--period", paramLabel = "UNIT", defaultValue = "game",
            description = "Rating period: game (default; every game is its own period) or day (the games of one "
                    + "UTC day form one Glicko-2 rating period; other systems apply them in order).")
    String period;

    /** The games grouped into rating periods, in order. */
    private List<List<Match>> periods(List<Match> matches) {
        if (period.equals("game")) {
            return matches.stream().map(List::of).toList();
        }
        if (!period.equals("day")) {
            throw new IllegalArgumentException("unknown --period '" + period + "'; expected game or day");
        }
        List<List<Match>> days = new java.util.ArrayList<>();
        java.time.LocalDate current = null;
        for (Match match : matches) {
            java.time.LocalDate day = match.time().orElseThrow(() -> new IllegalArgumentException(
                    "--period day needs a time for every game; game '" + match.id() + "' has none"))
                    .atZone(java.time.ZoneOffset.UTC).toLocalDate();
            if (!day.equals(current)) {
                days.add(new java.util.ArrayList<>());
                current = day;
            }
            days.get(days.size() - 1).add(match);
        }
        return days;
    }

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
            for (List<Match> period : periods(loaded.matches())) {
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
