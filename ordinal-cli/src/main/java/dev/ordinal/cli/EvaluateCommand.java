package dev.ordinal.cli;

import dev.ordinal.io.LoadedMatches;
import dev.ordinal.io.RatingWriter;
import dev.ordinal.rating.Evaluation;
import dev.ordinal.rating.RatingSystems;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ordinal evaluate}: which rating system predicts these games best. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Compares how well rating systems predict the same games.",
        description = {"Replays the games in time order through each system, predicts every two-team game before the "
            + "system sees it, and compares the systems side by side on the same data: accuracy on decisive games, "
            + "log-loss and Brier score of the expected score (draws count 1/2), a calibration table by decile, and "
            + "updates per second.", ""},
        footer = {"", "Examples:",
            "  ordinal evaluate examples/halo2/head_to_head.csv",
            "  ordinal evaluate --systems elo,trueskill,openskill-pl --format json examples/halo2/large_team.csv"})
final class EvaluateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MatchInputOptions input;

    @Option(names = "--systems", paramLabel = "A,B,...",
            defaultValue = "elo,glicko2,trueskill,openskill-pl,openskill-bt-full,openskill-bt-part,openskill-tm-full,"
                    + "openskill-tm-part,bt-batch",
            description = "Systems to compare (default: all, with bt-batch, Bradley-Terry refitted on the past).")
    String systems;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Optional<Path> output;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("table") && !format.equals("json")) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; expected table or json");
        }
        List<String> names = Arrays.stream(systems.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        names.forEach(RatingSystems::byName);
        LoadedMatches loaded = input.read(spec.commandLine().getErr());
        List<Evaluation.Result> results = new ArrayList<>();
        for (String name : names) {
            results.add(Evaluation.run(RatingSystems.byName(name), loaded.matches()));
        }
        try (Writer out = output.isPresent()
                ? Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8) : Outputs.nonClosing(spec)) {
            if (format.equals("json")) {
                RatingWriter.writeEvaluationJson(results, out);
            } else {
                RatingWriter.writeEvaluationTable(results, out);
            }
        }
        return 0;
    }
}
