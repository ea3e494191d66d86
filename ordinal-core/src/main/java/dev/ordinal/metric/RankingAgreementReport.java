package dev.ordinal.metric;

import java.util.List;

/**
 * How much two leaderboards over the same items agree.
 *
 * @param items       the items compared, in the first leaderboard's order (ids, or indices as text for plain arrays)
 * @param k           the size of the top sets compared
 * @param kendallTau  Kendall's τ-b
 * @param spearmanRho Spearman's ρ (Pearson correlation of mid-ranks)
 * @param topKOverlap share of the first leaderboard's top k that is also in the second's
 * @param level       the intervals' coverage
 * @param warnings    things a careful reader should know (items left out, unpaired rounds)
 */
public record RankingAgreementReport(List<String> items, int k, Estimate kendallTau, Estimate spearmanRho,
                                     Estimate topKOverlap, double level, List<String> warnings) {

    public RankingAgreementReport {
        items = List.copyOf(items);
        warnings = List.copyOf(warnings);
    }
}
