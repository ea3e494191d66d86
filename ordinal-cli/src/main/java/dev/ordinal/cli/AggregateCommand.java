package dev.ordinal.cli;

import dev.ordinal.io.AggregationWriter;
import dev.ordinal.io.BenchmarkFiles;
import dev.ordinal.vote.AggregationResult;
import dev.ordinal.vote.BenchmarkTable;
import dev.ordinal.vote.DuelScoring;
import dev.ordinal.vote.ExampleScores;
import dev.ordinal.vote.Explanation;
import dev.ordinal.vote.TableAggregation;
import dev.ordinal.vote.VoteResult;
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
            "directions and units do not matter; docs/voting.md explains every method.",
            "Exit status: 0 ok, 1 bad data, 2 bad options."})
final class AggregateCommand implements Callable<Integer> {
    static final String DUEL = "duel";

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE",
            description = "The benchmark table (wide CSV), or with --duels per-example scores (long CSV); - reads stdin.")
    String file;

    @Option(names = "--rules", paramLabel = "METHOD", split = ",",
            description = "Methods, comma-separated, in column order: mean, median, bradley-terry, duel (with --duels) "
                    + "or any rule of `ordinal vote --list` (default: mean, median, borda, copeland, schulze, kemeny, "
                    + "maximal-lottery, bradley-terry).")
    List<String> rules = TableAggregation.DEFAULT_METHODS;

    @Option(names = "--lower-is-better", paramLabel = "TASK", split = ",",
            description = "Tasks on which a lower score is better (perplexity, error rate...), comma-separated.")
    List<String> lowerIsBetter = new ArrayList<>();

    @Option(names = "--duels",
            description = "FILE holds per-example scores (system,task,example,score); adds the duel win score.")
    boolean duels;

    @Option(names = "--alpha", paramLabel = "A",
            description = "With --duels: significance level of the duel test (default 0.05).")
    Optional<Double> alpha;

    @Option(names = "--prior", paramLabel = "SIGMA", defaultValue = "2",
            description = "Bradley-Terry: standard deviation of the N(0, SIGMA^2) prior on log-strengths, used when no "
                    + "finite maximum-likelihood estimate exists "
                    + "(default ${DEFAULT-VALUE}).")
    double prior;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table", description = "table (default), json or csv.")
    String format;

    @Option(names = "--explain", description = "With --format table: also print every method's explanation.")
    boolean explain;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of stdout.")
    Optional<Path> output;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("table") && !format.equals("json") && !format.equals("csv")) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; expected table, json or csv");
        }
        if (alpha.isPresent() && !duels) {
            throw new IllegalArgumentException("--alpha is the duel test's level; it goes with --duels");
        }
        if (rules.contains(DUEL) && !duels) {
            throw new IllegalArgumentException("the duel method needs per-example scores: add --duels and give "
                    + "a system,task,example,score file");
        }
        if (rules.indexOf(DUEL) != rules.lastIndexOf(DUEL)) {
            throw new IllegalArgumentException("--rules names duel twice");
        }
        List<String> tableMethods = rules.stream().filter(rule -> !rule.equals(DUEL)).toList();
        AggregationResult result;
        if (duels) {
            DuelScoring scoring = new DuelScoring(alpha.orElse(DuelScoring.DEFAULT_ALPHA));
            Optional<TableAggregation> aggregation = tableMethods.isEmpty() ? Optional.empty()
                    : Optional.of(new TableAggregation(tableMethods, prior));
            ExampleScores examples = BenchmarkFiles.readExamples(file, lowerIsBetter);
            BenchmarkTable table = examples.meanTable();
            List<VoteResult> results = new ArrayList<>();
            Explanation shared = Explanation.empty();
            if (aggregation.isPresent()) {
                AggregationResult others = aggregation.get().apply(table);
                results.addAll(others.results());
                shared = others.explanation();
            }
            // The duel column goes where --rules names it, first when it does not.
            results.add(Math.max(rules.indexOf(DUEL), 0), scoring.apply(examples).asVoteResult());
            result = new AggregationResult(table, results, shared);
        } else {
            TableAggregation aggregation = new TableAggregation(tableMethods, prior);
            result = aggregation.apply(BenchmarkFiles.readTable(file, lowerIsBetter));
        }
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
