package dev.ordinal.cli;

import dev.ordinal.app.AggregateRequest;
import dev.ordinal.app.Parameter;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.io.AggregationWriter;
import dev.ordinal.io.BenchmarkFiles;
import dev.ordinal.vote.AggregationResult;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code ordinal aggregate}: one ranking per method from a benchmark table, side by side (Vote'n'Rank), or duels. */
@Command(name = "aggregate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Ranks systems from a benchmark table by several methods side by side, or by duels.",
        description = {"Treats each task of a benchmark table as a voter ranking the systems (Vote'n'Rank, Rofin et "
            + "al. 2023) and prints every method's ranking side by side: the mean and median of normalised scores, "
            + "voting rules applied to the task ballots, and Bradley-Terry on task-wise comparisons.",
            "With --duels, FILE holds per-example scores instead, and a 'duel' column is added: BenCzechMark's "
            + "duel scoring (Fajcik et al. 2024), where a system wins a duel on a task only when a one-tailed paired "
            + "t-test over the examples finds it better at level --alpha. The other methods then see the table of "
            + "per-task mean scores.", ""},
        footer = {"", "Examples:",
            "  Every default method on a published table (mean, median, borda, copeland, schulze,",
            "  kemeny, maximal-lottery, bradley-terry):",
            "    ordinal aggregate examples/benchmarks/glue.csv",
            "  Tasks where lower is better, two methods, as JSON:",
            "    ordinal aggregate --lower-is-better perplexity,wer --rules mean,borda --format json table.csv",
            "  Duel scoring of per-example scores (system,task,example,score[,direction][,category]):",
            "    ordinal aggregate --duels --rules duel,mean examples/benchmarks/duels.csv",
            "",
            "Table CSV: first column the system, one column per task; optional rows 'direction'",
            "(higher/lower per task) and 'weight' right after the header; blank, NA or - is missing.",
            "Mean and median use per-task min-max normalised scores (1 = best, 0 = worst), so",
            "directions and units do not matter; docs/voting.md explains every method."})
final class AggregateCommand implements Callable<Integer>, RequestOptions.RequestCommand {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The benchmark table (wide CSV), or with --duels per-example scores (long CSV); - reads stdin.")
    String file;

    @Option(names = "--rules", paramLabel = "METHOD", split = ",")
    List<String> rules = List.of();

    @Option(names = "--lower-is-better", paramLabel = "TASK", split = ",")
    List<String> lowerIsBetter = List.of();

    @Option(names = "--duels")
    boolean duels;

    @Option(names = "--alpha", paramLabel = "A")
    Optional<String> alpha;

    @Option(names = "--prior", paramLabel = "SIGMA")
    Optional<String> prior;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default), json or csv.")
    String format;

    @Option(names = "--explain", description = "With --format table: also print every method's explanation.")
    boolean explain;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Optional<Path> output;

    @Override
    public List<Parameter> requestParameters() {
        return AggregateRequest.PARAMETERS;
    }

    @Override
    public Integer call() throws IOException {
        if (!format.equals("table") && !format.equals("json") && !format.equals("csv")) {
            throw new InvalidParameterException("format", format, "one of table, json, csv");
        }
        AggregateRequest request = AggregateRequest.parse(RequestOptions.given(spec, AggregateRequest.PARAMETERS));
        AggregationResult result = request.duels()
                ? request.aggregateDuels(BenchmarkFiles.readExamples(file, request.lowerIsBetter()))
                : request.aggregate(BenchmarkFiles.readTable(file, request.lowerIsBetter()));
        try (Writer out = output.isPresent()
                ? Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8) : Outputs.nonClosing(spec)) {
            switch (format) {
                case "json" -> AggregationWriter.writeJson(result, out);
                case "csv" -> AggregationWriter.writeCsv(result, out);
                default -> AggregationWriter.writeTable(result, explain, out);
            }
        }
        return 0;
    }
}
