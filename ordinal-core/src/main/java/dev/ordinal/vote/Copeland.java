package dev.ordinal.vote;

import dev.ordinal.error.Require;
import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Copeland's rule (A. H. Copeland, "A 'reasonable' social welfare function", seminar notes,
 * University of Michigan, 1951): a candidate scores one point for each candidate it beats by a
 * strict majority and {@code tie} points for each pairwise tie (margin exactly zero, including
 * pairs no ballot separates); candidates are ranked by score. {@code tie} = 1/2 is the usual
 * Copeland, {@code tie} = 1 is Ramon Llull's rule (the {@code llull} entry), {@code tie} = 0
 * counts wins only. The tie score is kept in [0, 1], where a Condorcet winner (m − 1 points) always
 * outscores everyone else (at most m − 2 + tie). O(m²) after the majority matrix.
 */
public final class Copeland implements VotingRule {
    private final String name;
    private final double tie;

    /** Copeland with the given score for a pairwise tie, between 0 and 1. */
    public Copeland(double tie) {
        this("copeland", tie);
    }

    private Copeland(String name, double tie) {
        Require.within("tie", tie, 0, 1);
        this.name = name;
        this.tie = tie;
    }

    /** Llull's rule: Copeland where a pairwise tie scores as much as a win. */
    public static Copeland llull() {
        return new Copeland("llull", 1);
    }

    public double tie() {
        return tie;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<Trait> traits() {
        return EnumSet.of(Trait.CONDORCET_WINNER, Trait.CONDORCET_LOSER, Trait.MAJORITY, Trait.RANKING);
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        MajorityMatrix matrix = ballots.majority();
        int m = matrix.size();
        double[] scores = new double[m];
        List<List<String>> rows = new ArrayList<>();
        Items candidates = ballots.candidates();
        for (int x = 0; x < m; x++) {
            int wins = 0;
            int ties = 0;
            for (int y = 0; y < m; y++) {
                if (x != y) {
                    double margin = matrix.margin(x, y);
                    wins += margin > 0 ? 1 : 0;
                    ties += margin == 0 ? 1 : 0;
                }
            }
            scores[x] = wins + tie * ties;
            rows.add(List.of(candidates.name(x), Integer.toString(wins), Integer.toString(ties),
                    Integer.toString(m - 1 - wins - ties), Explanation.number(scores[x])));
        }
        Explanation.Builder explanation = Explanation.builder()
                .note("Score = wins + " + Explanation.number(tie) + " × ties, over the pairwise majority contests.");
        PairwiseTables.margins(explanation, matrix, candidates);
        explanation.table("Pairwise record", List.of("candidate", "wins", "ties", "losses", "score"), rows);
        return VoteResult.builder(name, candidates)
                .rankByScores(name + " score", scores)
                .explain(explanation.build())
                .build();
    }
}
