package dev.ordinal.io;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.vote.AxiomReport;
import dev.ordinal.vote.Ballots;
import dev.ordinal.vote.CounterExample;
import dev.ordinal.vote.SearchLimits;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Writes what {@code ordinal axioms} found, as text or JSON: per axiom a counter-example (the
 * profile as PrefLib lines, the winners, the change made and the winners after it), "none found"
 * with how far the search got, or why the axiom could not be checked.
 */
public final class AxiomReportWriter {
    private AxiomReportWriter() {
    }

    public static void writeText(String rule, SearchLimits limits, List<AxiomReport> reports, Writer writer) {
        PrintWriter out = new PrintWriter(writer);
        out.printf("%s: profiles of %s candidates and 1 to %d voters, up to %d random profiles (seed %d)%n", rule,
                candidates(limits), limits.maxVoters(), limits.samples(), limits.seed());
        for (AxiomReport report : reports) {
            out.println();
            String name = report.axiom().label();
            if (report.notApplicable().isPresent()) {
                out.printf("%s: not applicable: %s%n", name, report.notApplicable().get());
                continue;
            }
            if (report.counterExample().isEmpty()) {
                out.printf("%s: no violation found (%s)%n", name, report.axiom().summary());
            } else {
                CounterExample example = report.counterExample().get();
                out.printf("%s: violated with %s and %s (%s)%n", name, count(example.voters(), "voter"),
                        count(example.candidates(), "candidate"), example.minimal() ? "no smaller counter-example exists in the range searched"
                                : "the smallest found; some smaller sizes were not checked exhaustively");
                out.printf("  %s%n", example.reason());
                printProfile(out, "profile", example.profile(), example.winners());
                if (example.modification().isPresent()) {
                    out.printf("  then %s:%n", example.modification().get());
                    printProfile(out, "changed profile", example.modified().orElseThrow(), example.winnersAfter());
                }
            }
            out.printf("  searched: %s%n", coverage(report));
        }
        out.flush();
    }

    private static void printProfile(PrintWriter out, String title, Ballots ballots, List<String> winners) {
        out.printf("  %s:%n", title);
        for (String line : CounterExample.prefLibLines(ballots)) {
            out.printf("    %s%n", line);
        }
        out.printf("  winners: %s%n", winners.isEmpty() ? "none" : String.join(", ", winners));
    }

    private static String candidates(SearchLimits limits) {
        return limits.minCandidates() == limits.maxCandidates() ? Integer.toString(limits.minCandidates())
                : limits.minCandidates() + " to " + limits.maxCandidates();
    }

    /** How far the search got, e.g. "every profile up to 12 voters for 3 candidates, ...; 800 random profiles". */
    static String coverage(AxiomReport report) {
        String exhaustive = report.exhaustiveVoters().entrySet().stream()
                .map(e -> e.getValue() == 0 ? "none for " + e.getKey() + " candidates"
                        : "every profile up to " + count(e.getValue(), "voter") + " for " + e.getKey() + " candidates")
                .collect(Collectors.joining(", "));
        return String.format(Locale.ROOT, "%s; %,d random profiles; %,d profiles in all%s", exhaustive, report.randomProfiles(),
                report.profiles(), report.timedOut() ? "; stopped by the time limit" : "");
    }

    private static String count(int n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    public static void writeJson(String rule, SearchLimits limits, List<AxiomReport> reports, Writer out)
            throws IOException {
        ObjectNode root = JsonOutput.object();
        root.put("rule", rule);
        root.put("minCandidates", limits.minCandidates());
        root.put("maxCandidates", limits.maxCandidates());
        root.put("maxVoters", limits.maxVoters());
        root.put("samples", limits.samples());
        root.put("seed", limits.seed());
        root.put("secondsPerAxiom", limits.timeBudget().toMillis() / 1000.0);
        ArrayNode axioms = root.putArray("axioms");
        for (AxiomReport report : reports) {
            ObjectNode node = axioms.addObject();
            node.put("axiom", report.axiom().label());
            node.put("summary", report.axiom().summary());
            node.put("result", report.notApplicable().isPresent() ? "not-applicable"
                    : report.violated() ? "violated" : "none-found");
            report.notApplicable().ifPresent(reason -> node.put("reason", reason));
            report.counterExample().ifPresent(example -> counterExample(node.putObject("counterExample"), example));
            if (report.notApplicable().isEmpty()) {
                ObjectNode search = node.putObject("search");
                ObjectNode exhaustive = search.putObject("exhaustiveVoters");
                for (Map.Entry<Integer, Integer> entry : report.exhaustiveVoters().entrySet()) {
                    exhaustive.put(Integer.toString(entry.getKey()), entry.getValue());
                }
                search.put("randomProfiles", report.randomProfiles());
                search.put("profiles", report.profiles());
                search.put("timedOut", report.timedOut());
            }
        }
        JsonOutput.write(root, out);
    }

    private static void counterExample(ObjectNode node, CounterExample example) {
        node.put("voters", example.voters());
        node.put("candidates", example.candidates());
        node.put("minimal", example.minimal());
        node.put("reason", example.reason());
        strings(node.putArray("profile"), CounterExample.prefLibLines(example.profile()));
        strings(node.putArray("winners"), example.winners());
        example.modification().ifPresent(modification -> {
            node.put("modification", modification);
            strings(node.putArray("changedProfile"), CounterExample.prefLibLines(example.modified().orElseThrow()));
            strings(node.putArray("winnersAfter"), example.winnersAfter());
        });
    }

    private static void strings(ArrayNode array, List<String> values) {
        values.forEach(array::add);
    }
}
