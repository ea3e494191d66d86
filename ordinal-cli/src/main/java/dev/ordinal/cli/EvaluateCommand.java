package dev.ordinal.cli;

import dev.ordinal.app.EvaluateRequest;
import dev.ordinal.app.Parameter;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.io.LoadedMatches;
import dev.ordinal.io.RatingWriter;
import dev.ordinal.rating.Evaluation;
import dev.ordinal.rating.RatingSystem;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
final class EvaluateCommand implements Callable<Integer>, RequestOptions.RequestCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    MatchInputOptions input;

    @Option(names = "--systems", paramLabel = "A,B,...")
    Optional<String> systems;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table or json.")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Optional<Path> output;

    @Override
    public List<Parameter> requestParameters() {
        return EvaluateRequest.PARAMETERS;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("table") && !format.equals("json")) {
            throw new InvalidParameterException("format", format, "one of table, json");
        }
        EvaluateRequest request = EvaluateRequest.parse(RequestOptions.given(spec, EvaluateRequest.PARAMETERS));
        LoadedMatches loaded = input.read(spec.commandLine().getErr());
        List<Evaluation.Result> results = new ArrayList<>();
        for (RatingSystem system : request.ratingSystems()) {
            results.add(Evaluation.run(system, loaded.matches()));
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
