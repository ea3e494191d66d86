package dev.ordinal.cli;

import dev.ordinal.app.Parameter;
import dev.ordinal.app.SimulateRequest;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.io.SimulationPlot;
import dev.ordinal.io.SimulationWriter;
import dev.ordinal.select.Simulation;
import dev.ordinal.select.SimulationReport;
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
final class SimulateCommand implements Callable<Integer>, RequestOptions.RequestCommand {
    @Spec
    CommandSpec spec;

    @Option(names = "--items", paramLabel = "N")
    Optional<String> items;

    @Option(names = "--k", paramLabel = "K")
    Optional<String> k;

    @Option(names = "--votes", paramLabel = "MAX")
    Optional<String> votes;

    @Option(names = "--seeds", paramLabel = "S")
    Optional<String> seeds;

    @Option(names = "--strategies", paramLabel = "A,B,...")
    Optional<String> strategies;

    @Option(names = "--checkpoints", paramLabel = "C")
    Optional<String> checkpoints;

    @Option(names = "--tie-rate", paramLabel = "P")
    Optional<String> tieRate;

    @Option(names = "--careless", paramLabel = "F")
    Optional<String> careless;

    @Option(names = "--adversarial", paramLabel = "F")
    Optional<String> adversarial;

    @Option(names = "--intransitive", paramLabel = "SD")
    Optional<String> intransitive;

    @Option(names = "--spread", paramLabel = "SD")
    Optional<String> spread;

    @Option(names = "--refit-every", paramLabel = "B")
    Optional<String> refitEvery;

    @Option(names = "--prior-sigma", paramLabel = "SD")
    Optional<String> priorSigma;

    @Option(names = "--elo-k", paramLabel = "K")
    Optional<String> eloK;

    @Option(names = "--top", paramLabel = "T")
    Optional<String> top;

    @Option(names = "--seed", paramLabel = "S")
    Optional<String> seed;

    @Option(names = "--threads", paramLabel = "N")
    Optional<String> threads;

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
    public List<Parameter> requestParameters() {
        return SimulateRequest.PARAMETERS;
    }

    @Override
    public Integer call() throws IOException {
        if (!List.of("table", "csv", "json").contains(format)) {
            throw new InvalidParameterException("format", format, "one of table, csv, json");
        }
        SimulateRequest request = SimulateRequest.parse(RequestOptions.given(spec, SimulateRequest.PARAMETERS));
        Simulation simulation = request.simulation();
        List<String> strategies = request.strategies();
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
