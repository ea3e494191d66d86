package dev.ordinal.cli;

import dev.ordinal.app.Parameter;
import dev.ordinal.app.RankRequest;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.io.JudgmentFiles;
import dev.ordinal.io.LeaderboardWriter;
import dev.ordinal.io.LoadedJudgments;
import dev.ordinal.io.LoadedPairwise;
import dev.ordinal.io.LoadedRankings;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import dev.ordinal.leaderboard.UncertaintyMethod;
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
            "above this one's; rank range runs to the worst rank the intervals allow."})
final class RankCommand implements Callable<Integer>, RequestOptions.RequestCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    InputOptions input;

    @Option(names = "--model", paramLabel = "MODEL")
    Optional<String> model;

    @Option(names = "--ties", paramLabel = "RULE")
    Optional<String> ties;

    @Option(names = "--label-noise", paramLabel = "EPS")
    Optional<String> labelNoise;

    @Option(names = "--ci", paramLabel = "METHOD")
    Optional<String> ci;

    @Option(names = "--bootstrap", paramLabel = "ROUNDS")
    Optional<String> rounds;

    @Option(names = "--seed", paramLabel = "S")
    Optional<String> seed;

    @Option(names = "--threads", paramLabel = "N")
    Optional<String> threads;

    @Option(names = "--level", paramLabel = "P")
    Optional<String> level;

    @Option(names = "--scale", paramLabel = "SCALE")
    Optional<String> scale;

    @Option(names = "--anchor", paramLabel = "NAME=RATING")
    Optional<String> anchor;

    @Option(names = "--prior", paramLabel = "SIGMA")
    Optional<String> prior;

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
    public List<Parameter> requestParameters() {
        return RankRequest.PARAMETERS;
    }

    @Override
    public Integer call() throws IOException {
        RankRequest rank = RankRequest.parse(RequestOptions.given(spec, RankRequest.PARAMETERS));
        if (!format.equals("table") && !format.equals("json") && !format.equals("csv")) {
            throw new InvalidParameterException("format", format, "one of table, json, csv");
        }
        LeaderboardRequest request = rank.leaderboardRequest();
        LoadedJudgments loaded = read();
        Leaderboard board;
        try (Progress progress = Progress.start("bootstrap", request.rounds(), "", 1, quiet
                || request.method() != UncertaintyMethod.BOOTSTRAP)) {
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
}
