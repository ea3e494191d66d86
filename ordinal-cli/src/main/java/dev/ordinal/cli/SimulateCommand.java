package dev.ordinal.cli;

import dev.ordinal.io.SimulationPlot;
import dev.ordinal.io.SimulationWriter;
import dev.ordinal.select.MatchmakingStrategies;
import dev.ordinal.select.MatchmakingStrategy;
import dev.ordinal.select.Simulation;
import dev.ordinal.select.SimulationConfig;
import dev.ordinal.select.SimulationReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ordinal simulate}: how many votes each matchmaking strategy needs, against simulated voters. */
@Command(name = "simulate", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Simulates an arena to compare matchmaking strategies.",
        description = {"Draws true log-strengths ~ N(0, spread^2), simulates voters (Bradley-Terry / Plackett-Luce, "
            + "Davidson ties, careless and adversarial voters, an optional intransitive term) and runs the baseline "
            + "(uniform random pairs with online Elo) and every chosen strategy (fed a Bradley-Terry MAP fit) on the "
            + "same seeds. Reports Kendall tau, top-1 / top-t accuracy, 95%% interval width and coverage, the bias "
            + "with and without inverse-propensity weights, and the votes each needs to reach tau >= 0.9 relative "
            + "to the baseline. See docs/simulate.md.", ""},
        footer = {"", "Examples:",
            "  ordinal simulate --items 20 --k 2 --votes 20000 --seeds 20 --strategies uniform,ksort --svg tau.svg",
            "  ordinal simulate --items 100 --k 4 --votes 50000 --format json -o sim.json --csv curves.csv"})
final class SimulateCommand implements Callable<Integer> {
    /** Where strategies come from: the registry of {@code dev.ordinal.select}. */
    private static final Function<String, MatchmakingStrategy> STRATEGIES = MatchmakingStrategies::byName;

    @Spec
    CommandSpec spec;

    @Option(names = "--items", paramLabel = "N", defaultValue = "20", description = "Items (default ${DEFAULT-VALUE}).")
    int items;

    @Option(names = "--k", paramLabel = "K", defaultValue = "2",
            description = "Items per battle for the strategies (default ${DEFAULT-VALUE}); the baseline is pairwise.")
    int k;

    @Option(names = "--votes", paramLabel = "MAX", defaultValue = "10000",
            description = "Votes per run (default ${DEFAULT-VALUE}).")
    int votes;

    @Option(names = "--seeds", paramLabel = "S", defaultValue = "10",
            description = "Independent repetitions (default ${DEFAULT-VALUE}).")
    int seeds;

    @Option(names = "--strategies", paramLabel = "A,B,...", split = ",",
            defaultValue = "uniform,balanced,ksort,uncertainty,info-gain,thompson,rucb,dts",
            description = "Strategies to compare with the baseline (default ${DEFAULT-VALUE}).")
    List<String> strategies;

    @Option(names = "--checkpoints", paramLabel = "C", defaultValue = "30",
            description = "Vote counts to measure at, spaced geometrically up to MAX (default ${DEFAULT-VALUE}).")
    int checkpoints;

    @Option(names = "--tie-rate", paramLabel = "P", defaultValue = "0.0",
            description = "Tie probability between equally strong items, in [0, 1) (default ${DEFAULT-VALUE}).")
    double tieRate;

    @Option(names = "--careless", paramLabel = "F", defaultValue = "0.0",
            description = "Fraction of votes in a uniformly random order (default ${DEFAULT-VALUE}).")
    double careless;

    @Option(names = "--adversarial", paramLabel = "F", defaultValue = "0.0",
            description = "Fraction of votes reversed (default ${DEFAULT-VALUE}).")
    double adversarial;

    @Option(names = "--intransitive", paramLabel = "SD", defaultValue = "0.0",
            description = "Scale of the random skew-symmetric term added to pairwise log-odds (default ${DEFAULT-VALUE}).")
    double intransitive;

    @Option(names = "--spread", paramLabel = "SD", defaultValue = "1.0",
            description = "Standard deviation of the true log-strengths (default ${DEFAULT-VALUE}).")
    double spread;

    @Option(names = "--refit-every", paramLabel = "B",
            description = "Refresh the estimates strategies see every B votes (default: items / 2).")
    Optional<Integer> refitEvery;

    @Option(names = "--prior-sigma", paramLabel = "SD",
            description = "Prior sigma of the Bradley-Terry MAP fit (default: the spread).")
    Optional<Double> priorSigma;

    @Option(names = "--elo-k", paramLabel = "K", defaultValue = "4",
            description = "K of the online-Elo baseline (default ${DEFAULT-VALUE}, the Chatbot Arena's).")
    double eloK;

    @Option(names = "--top", paramLabel = "T", description = "Size of the top set for top-t accuracy and bias "
            + "(default: 5, or all items if fewer).")
    Optional<Integer> top;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Seed of the first repetition; repetition r uses S + r (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Worker threads (default: available processors); "
            + "results do not depend on it.")
    Optional<Integer> threads;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv (the curves) or json (default ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here instead of stdout.")
    Optional<Path> output;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the curves as CSV.")
    Optional<Path> csv;

    @Option(names = "--svg", paramLabel = "FILE", description = "Also write a plot of tau against votes as SVG.")
    Optional<Path> svg;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new IllegalArgumentException("unknown format '" + format + "'; expected table, csv or json");
        }
        SimulationConfig config = SimulationConfig.of(items, k, votes, seeds).withSeed(seed).withSpread(spread)
                .withVoters(tieRate, careless, adversarial, intransitive)
                .withFitting(refitEvery.orElse(Math.max(1, items / 2)), priorSigma.orElse(spread > 0 ? spread : 1),
                        eloK)
                .withReporting(checkpoints, top.orElse(Math.min(5, items)),
                        threads.orElse(Runtime.getRuntime().availableProcessors()));
        Simulation simulation = new Simulation(config, STRATEGIES);
        SimulationReport report;
        try (Progress progress = Progress.start("simulate", simulation.totalVotes(strategies), "", 1, quiet)) {
            report = simulation.run(strategies, progress::stepTo);
        }
        if (output.isPresent()) {
            try (Writer out = Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8)) {
                write(report, out);
            }
        } else {
            write(report, Outputs.nonClosing(spec));
        }
        if (csv.isPresent()) {
            try (Writer out = Files.newBufferedWriter(csv.get(), StandardCharsets.UTF_8)) {
                SimulationWriter.writeCurves(report, out);
            }
        }
        if (svg.isPresent()) {
            try (Writer out = Files.newBufferedWriter(svg.get(), StandardCharsets.UTF_8)) {
                SimulationPlot.write(report, out);
            }
        }
        return 0;
    }

    private void write(SimulationReport report, Writer out) throws IOException {
        switch (format) {
            case "csv" -> SimulationWriter.writeCurves(report, out);
            case "json" -> SimulationWriter.writeJson(report, out);
            default -> SimulationWriter.writeTable(report, out);
        }
        out.flush();
    }
}
