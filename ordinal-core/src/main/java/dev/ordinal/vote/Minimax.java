package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Minimax (Simpson–Kramer): the winners are the candidates whose worst pairwise defeat is the
 * weakest, and candidates are ranked by their worst defeat, weakest first. A defeat's strength is
 * its margin (the default) or its winning votes ({@link DefeatStrength}); a candidate no one beats
 * has worst defeat 0, so a Condorcet winner is the only winner. Minimax may elect a Condorcet
 * loser (Tideman, "Collective Decisions and Voting", 2006, ch. 13). O(m²) after the majority
 * matrix.
 */
public final class Minimax implements VotingRule {
    private final DefeatStrength strength;

    public Minimax(DefeatStrength strength) {
        this.strength = strength;
    }

    public Minimax() {
        this(DefeatStrength.MARGINS);
    }

    public DefeatStrength strength() {
        return strength;
    }

    @Override
    public String name() {
        return "minimax";
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix matrix = ballots.majority();
        int m = matrix.size();
        Items candidates = ballots.candidates();
        double[] worst = new double[m];
        double[] negated = new double[m];
        List<List<String>> rows = new ArrayList<>();
        for (int x = 0; x < m; x++) {
            int by = -1;
            for (int y = 0; y < m; y++) {
                double defeat = strength.of(matrix, y, x);
                if (defeat > worst[x]) {
                    worst[x] = defeat;
                    by = y;
                }
            }
            negated[x] = -worst[x];
            rows.add(List.of(candidates.name(x), Explanation.number(worst[x]), by < 0 ? "—" : candidates.name(by)));
        }
        Explanation.Builder explanation = Explanation.builder().note("Defeat strength: " + strength.label()
                + "; the candidates whose worst defeat is weakest win.");
        PairwiseTables.margins(explanation, matrix, candidates);
        explanation.table("Worst defeats", List.of("candidate", "worst defeat", "by"), rows);
        return VoteResult.builder(name(), candidates)
                .scores("worst defeat (" + strength.label() + ")", worst)
                .ranking(VoteResult.groupsByScore(negated))
                .explain(explanation.build())
                .build();
    }
}
