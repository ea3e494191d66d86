package dev.ordinal.vote;

import java.util.List;

/**
 * Several methods' verdicts on one benchmark table, side by side: one {@link VoteResult} per
 * method, each over the table's systems in the table's order.
 *
 * @param table       what was aggregated
 * @param results     one per method, in the order asked for
 * @param explanation what every method shares (the normalised scores, tasks left out)
 */
public record AggregationResult(BenchmarkTable table, List<VoteResult> results, Explanation explanation) {
    public AggregationResult {
        results = List.copyOf(results);
        for (VoteResult result : results) {
            if (!result.candidates().ids().equals(table.systems().ids())) {
                throw new IllegalArgumentException("result of '" + result.rule() + "' is over "
                        + result.candidates().ids() + ", not the table's systems " + table.systems().ids());
            }
        }
    }

    /**
     * Each system's place in {@code result}'s ranking as competition ranks (1 + the number of
     * systems in better groups, so tied systems share a rank); 0 for a system the ranking leaves
     * out, and for every system when the method gives no ranking.
     */
    public static int[] ranks(VoteResult result) {
        int[] ranks = new int[result.candidates().size()];
        result.ranking().ifPresent(groups -> {
            int above = 0;
            for (int[] group : groups) {
                for (int system : group) {
                    ranks[system] = above + 1;
                }
                above += group.length;
            }
        });
        return ranks;
    }
}
