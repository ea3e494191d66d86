package dev.ordinal.cli;

import dev.ordinal.audit.Answers;
import dev.ordinal.audit.AuditOptions;
import dev.ordinal.audit.Label;
import dev.ordinal.audit.PreferenceProbability;
import dev.ordinal.audit.RatingDistribution;
import dev.ordinal.audit.ScoreLabel;
import dev.ordinal.fit.Models;
import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.fit.TieModel;
import dev.ordinal.io.AnswerFields;
import dev.ordinal.io.AnswerFiles;
import dev.ordinal.io.ConsistencyFiles;
import dev.ordinal.io.FamilyFiles;
import dev.ordinal.io.FamilyReadOptions;
import dev.ordinal.io.LabelFiles;
import dev.ordinal.io.LabelSource;
import dev.ordinal.io.LoadedLabels;
import dev.ordinal.io.ReadOptions;
import dev.ordinal.io.ReportWriter;
import dev.ordinal.io.report.DotIntervalPlot;
import dev.ordinal.io.report.Heatmap;
import dev.ordinal.io.report.HtmlReport;
import dev.ordinal.io.report.Report;
import dev.ordinal.io.report.SlopeChart;
import dev.ordinal.io.report.Table;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import dev.ordinal.metric.BootstrapOptions;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ordinal audit}: reads pairwise labels from several sources (a crowd, LLM judges) and
 * reports how far to trust each: a summary of every source, the units they share, each source's
 * own leaderboard against the reference source's, agreement of verdicts and of leaderboards,
 * position and family bias, voters, transitivity and style. Each analysis is one method that adds
 * one section to the {@link Report} (here, or in {@link AgreementAudit}, {@link BiasAudit} and
 * {@link VoterAudit}), which is printed as text or JSON and written as HTML. A section that cannot
 * be computed on the data says why in a sentence; the run goes on.
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
        List<LabelSource> named = sourceSpecs.stream().map(LabelSource::parse).toList();
        String referenceName = reference.orElse(named.get(0).name());
        if (named.stream().noneMatch(source -> source.name().equals(referenceName))) {
            throw new IllegalArgumentException("--reference '" + referenceName + "' is not a source; the sources are "
                    + named.stream().map(LabelSource::name).toList());
        }
        if (rounds < 1) {
            throw new IllegalArgumentException("--bootstrap must be at least 1, got " + rounds);
        }
        if (topK < 1) {
            throw new IllegalArgumentException("--top-k must be at least 1, got " + topK);
        }
        Map<String, String> judgeFamilies = judgeFamilies(named);
        if (!judgeFamilies.isEmpty() && families.isEmpty()) {
            throw new IllegalArgumentException("--judge-family needs --families FILE, the items' families");
        }
        List<String> sourceNames = named.stream().map(LabelSource::name).toList();
        Map<String, String> scoreFiles = consistencyFiles("--scores", scoreSpecs, sourceNames);
        Map<String, String> ratingFiles = consistencyFiles("--ratings", ratingSpecs, sourceNames);
        Map<String, String> preferenceFiles = consistencyFiles("--preferences", preferenceSpecs, sourceNames);
        for (String name : scoreFiles.keySet()) {
            if (!sourceNames.contains(name)) {
                throw new IllegalArgumentException("--scores '" + name + "' names no source: scores are checked against "
                        + "a source's verdicts; the sources are " + sourceNames);
            }
        }
        for (String name : ratingFiles.keySet()) {
            if (!sourceNames.contains(name) && !preferenceFiles.containsKey(name)) {
                throw new IllegalArgumentException("--ratings '" + name + "' names no source and no --preferences: "
                        + "ratings are checked against a source's verdicts or the same name's preferences; the sources "
                        + "are " + sourceNames);
            }
        }
        if (!(scoreTolerance >= 0) || Double.isInfinite(scoreTolerance)) {
            throw new IllegalArgumentException("--score-tolerance must be finite and not negative, got " + scoreTolerance);
        }
        if (!(tieMargin >= 0) || Double.isInfinite(tieMargin)) {
            throw new IllegalArgumentException("--tie-margin must be finite and not negative, got " + tieMargin);
        }
        FamilyReadOptions familyOptions = familyOptions();
        AnswerFields answerOptions = answerOptions();
        List<LoadedLabels> sources = LabelFiles.read(named, ReadOptions.defaults().withSkipInvalid(skipInvalid));
        if (!quiet) {
            sources.forEach(source -> InputOptions.reportSkipped(spec.commandLine().getErr(), source.report()));
        }
        Optional<Map<String, String>> itemFamilies = families.map(path -> FamilyFiles.read(path, familyOptions));
        Optional<Answers> answerTexts = answers.map(path -> AnswerFiles.read(path, answerOptions));
        Map<String, List<ScoreLabel>> scores = new LinkedHashMap<>();
        scoreFiles.forEach((name, path) -> scores.put(name, ConsistencyFiles.scores(path, name)));
        Map<String, List<RatingDistribution>> ratings = new LinkedHashMap<>();
        ratingFiles.forEach((name, path) -> ratings.put(name, ConsistencyFiles.ratings(path, name)));
        Map<String, List<PreferenceProbability>> preferences = new LinkedHashMap<>();
        preferenceFiles.forEach((name, path) -> preferences.put(name, ConsistencyFiles.preferences(path, name)));
        ConsistencyAudit.Inputs consistency = new ConsistencyAudit.Inputs(scores, ratings, preferences,
                scoreTolerance, tieMargin);
        LeaderboardRequest request = LeaderboardRequest.defaults(Models.byName("bt", TieModel.fromLabel("half")))
                .withBootstrap(rounds, seed, threads.orElse(Runtime.getRuntime().availableProcessors()));
        AuditInput input = new AuditInput(sources, referenceName, request,
                new BootstrapOptions(rounds, seed, request.level()), new AuditOptions(request.level(), rounds, seed),
                topK);

        Report report = new Report("Audit of " + String.join(", ", named.stream().map(LabelSource::name).toList()));
        report.note(sources.stream().mapToInt(source -> source.labels().size()).sum() + " labels from "
                + sources.size() + " sources; reference: " + referenceName + ".");
        long panels = sources.stream().filter(source -> AuditInput.judges(source) > 1).count();
        long steps = 4 + (sources.size() - 1) + sources.size() + panels + (itemFamilies.isPresent() ? 1 : 0)
                + (answerTexts.isPresent() ? sources.size() : 0);
        try (Progress progress = Progress.start("audit", steps, "", 1, quiet)) {
            AtomicLong done = new AtomicLong();
            Runnable step = () -> progress.stepTo(done.incrementAndGet());
            summary(report, sources);
            sharedUnits(report, sources);
            Map<String, Leaderboard> boards = leaderboards(report, sources, referenceName, request);
            step.run();
            AgreementAudit.agreement(report, input);
            step.run();
            AgreementAudit.leaderboardAgreement(report, input, boards, step);
            BiasAudit.positionBias(report, input);
            step.run();
            if (itemFamilies.isPresent()) {
                BiasAudit.familyBias(report, input, itemFamilies.get(), judgeFamilies);
                step.run();
            }
            VoterAudit.voters(report, input, step);
            Report.Section consistencySection = BiasAudit.consistency(report, input);
            ConsistencyAudit.scoreComparison(consistencySection, input, consistency);
            ConsistencyAudit.remedies(consistencySection, input, consistency);
            step.run();
            if (answerTexts.isPresent()) {
                BiasAudit.styleControl(report, input, answerTexts.get(), step);
            }
        }
        try (Writer out = Outputs.nonClosing(spec)) {
            if (format.equals("json")) {
                ReportWriter.writeJson(report, out);
            } else {
                ReportWriter.writeText(report, out);
            }
        }
        if (html.isPresent()) {
            HtmlReport.write(report, html.get());
        }
        return 0;
    }

    /** {@code --judge-family SOURCE=FAMILY}, each naming a source, in the order given. */
    private Map<String, String> judgeFamilies(List<LabelSource> named) {
        Map<String, String> byJudge = new LinkedHashMap<>();
        for (String judgeFamily : judgeFamilySpecs) {
            int equals = judgeFamily.indexOf('=');
            if (equals <= 0 || equals == judgeFamily.length() - 1) {
                throw new IllegalArgumentException("--judge-family '" + judgeFamily
                        + "' should be SOURCE=FAMILY, e.g. gpt4=OpenAI");
            }
            String source = judgeFamily.substring(0, equals);
            if (named.stream().noneMatch(candidate -> candidate.name().equals(source))) {
                throw new IllegalArgumentException("--judge-family '" + judgeFamily + "' names no source; the sources are "
                        + named.stream().map(LabelSource::name).toList());
            }
            if (byJudge.put(source, judgeFamily.substring(equals + 1)) != null) {
                throw new IllegalArgumentException("--judge-family gives source '" + source + "' twice");
            }
        }
        return byJudge;
    }

    /** {@code NAME=FILE} options, by name in the order given; a name may be given once. */
    private static Map<String, String> consistencyFiles(String option, List<String> specs, List<String> sources) {
        Map<String, String> byName = new LinkedHashMap<>();
        for (String spec : specs) {
            int equals = spec.indexOf('=');
            if (equals <= 0 || equals == spec.length() - 1) {
                throw new IllegalArgumentException(option + " '" + spec + "' should be NAME=FILE, NAME being a source "
                        + "(the sources are " + sources + ")");
            }
            if (byName.put(spec.substring(0, equals), spec.substring(equals + 1)) != null) {
                throw new IllegalArgumentException(option + " gives '" + spec.substring(0, equals) + "' twice");
            }
        }
        return byName;
    }

    private FamilyReadOptions familyOptions() {
        String[] fields = familyFields.split(",", -1);
        if (fields.length != 2) {
            throw new IllegalArgumentException("--family-fields '" + familyFields
                    + "' should be two field names, MEMBER,FAMILY, e.g. name,org");
        }
        return new FamilyReadOptions(fields[0].strip(), fields[1].strip());
    }

    private AnswerFields answerOptions() {
        String[] fields = answerFields.split(",", -1);
        if (fields.length != 3 || java.util.Arrays.stream(fields).anyMatch(String::isBlank)) {
            throw new IllegalArgumentException("--answer-fields '" + answerFields
                    + "' should be three field names, ITEM,PROMPT,TEXT, e.g. name,prompt,result");
        }
        return new AnswerFields(fields[0].strip(), fields[1].strip(), fields[2].strip());
    }

    /** Per source: labels, judges, units, items, and how often the left side, the right side or neither won. */
    static void summary(Report report, List<LoadedLabels> sources) {
        List<List<String>> rows = new ArrayList<>();
        for (LoadedLabels source : sources) {
            Set<String> judges = new HashSet<>();
            Set<String> units = new HashSet<>();
            Set<String> items = new HashSet<>();
            long[] outcomes = new long[Outcome.values().length];
            for (Label label : source.labels()) {
                judges.add(label.judge());
                units.add(label.unit());
                items.add(label.left());
                items.add(label.right());
                outcomes[label.outcome().ordinal()]++;
            }
            double total = source.labels().size();
            long ties = outcomes[Outcome.TIE.ordinal()] + outcomes[Outcome.BOTH_BAD.ordinal()];
            rows.add(List.of(source.source(), Long.toString(source.labels().size()), Integer.toString(judges.size()),
                    Integer.toString(units.size()), Integer.toString(items.size()),
                    share(outcomes[Outcome.A.ordinal()] / total), share(outcomes[Outcome.B.ordinal()] / total),
                    share(ties / total)));
        }
        report.section("Sources")
                .paragraph("Every label is kept. Rates are shares of a source's labels; ties include both-bad verdicts.")
                .table(new Table(List.of("source", "labels", "judges", "units", "items", "left-win rate",
                        "right-win rate", "tie rate"), rows));
    }

    /** For each two sources, how many units both labelled: what agreement between them can be measured on. */
    static void sharedUnits(Report report, List<LoadedLabels> sources) {
        List<Set<String>> units = sources.stream()
                .map(source -> {
                    Set<String> set = new HashSet<>();
                    source.labels().forEach(label -> set.add(label.unit()));
                    return set;
                }).toList();
        List<String> names = sources.stream().map(LoadedLabels::source).toList();
        List<List<String>> rows = new ArrayList<>();
        double[][] covered = new double[sources.size()][sources.size()];
        for (int i = 0; i < sources.size(); i++) {
            for (int j = 0; j < sources.size(); j++) {
                Set<String> shared = new HashSet<>(units.get(i));
                shared.retainAll(units.get(j));
                covered[i][j] = (double) shared.size() / units.get(i).size();
                if (j > i) {
                    rows.add(List.of(names.get(i), names.get(j), Integer.toString(shared.size()),
                            share(covered[i][j]), share((double) shared.size() / units.get(j).size())));
                }
            }
        }
        Report.Section section = report.section("Shared units")
                .paragraph("A unit is one question: the same pair on the same prompt. Labels of two sources can be "
                        + "compared only on the units both labelled.");
        if (!rows.isEmpty()) {
            section.table(new Table(List.of("source", "other source", "shared units", "share of source's units",
                    "share of other's units"), rows));
        }
        section.chart("Share of the row source's units the column source also labelled",
                new Heatmap(names, names, covered, 0, 1, 2));
    }

    /**
     * A Bradley-Terry leaderboard per source (ties half a win, bootstrap intervals), each drawn with its
     * intervals, and each set beside the reference source's.
     */
    static Map<String, Leaderboard> leaderboards(Report report, List<LoadedLabels> sources, String referenceName,
                                                 LeaderboardRequest request) {
        int rounds = request.rounds();
        Report.Section section = report.section("Leaderboards").paragraph("Bradley-Terry fit of each source's labels "
                + "(a tie is half a win), with " + (int) (request.level() * 100) + "% bootstrap intervals from "
                + rounds + " rounds; then each source's order against " + referenceName + "'s, and a table of positions.");
        Map<String, Leaderboard> boards = new LinkedHashMap<>();
        for (LoadedLabels source : sources) {
            ComparisonTable.Builder table = ComparisonTable.builder();
            source.labels().forEach(label -> table.add(label.left(), label.right(), label.outcome(), 1.0));
            try {
                boards.put(source.source(), Leaderboards.rank(table.build(), request));
            } catch (NoFiniteEstimateException e) {
                section.paragraph("No leaderboard for " + source.source() + ": " + e.getMessage());
            }
        }
        Leaderboard referenceBoard = boards.get(referenceName);
        List<String> order = referenceBoard != null
                ? referenceBoard.items().stream().map(Leaderboard.Entry::name).toList()
                : boards.values().stream().flatMap(board -> board.items().stream()).map(Leaderboard.Entry::name)
                        .distinct().toList();
        boards.forEach((name, board) -> section.chart(name, DotIntervalPlot.of(board)));
        boards.forEach((name, board) -> {
            if (referenceBoard != null && !name.equals(referenceName)) {
                section.chart(referenceName + " vs " + name, SlopeChart.of(referenceName, referenceBoard, name, board));
            }
        });
        section.table(ranks(order, boards));
        return boards;
    }

    /** One row per item, in {@code order}: its rank and rating in each leaderboard ("-" where it is absent). */
    private static Table ranks(List<String> order, Map<String, Leaderboard> boards) {
        List<String> header = new ArrayList<>(List.of("item"));
        List<Map<String, Leaderboard.Entry>> entries = new ArrayList<>();
        List<Map<String, Integer>> positions = new ArrayList<>();
        for (Map.Entry<String, Leaderboard> board : boards.entrySet()) {
            header.add(board.getKey() + " position");
            header.add(board.getKey() + " rating");
            Map<String, Leaderboard.Entry> byName = new HashMap<>();
            Map<String, Integer> position = new HashMap<>();
            List<Leaderboard.Entry> items = board.getValue().items();
            for (int i = 0; i < items.size(); i++) {
                byName.put(items.get(i).name(), items.get(i));
                position.put(items.get(i).name(), i + 1);
            }
            entries.add(byName);
            positions.add(position);
        }
        List<List<String>> rows = new ArrayList<>();
        for (String item : order) {
            List<String> row = new ArrayList<>(List.of(item));
            for (int b = 0; b < entries.size(); b++) {
                Leaderboard.Entry entry = entries.get(b).get(item);
                row.add(entry == null ? "-" : Integer.toString(positions.get(b).get(item)));
                row.add(entry == null ? "-" : String.format(Locale.ROOT, "%.0f", entry.rating()));
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    private static String share(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "-";
    }
}
