package dev.ordinal.cli;

import dev.ordinal.app.Registries;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.io.AxiomReportWriter;
import dev.ordinal.vote.Axiom;
import dev.ordinal.vote.AxiomReport;
import dev.ordinal.vote.AxiomSearch;
import dev.ordinal.vote.SearchLimits;
import dev.ordinal.vote.VotingRule;
import java.io.IOException;
import java.io.Writer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ordinal axioms}: searches small profiles for counter-examples to a rule's axioms. */
@Command(name = "axioms", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Searches small profiles for the smallest counter-example to each axiom of a voting rule.",
        description = {"Checks every anonymous profile of each small size (voters, then candidates), then random "
            + "impartial-culture profiles of the sizes left, for violations of the Condorcet winner and loser "
            + "criteria, Pareto, monotonicity, participation, independence of clones and reversal symmetry, and "
            + "prints the smallest counter-example found as PrefLib lines (count: ranking) with the winners before "
            + "and after the change that breaks the axiom. docs/voting.md defines each axiom for tied winners.", ""},
        footer = {"", "Examples:",
            "  ordinal axioms --rule plurality",
            "  ordinal axioms --rule irv --axioms monotonicity,participation --voters 20 --time 30",
            "",
            "Committee rules are checked with seats=1; rules that need scores or approvals cannot be checked.",
            "A violation is always real; 'no violation found' is proof only for the sizes searched exhaustively.",
            "Exit status: 0 when the search ran (whatever it found); 1 a rule the search cannot apply; 2 an unknown",
            "option, a bad option value (an unknown rule, a bad rule parameter) or options that do not go together."})
final class AxiomsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rule", required = true, paramLabel = "NAME", description = "The rule, as `ordinal list rule` names it.")
    String rule;

    @Option(names = {"-p", "--param"}, paramLabel = "KEY=VALUE", description = "A parameter of the rule (repeatable).")
    Map<String, String> parameters = Map.of();

    @Option(names = "--axioms", paramLabel = "A,B", split = ",",
            description = "Axioms to check (default all): condorcet-winner, condorcet-loser, pareto, monotonicity, "
                    + "participation, independence-of-clones, reversal-symmetry.")
    List<String> axioms = List.of();

    @Option(names = "--candidates", paramLabel = "MIN..MAX", defaultValue = "3..4",
            description = "Candidate counts, e.g. 3 or 3..4 (default ${DEFAULT-VALUE}; at most "
                    + SearchLimits.MAX_CANDIDATES + ").")
    String candidates;

    @Option(names = "--voters", paramLabel = "N", defaultValue = "12",
            description = "Profiles of 1 to N voters (default ${DEFAULT-VALUE}).")
    int voters;

    @Option(names = "--samples", paramLabel = "N", defaultValue = "10000",
            description = "Random profiles per axiom, of the sizes too large to check exhaustively (default ${DEFAULT-VALUE}).")
    int samples;

    @Option(names = "--exhaustive", paramLabel = "N", defaultValue = "20000",
            description = "Check every profile of a size that has at most N profiles (default ${DEFAULT-VALUE}).")
    long exhaustive;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--time", paramLabel = "SECONDS", defaultValue = "5",
            description = "Time for the whole search, shared equally by the axioms (default ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text", description = "text (default) or json.")
    String format;

    @Option(names = {"-q", "--quiet"}, description = "No progress bar on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new InvalidParameterException("format", format, "one of text, json");
        }
        if (!(seconds > 0) || Double.isInfinite(seconds)) {
            throw new InvalidParameterException("time", Double.toString(seconds), "a positive number of seconds");
        }
        VotingRule votingRule = Registries.rules().create(rule, parameters);
        List<Axiom> chosen = axioms.isEmpty() ? List.of(Axiom.values())
                : axioms.stream().map(String::strip).map(Axiom::byLabel).distinct().toList();
        int[] range = candidateRange(candidates);
        SearchLimits limits = new SearchLimits(range[0], range[1], voters, samples, seed,
                Duration.ofNanos((long) (seconds * 1e9 / chosen.size())), exhaustive);
        AxiomSearch search = new AxiomSearch(limits);
        Optional<String> unusable = AxiomSearch.notApplicable(votingRule);
        List<AxiomReport> reports = new ArrayList<>();
        long planned = search.plannedProfiles();
        try (Progress progress = Progress.start("axioms", planned * chosen.size(), "", 1, quiet || unusable.isPresent())) {
            for (int i = 0; i < chosen.size(); i++) {
                long before = planned * i;
                reports.add(search.search(votingRule, chosen.get(i), done -> progress.stepTo(before + Math.min(done, planned))));
                progress.stepTo(before + planned);
            }
        }
        try (Writer out = Outputs.nonClosing(spec)) {
            if (format.equals("json")) {
                AxiomReportWriter.writeJson(votingRule.name(), limits, reports, out);
            } else {
                AxiomReportWriter.writeText(votingRule.name(), limits, reports, out);
            }
        }
        return 0;
    }

    /** {@code 3} or {@code 3..4}. */
    static int[] candidateRange(String text) {
        String[] parts = text.strip().split("\\.\\.", -1);
        try {
            int[] range = Arrays.stream(parts).mapToInt(part -> Integer.parseInt(part.strip())).toArray();
            if (range.length == 1) {
                return new int[] {range[0], range[0]};
            }
            if (range.length == 2) {
                return range;
            }
        } catch (NumberFormatException e) {
            // falls through to the error below
        }
        throw new InvalidParameterException("candidates", text, "a count or a range such as 3..4");
    }
}
