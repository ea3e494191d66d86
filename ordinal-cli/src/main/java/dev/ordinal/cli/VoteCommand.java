package dev.ordinal.cli;

import dev.ordinal.app.Parameter;
import dev.ordinal.app.Registries;
import dev.ordinal.app.VoteRequest;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.io.PrefLibType;
import dev.ordinal.io.PrefLibWriter;
import dev.ordinal.io.RegistryWriter;
import dev.ordinal.io.VoteResultWriter.RuleOutcome;
import dev.ordinal.io.VoteResultWriter;
import dev.ordinal.vote.Ballots;
import dev.ordinal.vote.TieBreak;
import dev.ordinal.vote.VoteException;
import dev.ordinal.vote.VoteResult;
import dev.ordinal.vote.VotingRule;
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

/** {@code ordinal vote}: applies one voting rule, or every registered rule side by side, to ballots. */
@Command(name = "vote", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Elects winners from ballots with a voting rule, and explains the result.",
        description = {"Reads ranked, truncated, tied, approval or score ballots and applies a voting rule: its "
            + "winners (several when the rule ties), its ranking where it defines one, its lottery where it gives one, "
            + "and an explanation to check it by hand (margin matrix, rounds with tallies, locked edges, paths...).",
            ""},
        footer = {"", "Examples:",
            "  Every rule side by side on a PrefLib election:",
            "    ordinal vote examples/preflib/netflix/00004-00000001.soc",
            "  Schulze with its strongest paths, as JSON:",
            "    ordinal vote --rule schulze --format json ballots.csv",
            "  Three seats by single transferable vote:",
            "    ordinal vote --rule stv --seats 3 examples/preflib/irish/00001-00000002.soi",
            "  Copeland with a pairwise tie worth 0 instead of 1/2:",
            "    ordinal vote --rule copeland --param tie=0 ballots.jsonl",
            "",
            "Rules report ties instead of breaking them; --tie-break breaks them explicitly.",
            "`ordinal list rule` (or --list) lists the rules, their parameters and traits (docs/voting.md)."})
final class VoteCommand implements Callable<Integer>, RequestOptions.RequestCommand {
    @Spec
    CommandSpec spec;

    @Mixin
    BallotInputOptions input;

    @Option(names = {"-r", "--rule"}, paramLabel = "NAME")
    Optional<String> rule;

    @Option(names = "--list", description = "List the rules with their parameters and traits, and exit (the same as "
            + "'ordinal list rule').")
    boolean list;

    @Option(names = "--seats", paramLabel = "N")
    Optional<String> seats;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "A rule parameter, e.g. tie=0 for copeland or strength=winning-votes for minimax; repeatable. "
                    + "With --rule all, each rule gets the parameters it takes; 'ordinal list rule' lists them.")
    List<String> params = new ArrayList<>();

    @Option(names = "--tie-break", paramLabel = "RULE")
    Optional<String> tieBreak;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default), json or csv (csv: only with --rule all).")
    String format;

    @Option(names = "--brief", description = "Text output without the explanation.")
    boolean brief;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the result here instead of stdout.")
    Optional<Path> output;

    @Option(names = "--save-preflib", paramLabel = "FILE",
            description = "Also write the ballots read (all files merged) as PrefLib; the extension picks the type "
                    + "(.soc, .soi, .toc, .toi or .cat).")
    Optional<Path> savePreflib;

    @Option(names = {"-q", "--quiet"}, description = "No read summary on stderr.")
    boolean quiet;

    @Override
    public List<Parameter> requestParameters() {
        return VoteRequest.PARAMETERS;
    }

    @Override
    public Integer call() throws IOException {
        if (list) {
            RegistryWriter.writeText(List.of(Registries.rules()), Outputs.nonClosing(spec));
            return 0;
        }
        if (!List.of("text", "json", "csv").contains(format)) {
            throw new InvalidParameterException("format", format, "one of text, json, csv");
        }
        VoteRequest request = VoteRequest.parse(RequestOptions.given(spec, VoteRequest.PARAMETERS),
                RequestOptions.pairs("param", params));
        if (format.equals("csv") && !request.all()) {
            throw new UnsupportedCombinationException(List.of("format", "rule"), "format csv is for rule all; use "
                    + "text or json for one rule");
        }
        List<VotingRule> rules = request.votingRules();
        Optional<TieBreak> breaking = request.tieBreak();
        Ballots ballots = input.read(spec.commandLine(), quiet);
        if (savePreflib.isPresent()) {
            savePreflib(ballots, savePreflib.get());
        }
        try (Writer out = output.isPresent()
                ? Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8) : Outputs.nonClosing(spec)) {
            if (request.all()) {
                List<RuleOutcome> outcomes = new ArrayList<>();
                for (VotingRule votingRule : rules) {
                    try {
                        outcomes.add(RuleOutcome.of(apply(votingRule, ballots, breaking)));
                    } catch (VoteException e) {
                        outcomes.add(RuleOutcome.failed(votingRule.name(), e.getMessage()));
                    }
                }
                switch (format) {
                    case "json" -> VoteResultWriter.writeComparisonJson(outcomes, out);
                    case "csv" -> VoteResultWriter.writeComparisonCsv(outcomes, out);
                    default -> VoteResultWriter.writeComparisonTable(outcomes, out);
                }
            } else {
                VoteResult result = apply(rules.get(0), ballots, breaking);
                if (format.equals("json")) {
                    VoteResultWriter.writeJson(result, out);
                } else {
                    VoteResultWriter.writeText(result, out, !brief);
                }
            }
        }
        return 0;
    }

    private void savePreflib(Ballots ballots, Path path) throws IOException {
        String name = path.getFileName().toString();
        String extension = name.substring(name.lastIndexOf('.') + 1).toUpperCase(java.util.Locale.ROOT);
        PrefLibType type;
        try {
            type = PrefLibType.valueOf(extension);
        } catch (IllegalArgumentException e) {
            throw new InvalidParameterException("save-preflib", name, "a file name ending in .soc, .soi, .toc, .toi "
                    + "or .cat");
        }
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            PrefLibWriter.write(ballots, type, name, String.join(", ", input.files), out);
        }
    }

    private static VoteResult apply(VotingRule votingRule, Ballots ballots, Optional<TieBreak> breaking) {
        VoteResult result = votingRule.apply(ballots);
        return breaking.map(result::breakTies).orElse(result);
    }
}
