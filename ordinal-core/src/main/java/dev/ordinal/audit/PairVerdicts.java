package dev.ordinal.audit;

import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One verdict per judge, context and unordered pair of items: what the consistency checks read.
 * A judge may have judged a pair several times (both orders, repeats); how those become one
 * verdict is the factory's rule:
 * <ul>
 * <li>{@link #of}: the verdicts agree, or it is a tie. With both orders this is the two-pass
 *     protocol of Zheng et al. (NeurIPS 2023), where a verdict that changes with the order counts
 *     as a tie, and the baseline of TrustJudge (Wang et al. 2025).
 * <li>{@link #perOrder}: each order's most probable verdict, then combined as {@link #of} does.
 * <li>{@link #likelihood}: TrustJudge's likelihood-aware aggregation (Wang et al. 2025, section 4.2):
 *     align every order's probabilities to one orientation, average them, and take the most probable
 *     verdict; a lead smaller than the tie margin is a tie.
 * </ul>
 * Verdicts are kept from the view of the pair's first item in {@link String#compareTo} order.
 * Both-bad counts as a tie.
 */
public final class PairVerdicts {
    private final Map<JudgeContext, Map<Pair, Outcome>> verdicts;

    /** An unordered pair, {@code first} before {@code second} in String order. */
    record Pair(String first, String second) {
        static Pair of(String a, String b) {
            return a.compareTo(b) < 0 ? new Pair(a, b) : new Pair(b, a);
        }

        /** {@code outcome}, seen from {@code left}, turned to be seen from {@link #first}. */
        Outcome fromFirst(String left, Outcome outcome) {
            Outcome plain = outcome.isTie() ? Outcome.TIE : outcome;
            return left.equals(first) ? plain : plain.swapped();
        }
    }

    private PairVerdicts(Map<JudgeContext, Map<Pair, Outcome>> verdicts) {
        this.verdicts = verdicts;
    }

    /** Labels' verdicts; several on one pair by one judge are kept if they agree, else become a tie. */
    public static PairVerdicts of(List<Label> labels) {
        Map<JudgeContext, Map<Pair, Outcome>> verdicts = new LinkedHashMap<>();
        for (Label label : labels) {
            Pair pair = Pair.of(label.left(), label.right());
            merge(verdicts, new JudgeContext(label.source(), label.judge(), label.context()), pair,
                    pair.fromFirst(label.left(), label.outcome()));
        }
        return new PairVerdicts(verdicts);
    }

    /** Each order's most probable verdict (a tie when two lead equally), combined as {@link #of} does. */
    public static PairVerdicts perOrder(List<PreferenceProbability> preferences) {
        Map<JudgeContext, Map<Pair, Outcome>> verdicts = new LinkedHashMap<>();
        for (PreferenceProbability preference : preferences) {
            Pair pair = Pair.of(preference.left(), preference.right());
            Outcome argmax = mostProbable(preference.leftWins(), preference.tie(), preference.rightWins(), 0);
            merge(verdicts, preference.scope(), pair, pair.fromFirst(preference.left(), argmax));
        }
        return new PairVerdicts(verdicts);
    }

    /**
     * TrustJudge's likelihood-aware aggregation: per judge, context and pair, the mean of every
     * order's probabilities aligned to one orientation, and its most probable verdict; a tie when the
     * leader is ahead of the runner-up by less than {@code tieMargin} (0: only an exact tie).
     */
    public static PairVerdicts likelihood(List<PreferenceProbability> preferences, double tieMargin) {
        if (!(tieMargin >= 0) || Double.isInfinite(tieMargin)) {
            throw new IllegalArgumentException("tie margin must be finite and not negative, got " + tieMargin);
        }
        // Per pair: sums of P(first wins), P(tie), P(second wins), and the count of orders.
        Map<JudgeContext, Map<Pair, double[]>> sums = new LinkedHashMap<>();
        for (PreferenceProbability preference : preferences) {
            Pair pair = Pair.of(preference.left(), preference.right());
            boolean leftFirst = preference.left().equals(pair.first());
            double[] sum = sums.computeIfAbsent(preference.scope(), key -> new LinkedHashMap<>())
                    .computeIfAbsent(pair, key -> new double[4]);
            sum[0] += leftFirst ? preference.leftWins() : preference.rightWins();
            sum[1] += preference.tie();
            sum[2] += leftFirst ? preference.rightWins() : preference.leftWins();
            sum[3]++;
        }
        Map<JudgeContext, Map<Pair, Outcome>> verdicts = new LinkedHashMap<>();
        sums.forEach((scope, pairs) -> {
            Map<Pair, Outcome> scoped = new LinkedHashMap<>();
            pairs.forEach((pair, sum) -> scoped.put(pair,
                    mostProbable(sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3], tieMargin)));
            verdicts.put(scope, scoped);
        });
        return new PairVerdicts(verdicts);
    }

    /** A: first wins, B: second wins, TIE: a tie leads, or the leader leads by less than {@code margin}. */
    private static Outcome mostProbable(double first, double tie, double second, double margin) {
        if (first > second && first > tie) {
            return first - Math.max(second, tie) < margin ? Outcome.TIE : Outcome.A;
        }
        if (second > first && second > tie) {
            return second - Math.max(first, tie) < margin ? Outcome.TIE : Outcome.B;
        }
        return Outcome.TIE;
    }

    private static void merge(Map<JudgeContext, Map<Pair, Outcome>> verdicts, JudgeContext scope, Pair pair,
                              Outcome outcome) {
        verdicts.computeIfAbsent(scope, key -> new LinkedHashMap<>())
                .merge(pair, outcome, (kept, next) -> kept == next ? kept : Outcome.TIE);
    }

    /** Every judge and context with verdicts, in order of first appearance. */
    public Set<JudgeContext> scopes() {
        return Collections.unmodifiableSet(verdicts.keySet());
    }

    /** The verdict on {@code a} against {@code b}, seen from {@code a}, if the judge gave one on the context. */
    public Optional<Outcome> verdict(JudgeContext scope, String a, String b) {
        Pair pair = Pair.of(a, b);
        Outcome outcome = verdicts.getOrDefault(scope, Map.of()).get(pair);
        return Optional.ofNullable(outcome).map(o -> pair.first().equals(a) ? o : o.swapped());
    }

    /** The number of verdicts, over all judges and contexts. */
    public int size() {
        return verdicts.values().stream().mapToInt(Map::size).sum();
    }

    /** The verdicts of one judge and context, seen from each pair's first item. */
    Map<Pair, Outcome> pairs(JudgeContext scope) {
        return verdicts.getOrDefault(scope, Map.of());
    }

    /** The items of the verdicts of one judge and context. */
    List<String> items(JudgeContext scope) {
        LinkedHashMap<String, Boolean> seen = new LinkedHashMap<>();
        for (Pair pair : pairs(scope).keySet()) {
            seen.put(pair.first(), true);
            seen.put(pair.second(), true);
        }
        return new ArrayList<>(seen.keySet());
    }
}
