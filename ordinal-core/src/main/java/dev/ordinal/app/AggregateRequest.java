package dev.ordinal.app;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.vote.AggregationResult;
import dev.ordinal.vote.BenchmarkTable;
import dev.ordinal.vote.DuelScoring;
import dev.ordinal.vote.ExampleScores;
import dev.ordinal.vote.Explanation;
import dev.ordinal.vote.TableAggregation;
import dev.ordinal.vote.VoteResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A benchmark aggregation as a user asks for it (Vote'n'Rank, Rofin et al. 2023; duel scoring,
 * Fajcik et al. 2024): the methods in column order, the tasks where lower is better, whether the
 * file holds per-example scores for duels, the duel test's level and the Bradley–Terry prior.
 *
 * @param methods       mean, median, duel or rules of {@link Registries#rules()}, in column order
 * @param lowerIsBetter tasks on which a lower score is better
 * @param duels         whether the input holds per-example scores (and the duel column may be asked for)
 * @param alpha         the duel test's level; empty: {@link DuelScoring#DEFAULT_ALPHA}
 * @param prior         σ of the Bradley–Terry prior on log-strengths
 */
public record AggregateRequest(List<String> methods, List<String> lowerIsBetter, boolean duels,
                               Optional<Double> alpha, double prior) {
    /** BenCzechMark's duel win score, a column of its own. */
    public static final String DUEL = "duel";

    public static final List<Parameter> PARAMETERS = List.of(
            Parameter.text("rules", "methods, comma-separated, in column order: mean, median, duel (with duels), or "
                    + "any rule of 'ordinal list rule' (default: " + String.join(", ", TableAggregation.DEFAULT_METHODS)
                    + ")"),
            Parameter.text("lower-is-better", "tasks on which a lower score is better, comma-separated"),
            Parameter.flag("duels", false, "the input holds per-example scores (system,task,example,score); adds "
                    + "the duel win score"),
            Parameter.optionalReal("alpha", Range.open(0, 1), "with duels: significance level of the duel test "
                    + "(default " + DuelScoring.DEFAULT_ALPHA + ")"),
            Parameter.real("prior", TableAggregation.DEFAULT_PRIOR_SIGMA, Range.above(0), "Bradley-Terry: σ of the "
                    + "N(0, σ²) prior on log-strengths, used when no finite maximum-likelihood estimate exists"));

    public AggregateRequest {
        methods = List.copyOf(methods);
        lowerIsBetter = List.copyOf(lowerIsBetter);
        if (alpha.isPresent() && !duels) {
            throw new UnsupportedCombinationException(List.of("alpha", "duels"), "alpha is the duel test's level; it "
                    + "goes with duels");
        }
        if (methods.contains(DUEL) && !duels) {
            throw new UnsupportedCombinationException(List.of("rules", "duels"), "the duel method needs per-example "
                    + "scores: add duels and give a system,task,example,score file");
        }
        for (String method : methods) {
            if (!method.equals(DUEL) && !TableAggregation.TABLE_METHODS.contains(method)
                    && !Registries.rules().contains(method)) {
                throw new InvalidParameterException("rules", method, "mean, median, duel or a rule of 'ordinal list "
                        + "rule'");
            }
        }
        if (methods.indexOf(DUEL) != methods.lastIndexOf(DUEL)) {
            throw new InvalidParameterException("rules", String.join(",", methods), "each method once");
        }
    }

    public static AggregateRequest parse(Map<String, String> given) {
        Settings settings = Settings.parse("aggregate", PARAMETERS, given);
        AggregateRequest request = new AggregateRequest(
                settings.optionalText("rules").map(AggregateRequest::list).orElse(TableAggregation.DEFAULT_METHODS),
                settings.optionalText("lower-is-better").map(AggregateRequest::list).orElse(List.of()),
                settings.flag("duels"), settings.optionalReal("alpha"), settings.real("prior"));
        request.tableAggregation();
        return request;
    }

    /** Every method's ranking of the systems of {@code table}. */
    public AggregationResult aggregate(BenchmarkTable table) {
        return tableAggregation().orElseThrow(() -> new UnsupportedCombinationException(List.of("rules", "duels"),
                "only the duel method was asked for; it needs duels")).apply(table);
    }

    /**
     * Every method's ranking from per-example scores: the duel column where {@link #methods} names
     * it (first when it does not), the other methods on the table of per-task mean scores.
     */
    public AggregationResult aggregateDuels(ExampleScores examples) {
        BenchmarkTable table = examples.meanTable();
        List<VoteResult> results = new ArrayList<>();
        Explanation shared = Explanation.empty();
        Optional<TableAggregation> others = tableAggregation();
        if (others.isPresent()) {
            AggregationResult tableResults = others.get().apply(table);
            results.addAll(tableResults.results());
            shared = tableResults.explanation();
        }
        DuelScoring scoring = new DuelScoring(alpha.orElse(DuelScoring.DEFAULT_ALPHA));
        results.add(Math.max(methods.indexOf(DUEL), 0), scoring.apply(examples).asVoteResult());
        return new AggregationResult(table, results, shared);
    }

    /** The methods other than the duel, built; empty when the duel is all that was asked for. */
    private Optional<TableAggregation> tableAggregation() {
        List<String> tableMethods = methods.stream().filter(method -> !method.equals(DUEL)).toList();
        return tableMethods.isEmpty() ? Optional.empty() : Optional.of(new TableAggregation(tableMethods, prior));
    }

    private static List<String> list(String text) {
        return Arrays.stream(text.split(",")).map(String::strip).filter(part -> !part.isEmpty()).toList();
    }
}
