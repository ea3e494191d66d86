package dev.ordinal.cli;

import dev.ordinal.audit.run.Audit;
import dev.ordinal.audit.run.AuditRequest;
import dev.ordinal.audit.run.AuditResult;
import dev.ordinal.audit.run.AuditSettings;
import dev.ordinal.io.AnswerFields;
import dev.ordinal.io.FamilyReadOptions;
import dev.ordinal.io.LabelSource;
import dev.ordinal.io.ReadOptions;
import dev.ordinal.io.audit.AuditFiles;
import dev.ordinal.io.audit.AuditReport;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ordinal audit}: reads pairwise labels from several sources (a crowd, LLM judges) and
 * reports how far to trust each: a summary of every source, the units they share, each source's
 * own leaderboard against the reference source's, agreement of verdicts and of leaderboards,
 * position and family bias, voters, transitivity and style. This class only parses the options:
 * io reads the files ({@link AuditFiles}), core runs the audit ({@link Audit}), io renders it
 * ({@link AuditReport}) as text or JSON and, with {@code --html}, as an HTML page.
 */
@Command(name = "audit", mixinStandardHelpOptions = true, sortOptions = false,
        header = "Audits pairwise labels from several sources (crowd workers, LLM judges) and writes a report.",
        description = {"Reads each source's labels, prints a summary of every source and of the units (questions) they "
            + "share, fits a Bradley-Terry leaderboard per source and compares it with the reference source's, "
            + "then measures agreement (kappa, alpha, confusion), leaderboard agreement (tau, rho, top-k, "
            + "separability, stability), position bias, family bias (with --families and --judge-family), "
            + "voters (sources with several judges), transitivity, score-comparison consistency (with --scores) "
            + "and TrustJudge's remedies (with --ratings and --preferences), and style (with --answers). "
            + "With --html, also writes a self-contained HTML report with charts.", ""},
        footer = {"", "Example:",
            "  ordinal audit --source crowd=examples/llmfao/crowd-comparisons.csv \\",
            "                --source gpt4=examples/llmfao/gpt4-crowd-comparisons.csv \\",
            "                --source gpt3=examples/llmfao/gpt3-crowd-comparisons.csv \\",
            "                --families examples/llmfao/models.jsonl --family-fields name,org \\",
            "                --judge-family gpt4=OpenAI --judge-family gpt3=OpenAI \\",
            "                --answers examples/llmfao/results.jsonl --html audit.html",
            "",
            "Each file is CSV, a JSON array or JSON Lines in the arena (model_a, model_b, winner) or LLMFAO",
            "(left, right, winner) layout. The judge is the worker or judge column, else the source; the unit",
            "is the id column (LLMFAO), else the prompt and the unordered pair.",
            "Exit status: 0 ok, 1 bad data, 2 bad options."})
final class AuditCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--source", paramLabel = "NAME=FILE", required = true,
            description = "A source of labels; repeat for each. NAME defaults to the file name without extensions.")
    List<String> sourceSpecs;

    @Option(names = "--reference", paramLabel = "NAME",
            description = "The source others are compared with (default: the first).")
    Optional<String> reference;

    @Option(names = "--html", paramLabel = "FILE", description = "Also write the report as a self-contained HTML page.")
    Optional<Path> html;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (default) or json, on standard output.")
    String format;

    @Option(names = "--families", paramLabel = "FILE",
            description = "Each item's family (CSV, JSON Lines or a JSON array), for the family-bias section.")
    Optional<String> families;

    @Option(names = "--family-fields", paramLabel = "MEMBER,FAMILY", defaultValue = "item,family",
            description = "The family file's item and family fields (default ${DEFAULT-VALUE}; LLMFAO: name,org).")
    String familyFields;

    @Option(names = "--judge-family", paramLabel = "SOURCE=FAMILY",
            description = "A source's own family, e.g. gpt4=OpenAI; repeat for each judge whose family bias to measure.")
    List<String> judgeFamilySpecs = new ArrayList<>();

    @Option(names = "--answers", paramLabel = "FILE",
            description = "The judged answers (JSON Lines), for the style-control section.")
    Optional<String> answers;

    @Option(names = "--answer-fields", paramLabel = "ITEM,PROMPT,TEXT", defaultValue = "name,prompt,result",
            description = "The answers file's item, prompt and text fields (default ${DEFAULT-VALUE}, LLMFAO's).")
    String answerFields;

    @Option(names = "--scores", paramLabel = "SOURCE=FILE",
            description = "A source's judges' scores of single items (CSV or JSON Lines: judge,context,item,score), "
                    + "for the score-comparison check; repeat for each source.")
    List<String> scoreSpecs = new ArrayList<>();

    @Option(names = "--ratings", paramLabel = "NAME=FILE",
            description = "A judge's rating distributions (JSON Lines: judge,context,item,grades,probabilities), for "
                    + "TrustJudge's remedies; NAME is a source, or a name shared with --preferences.")
    List<String> ratingSpecs = new ArrayList<>();

    @Option(names = "--preferences", paramLabel = "NAME=FILE",
            description = "A judge's preference probabilities in one or both orders (JSON Lines: judge,context,left,"
                    + "right,left_wins,tie), for TrustJudge's remedies; NAME is a source or a name of its own.")
    List<String> preferenceSpecs = new ArrayList<>();

    @Option(names = "--score-tolerance", paramLabel = "T", defaultValue = "0",
            description = "The largest score difference read as level (default ${DEFAULT-VALUE}).")
    double scoreTolerance;

    @Option(names = "--tie-margin", paramLabel = "M", defaultValue = "0",
            description = "Likelihood-aware aggregation: a lead under M is a tie (default ${DEFAULT-VALUE}).")
    double tieMargin;

    @Option(names = "--top-k", paramLabel = "K", defaultValue = "10",
            description = "Leading items compared by the top-k overlap (default ${DEFAULT-VALUE}).")
    int topK;

    @Option(names = "--bootstrap", paramLabel = "ROUNDS", defaultValue = "200",
            description = "Bootstrap rounds of every interval: leaderboards, agreement, biases (default ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Bootstrap seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--threads", paramLabel = "N", description = "Bootstrap threads (default: all cores).")
    Optional<Integer> threads;

    @Option(names = "--skip-invalid",
            description = "Skip invalid records and report how many and why (default: the first one stops the run).")
    boolean skipInvalid;

    @Option(names = {"-q", "--quiet"}, description = "No read summary or progress bar on stderr.")
    boolean quiet;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("text") && !format.equals("json")) {
            throw new IllegalArgumentException("unknown --format '" + format + "'; expected text or json");
        }
        AuditSettings settings = AuditSettings.defaults().withBootstrap(rounds, seed).withTopK(topK)
                .withScoreTolerance(scoreTolerance).withTieMargin(tieMargin);
        if (threads.isPresent()) {
            settings = settings.withThreads(threads.get());
        }
        String[] family = fields("--family-fields", familyFields, 2, "MEMBER,FAMILY, e.g. name,org");
        String[] answer = fields("--answer-fields", answerFields, 3, "ITEM,PROMPT,TEXT, e.g. name,prompt,result");
        AuditFiles files = new AuditFiles(sourceSpecs.stream().map(LabelSource::parse).toList(), families,
                new FamilyReadOptions(family[0], family[1]), answers, new AnswerFields(answer[0], answer[1], answer[2]),
                pairs("--scores", scoreSpecs, "NAME=FILE"), pairs("--ratings", ratingSpecs, "NAME=FILE"),
                pairs("--preferences", preferenceSpecs, "NAME=FILE"));
        AuditFiles.Read read = files.read(ReadOptions.defaults().withSkipInvalid(skipInvalid),
                pairs("--judge-family", judgeFamilySpecs, "SOURCE=FAMILY, e.g. gpt4=OpenAI"));
        if (!quiet) {
            read.labels().forEach(source -> InputOptions.reportSkipped(spec.commandLine().getErr(), source.report()));
        }
        AuditRequest request = read.request().withSettings(settings);
        if (reference.isPresent()) {
            request = request.withReference(reference.get());
        }
        AuditResult result;
        try (Progress progress = Progress.start("audit", Audit.steps(request), "", 1, quiet)) {
            AtomicLong done = new AtomicLong();
            result = Audit.run(request, () -> progress.stepTo(done.incrementAndGet()));
        }
        try (Writer out = Outputs.nonClosing(spec)) {
            if (format.equals("json")) {
                AuditReport.writeJson(result, out);
            } else {
                AuditReport.writeText(result, out);
            }
        }
        if (html.isPresent()) {
            AuditReport.writeHtml(result, html.get());
        }
        return 0;
    }

    /** {@code NAME=VALUE} options, by name in the order given; a name may be given once. */
    private static Map<String, String> pairs(String option, List<String> specs, String form) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (String pair : specs) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new IllegalArgumentException(option + " '" + pair + "' should be " + form);
            }
            if (byName.put(pair.substring(0, equals), pair.substring(equals + 1)) != null) {
                throw new IllegalArgumentException(option + " gives '" + pair.substring(0, equals) + "' twice");
            }
        }
        return byName;
    }

    /** A comma-separated list of {@code count} field names. */
    private static String[] fields(String option, String value, int count, String form) {
        String[] fields = value.split(",", -1);
        if (fields.length != count || java.util.Arrays.stream(fields).anyMatch(String::isBlank)) {
            throw new IllegalArgumentException(option + " '" + value + "' should be " + (count == 2 ? "two" : "three")
                    + " field names, " + form);
        }
        return java.util.Arrays.stream(fields).map(String::strip).toArray(String[]::new);
    }
}
