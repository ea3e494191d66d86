package dev.ordinal.audit;

import dev.ordinal.audit.PositionBiasEstimate.PositionCounts;
import dev.ordinal.audit.PositionBiasEstimate.SwapCounts;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Position bias of judges: do they favour the item shown first?
 *
 * <p><b>Swapped pairs.</b> Where one judge saw a unit in both orders (X first, then Y first), the
 * two verdicts form a swapped pair; a judge without position bias prefers the same item in both
 * (or ties both), and a verdict that follows the position (first both times, or second both times)
 * "flips" with the order. This is the swap test of Zheng et al., "Judging LLM-as-a-Judge with
 * MT-Bench and Chatbot Arena" (NeurIPS 2023, section 3.3 and table 2: consistency, bias towards
 * the first and the second position). Within a unit, the k-th verdict with X first is paired with
 * the k-th with Y first, in input order; verdicts left over are counted as single-order ones.
 *
 * <p><b>Single order.</b> Where a judge saw a unit once (or only ever in one order), the share of
 * non-tie verdicts for the first position estimates ½ + bias only if the sides were randomised:
 * with a fixed order it also carries the quality difference of whatever is shown first.
 *
 * <p>Every figure is given per judge and per source (all its judges pooled). Intervals and tests
 * follow {@link Proportion}: Wilson and exact binomial when each unit gives one trial, the
 * bootstrap over units otherwise. Sign convention: positive, or a share above ½, favours the first
 * (left, side A) position; swapping every label's sides and flipping its verdict mirrors every
 * share about ½ and negates every signed figure. Cost: O(labels + rounds × units).
 */
public final class PositionBias {
    private static final int PAIRS = 0;
    private static final int CONSISTENT = 1;
    private static final int BOTH_FIRST = 2;
    private static final int BOTH_SECOND = 3;
    private static final int BOTH_TIE = 4;
    private static final int ONE_TIE = 5;
    private static final int SWAPPED_FIRST = 6;
    private static final int SWAPPED_SECOND = 7;
    private static final int SINGLE_FIRST = 8;
    private static final int SINGLE_SECOND = 9;
    private static final int SINGLE_TIE = 10;
    private static final int COUNTS = 11;

    private PositionBias() {
    }

    /**
     * Every source's pooled estimate, then every judge's, in order of first appearance.
     *
     * @throws IllegalArgumentException when there are no labels, or a unit compares two different pairs
     */
    public static List<PositionBiasEstimate> of(List<Label> labels, AuditOptions options) {
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("position bias needs labels; none were given");
        }
        Map<String, Map<String, int[]>> bySource = new LinkedHashMap<>();
        Map<List<String>, Map<String, int[]>> byJudge = new LinkedHashMap<>();
        for (Map.Entry<String, List<Label>> unit : Units.group(labels).entrySet()) {
            Map<List<String>, List<Label>> unitByJudge = new LinkedHashMap<>();
            for (Label label : unit.getValue()) {
                unitByJudge.computeIfAbsent(List.of(label.source(), label.judge()), key -> new ArrayList<>()).add(label);
            }
            for (Map.Entry<List<String>, List<Label>> judged : unitByJudge.entrySet()) {
                int[] counts = count(judged.getValue());
                add(byJudge.computeIfAbsent(judged.getKey(), key -> new LinkedHashMap<>()), unit.getKey(), counts);
                add(bySource.computeIfAbsent(judged.getKey().get(0), key -> new LinkedHashMap<>()), unit.getKey(), counts);
            }
        }
        List<PositionBiasEstimate> estimates = new ArrayList<>();
        bySource.forEach((source, units) -> estimates.add(estimate(source, Optional.empty(), units, options)));
        byJudge.forEach((key, units) -> estimates.add(estimate(key.get(0), Optional.of(key.get(1)), units, options)));
        return estimates;
    }

    /** The counts of one judge's labels on one unit. */
    private static int[] count(List<Label> labels) {
        String firstLeft = labels.get(0).left();
        List<Outcome> forward = new ArrayList<>();
        List<Outcome> backward = new ArrayList<>();
        for (Label label : labels) {
            (label.left().equals(firstLeft) ? forward : backward).add(label.outcome());
        }
        int[] counts = new int[COUNTS];
        int pairs = Math.min(forward.size(), backward.size());
        for (int k = 0; k < pairs; k++) {
            countPair(counts, forward.get(k), backward.get(k));
        }
        for (List<Outcome> rest : List.of(forward.subList(pairs, forward.size()), backward.subList(pairs, backward.size()))) {
            for (Outcome outcome : rest) {
                counts[outcome.isTie() ? SINGLE_TIE : outcome == Outcome.A ? SINGLE_FIRST : SINGLE_SECOND]++;
            }
        }
        return counts;
    }

    private static void countPair(int[] counts, Outcome one, Outcome other) {
        counts[PAIRS]++;
        for (Outcome outcome : List.of(one, other)) {
            if (!outcome.isTie()) {
                counts[outcome == Outcome.A ? SWAPPED_FIRST : SWAPPED_SECOND]++;
            }
        }
        if (one.isTie() && other.isTie()) {
            counts[BOTH_TIE]++;
        } else if (one.isTie() || other.isTie()) {
            counts[ONE_TIE]++;
        } else if (one != other) {
            // A then B across swapped sides: the same item both times.
            counts[CONSISTENT]++;
        } else {
            counts[one == Outcome.A ? BOTH_FIRST : BOTH_SECOND]++;
        }
    }

    private static void add(Map<String, int[]> units, String unit, int[] counts) {
        int[] sum = units.computeIfAbsent(unit, key -> new int[COUNTS]);
        for (int k = 0; k < COUNTS; k++) {
            sum[k] += counts[k];
        }
    }

    private static PositionBiasEstimate estimate(String source, Optional<String> judge, Map<String, int[]> units,
                                                 AuditOptions options) {
        int n = units.size();
        int[][] perUnit = units.values().toArray(new int[0][]);
        int[] total = new int[COUNTS];
        int[] flips = new int[n];
        int[] pairs = new int[n];
        int[] swappedFirst = new int[n];
        int[] swappedDecided = new int[n];
        int[] singleFirst = new int[n];
        int[] singleDecided = new int[n];
        for (int u = 0; u < n; u++) {
            int[] c = perUnit[u];
            for (int k = 0; k < COUNTS; k++) {
                total[k] += c[k];
            }
            flips[u] = c[BOTH_FIRST] + c[BOTH_SECOND];
            pairs[u] = c[PAIRS];
            swappedFirst[u] = c[SWAPPED_FIRST];
            swappedDecided[u] = c[SWAPPED_FIRST] + c[SWAPPED_SECOND];
            singleFirst[u] = c[SINGLE_FIRST];
            singleDecided[u] = c[SINGLE_FIRST] + c[SINGLE_SECOND];
        }
        SwapCounts swapped = new SwapCounts(total[PAIRS], total[CONSISTENT], total[BOTH_FIRST], total[BOTH_SECOND],
                total[BOTH_TIE], total[ONE_TIE]);
        PositionCounts single = new PositionCounts(total[SINGLE_FIRST], total[SINGLE_SECOND], total[SINGLE_TIE]);
        return new PositionBiasEstimate(source, judge, swapped,
                share(flips, pairs, options),
                share(swappedFirst, swappedDecided, options),
                single,
                share(singleFirst, singleDecided, options));
    }

    private static Optional<Proportion> share(int[] successes, int[] trials, AuditOptions options) {
        for (int t : trials) {
            if (t > 0) {
                return Optional.of(Proportion.over(successes, trials, options));
            }
        }
        return Optional.empty();
    }
}
