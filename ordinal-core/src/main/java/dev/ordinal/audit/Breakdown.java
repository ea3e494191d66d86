package dev.ordinal.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BinaryOperator;

/**
 * Counts per judge and context, and their sums per judge, per context (over judges) and overall.
 *
 * @param byScope   per judge and context, in order of first appearance
 * @param byJudge   summed over each judge's contexts
 * @param byContext summed over the judges of each context (prompt)
 * @param total     summed over everything
 * @param <T>       the count
 */
public record Breakdown<T>(Map<JudgeContext, T> byScope, Map<JudgeId, T> byJudge, Map<String, T> byContext, T total) {
    public Breakdown {
        byScope = Collections.unmodifiableMap(new LinkedHashMap<>(byScope));
        byJudge = Collections.unmodifiableMap(new LinkedHashMap<>(byJudge));
        byContext = Collections.unmodifiableMap(new LinkedHashMap<>(byContext));
    }

    static <T> Breakdown<T> of(Map<JudgeContext, T> byScope, T zero, BinaryOperator<T> plus) {
        Map<JudgeId, T> byJudge = new LinkedHashMap<>();
        Map<String, T> byContext = new LinkedHashMap<>();
        T total = zero;
        for (Map.Entry<JudgeContext, T> entry : byScope.entrySet()) {
            byJudge.merge(entry.getKey().judgeId(), entry.getValue(), plus);
            byContext.merge(entry.getKey().context(), entry.getValue(), plus);
            total = plus.apply(total, entry.getValue());
        }
        return new Breakdown<>(byScope, byJudge, byContext, total);
    }
}
