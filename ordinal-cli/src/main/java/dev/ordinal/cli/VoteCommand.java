package dev.ordinal.cli;

import dev.ordinal.io.PrefLibType;
import dev.ordinal.io.PrefLibWriter;
import dev.ordinal.io.VoteResultWriter;
import dev.ordinal.io.VoteResultWriter.RuleOutcome;
import dev.ordinal.vote.Ballots;
import dev.ordinal.vote.RuleOptions;
import dev.ordinal.vote.TieBreak;
import dev.ordinal.vote.Trait;
import dev.ordinal.vote.VoteException;
import dev.ordinal.vote.VoteResult;
import dev.ordinal.vote.VotingRule;
import dev.ordinal.vote.VotingRules;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

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
            "`ordinal vote --list` lists the rules, their parameters and what they guarantee (docs/voting.md).",
            "Exit status: 0 ok, 1 bad data or a rule that cannot apply, 2 bad options."})
final class VoteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BallotInputOptions input;

    @Option(names = {"-r", "--rule"}, paramLabel = "NAME", defaultValue = "all",
            description = "A rule from --list, or all (default): every rule's winners side by side.")
    String rule;

    @Option(names = "--list", description = "List the rules with their parameters and guarantees, and exit.")
    boolean list;

    @Option(names = "--seats", paramLabel = "N", defaultValue = "1",
            description = "Committee size for multi-winner rules (stv, pav, seq-pav, phragmen, equal-shares; default 1).")
    int seats;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE",
            description = "A rule parameter, e.g. tie=0 for copeland or strength=winning-votes for minimax; repeatable. "
                    + "With --rule all, each rule gets the parameters it takes.")
    List<String> params = new ArrayList<>();

    @Option(names = "--tie-break", paramLabel = "RULE",
            description = "Break ties explicitly: first (candidate order in the input) or random:SEED. Default: report ties.")
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
    public Integer call() throws IOException {
        if (list) {
            printList(spec.commandLine().getOut());
            return 0;
        }
        if (!List.of("text", "json", "csv").contains(format)) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; expected text, json or csv");
        }
        if (format.equals("csv") && !rule.equals("all")) {
            throw new IllegalArgumentException("--format csv is for --rule all; use text or json for one rule");
        }
        Map<String, String> parameters = parameters();
        Optional<TieBreak> breaking = tieBreak.map(TieBreak::parse);
        Ballots ballots = input.read(spec.commandLine(), quiet);
        if (savePreflib.isPresent()) {
            savePreflib(ballots, savePreflib.get());
        }
        try (Writer out = output.isPresent()
                ? Files.newBufferedWriter(output.get(), StandardCharsets.UTF_8) : Outputs.nonClosing(spec)) {
            if (rule.equals("all")) {
                List<RuleOutcome> outcomes = new ArrayList<>();
                for (VotingRules.Entry entry : VotingRules.all()) {
                    Map<String, String> own = new LinkedHashMap<>(parameters);
                    own.keySet().retainAll(entry.parameters().keySet());
                    try {
                        outcomes.add(RuleOutcome.of(apply(entry.create(new RuleOptions(seats, own)), ballots, breaking)));
                    } catch (VoteException e) {
                        outcomes.add(RuleOutcome.failed(entry.name(), e.getMessage()));
                    }
                }
                switch (format) {
                    case "json" -> VoteResultWriter.writeComparisonJson(outcomes, out);
                    case "csv" -> VoteResultWriter.writeComparisonCsv(outcomes, out);
                    default -> VoteResultWriter.writeComparisonTable(outcomes, out);
                }
            } else {
                VoteResult result = apply(VotingRules.create(rule, new RuleOptions(seats, parameters)), ballots, breaking);
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
            throw new IllegalArgumentException("--save-preflib: '" + name + "' should end in .soc, .soi, .toc, .toi or .cat");
        }
        try (Writer out = Files.newBufferedWriter(path, StandardCharsets.UTF_8)) {
            PrefLibWriter.write(ballots, type, name, String.join(", ", input.files), out);
        }
    }

    private static VoteResult apply(VotingRule votingRule, Ballots ballots, Optional<TieBreak> breaking) {
        VoteResult result = votingRule.apply(ballots);
        return breaking.map(result::breakTies).orElse(result);
    }

    private Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (String param : params) {
            int equals = param.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException("--param expects KEY=VALUE, e.g. tie=0, got '" + param + "'");
            }
            parameters.put(param.substring(0, equals).strip(), param.substring(equals + 1).strip());
        }
        return parameters;
    }

    private static void printList(PrintWriter out) {
        for (VotingRules.Entry entry : VotingRules.all()) {
            String traits = entry.traits().stream().map(VoteCommand::traitLabel).filter(label -> !label.isEmpty())
                    .collect(Collectors.joining(", "));
            out.printf("%-18s %s%s%n", entry.name(), entry.summary(), traits.isEmpty() ? "" : " [" + traits + "]");
            entry.parameters().forEach((key, meaning) -> out.printf("%-18s   %s: %s%n", "", key, meaning));
        }
        out.flush();
    }

    private static String traitLabel(Trait trait) {
        return switch (trait) {
            case CONDORCET_WINNER -> "Condorcet winner";
            case CONDORCET_LOSER -> "never the Condorcet loser";
            case MAJORITY -> "";
            case RANKING -> "ranking";
            case LOTTERY -> "lottery";
            case MULTI_WINNER -> "multi-winner";
            case NEEDS_SCORES -> "needs scores";
            case NEEDS_APPROVALS -> "needs approvals";
        };
    }
}
