package dev.ordinal.cli;

import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.LabelNoise;
import dev.ordinal.fit.LabelNoiseBradleyTerry;
import dev.ordinal.fit.Models;
import dev.ordinal.fit.PlackettLuce;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.TieModel;
import dev.ordinal.io.JudgmentFiles;
import dev.ordinal.io.LeaderboardWriter;
import dev.ordinal.io.LoadedJudgments;
import dev.ordinal.io.LoadedPairwise;
import dev.ordinal.io.LoadedRankings;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import dev.ordinal.leaderboard.Scale;
import dev.ordinal.leaderboard.UncertaintyMethod;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code ordinal rank}: a leaderboard with intervals and rank ranges from a file of judgments. */
@Command(name = "rank", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Ranks items from pairwise judgments or rankings, with intervals and rank ranges.",
        description = {"Fits a strength model (Bradley-Terry, Thurstone or Plackett-Luce) to pairwise judgments or "
            + "rankings and prints a leaderboard: ratings, intervals, rank ranges and win/loss/tie counts, best first.",
            ""},
        footer = {"", "Examples:",
            "  Chatbot-Arena export (model_a, model_b, winner), 1000 bootstrap rounds:",
            "    ordinal rank battles.jsonl",
            "  A crowd-sourcing CSV with its own columns, robust intervals, as JSON:",
            "    ordinal rank --a left --b right --winner winner --outcomes a=left,b=right,tie=tie \\",
            "                 --judge worker --ci sandwich --format json examples/llmfao/crowd-comparisons.csv",
            "  Davidson ties, GPT 4 pinned at 1200 on the Elo scale:",
            "    ordinal rank --ties davidson --anchor 'GPT 4=1200' battles.csv",
            "  K-wise rankings with Plackett-Luce:",
            "    ordinal rank --model plackett-luce examples/rankings.jsonl",
            "",
            "Ratings are 1000 + 400*log10(odds) around the mean item by default; with --scale logit",
            "they are natural-log strengths. Rank: 1 + the number of items whose interval lies wholly",
            "above this one's; rank range runs to the worst rank the intervals allow.",
            "Exit status: 0 ok, 1 bad data or no finite estimate, 2 bad options."})
final class RankCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--model", paramLabel = "MODEL", defaultValue = "bt",
            description = "bt (Bradley-Terry, default), thurstone (probit) or plackett-luce.")
    String model;

    @Option(names = "--ties", paramLabel = "RULE",
            description = "half (a tie is half a win, the arena convention; default), davidson, rao-kupper, drop. "
                    + "Not for plackett-luce, which reads tied groups as docs/models.md says.")
    Optional<String> ties;

    @Option(names = "--label-noise", paramLabel = "EPS",
            description = "Bradley-Terry for labels of which a share EPS (below 0.5) was flipped at random, or "
                    + "'estimate' to fit EPS too (Chowdhury et al. 2024; docs/audit-voters.md). Only with --model bt "
                    + "and --ties half or drop.")
    Optional<String> labelNoise;

    @Option(names = "--ci", paramLabel = "METHOD", defaultValue = "bootstrap",
            description = "bootstrap (default), sandwich (robust), fisher, none.")
    String ci;

    @Option(names = "--bootstrap", paramLabel = "ROUNDS", defaultValue = "1000",
            description = "Bootstrap rounds (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Bootstrap seed (default ${DEFAULT-VALUE}); same seed, same output on any thread count.")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Bootstrap threads (default: all cores).")
    Optional<Integer> threads;

    @Option(names = "--level", paramLabel = "P", defaultValue = "0.95",
            description = "Interval coverage (default ${DEFAULT-VALUE}).")
    double level;

    @Option(names = "--scale", paramLabel = "SCALE", defaultValue = "elo",
            description = "elo (default; mean 1000, 400 points = 10:1 odds) or logit.")
    String scale;

    @Option(names = "--anchor", paramLabel = "NAME=RATING",
            description = "Pin one item's rating, e.g. 'GPT 4=1200'; intervals become relative to it.")
    Optional<String> anchor;

    @Option(names = "--prior", paramLabel = "SIGMA",
            description = "Gaussian N(0, SIGMA^2) prior on log-strengths: a MAP estimate that always exists.")
    Optional<Double> prior;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default), json or csv.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the leaderboard here instead of stdout.")
    Optional<Path> output;

    @Option(names = "--win-matrix", paramLabel = "FILE",
            description = "Also write the predicted win probabilities (P(win) + P(tie)/2) between all items as CSV.")
    Optional<Path> winMatrix;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar or read summary on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        TieModel tieModel = TieModel.fromLabel(ties.orElse("half"));
        StrengthModel strengthModel = Models.byName(model, tieModel);
        if (ties.isPresent() && strengthModel instanceof PlackettLuce) {
            throw new IllegalArgumentException("--ties does not apply to plackett-luce: a tied group in a ranking is "
                    + "read one way (see docs/models.md); use --model bt for pairwise ties");
        }
        if (labelNoise.isPresent()) {
            if (!(strengthModel instanceof BradleyTerry)) {
                throw new IllegalArgumentException("--label-noise applies to --model bt only, got --model " + model);
            }
            strengthModel = new LabelNoiseBradleyTerry(tieModel, LabelNoise.parse(labelNoise.get()));
        }
        UncertaintyMethod method = UncertaintyMethod.fromLabel(ci);
        if (!format.equals("table") && !format.equals("json") && !format.equals("csv")) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; expected table, json or csv");
        }
        Scale ratingScale = Scale.byName(scale, strengthModel);
        if (anchor.isPresent()) {
            ratingScale = anchored(ratingScale, anchor.get());
        }
        FitOptions fitOptions = prior.map(sigma -> FitOptions.defaults().withPrior(sigma)).orElse(FitOptions.defaults());
        LoadedJudgments loaded = read();
        LeaderboardRequest request = LeaderboardRequest.defaults(strengthModel).withMethod(method).withScale(ratingScale)
                .withFit(fitOptions)
                .withBootstrap(rounds, seed, threads.orElse(Runtime.getRuntime().availableProcessors()))
                .withLevel(level);
        Leaderboard board;
        try (Progress progress = Progress.start("bootstrap", rounds, "", 1, quiet
                || method != UncertaintyMethod.BOOTSTRAP)) {
            LeaderboardRequest withProgress = request.withProgress(progress::stepTo);
            board = loaded instanceof LoadedPairwise pairwise
                    ? Leaderboards.rank(pairwise.table(), withProgress)
                    : Leaderboards.rank(((LoadedRankings) loaded).profile(), withProgress);
        }
        PrintWriter err = spec.commandLine().getErr();
        board.warnings().forEach(warning -> err.println("ordinal: warning: " + warning));
        try (Writer out = output.isPresent()
                ? Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8) : Outputs.nonClosing(spec)) {
            switch (format) {
                case "json" -> LeaderboardWriter.writeJson(board, out);
                case "csv" -> LeaderboardWriter.writeCsv(board, out);
                default -> LeaderboardWriter.writeTable(board, out);
            }
        }
        if (winMatrix.isPresent()) {
            try (Writer out = Files.newBufferedWriter(winMatrix.get(), StandardCharsets.UTF_8)) {
                LeaderboardWriter.writeExpectedScores(board, out);
            }
        }
        err.flush();
        return 0;
    }

    private LoadedJudgments read() {
        long size = input.file.equals("-") ? 0 : fileSize(Path.of(input.file));
        try (Progress progress = Progress.start("reading", Math.max(size, 1), "MiB", 1 << 20,
                quiet || size < 50_000_000)) {
            LoadedJudgments loaded = JudgmentFiles.read(input.file, input.readOptions(), progress::stepTo);
            if (!quiet) {
                InputOptions.reportSkipped(spec.commandLine().getErr(), loaded.report());
            }
            return loaded;
        }
    }

    private static long fileSize(Path path) {
        try {
            return Files.size(path);
        } catch (IOException e) {
            return 0;
        }
    }

    static Scale anchored(Scale scale, String spec) {
        int equals = spec.lastIndexOf('=');
        if (equals <= 0 || equals == spec.length() - 1) {
            throw new IllegalArgumentException("--anchor expects NAME=RATING, e.g. 'GPT 4=1200', got '" + spec + "'");
        }
        String name = spec.substring(0, equals);
        String rating = spec.substring(equals + 1).trim();
        try {
            return scale.anchoredAt(name, Double.parseDouble(rating));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--anchor: '" + rating + "' is not a number (expected NAME=RATING)");
        }
    }
}
