package dev.ordinal.store;

import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.RankBreaking;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * The vote on a battle: each shown side's rank, in side order (1 is best; equal ranks are ties),
 * and, for two sides only, whether the voter found both answers bad. A two-sided vote is one of
 * the four outcomes; a vote on K sides is an ordering with ties, which the log keeps as the
 * K(K−1)/2 pairwise judgments it implies ({@link RankBreaking}).
 */
public record BattleVote(int[] ranks, boolean bothBad) {

    public BattleVote {
        ranks = ranks.clone();
        if (ranks.length < 2) {
            throw new IllegalArgumentException("a vote ranks at least two sides, got " + ranks.length);
        }
        for (int rank : ranks) {
            if (rank < 1 || rank > ranks.length) {
                throw new IllegalArgumentException("ranks must be 1 to " + ranks.length + ", got " + Arrays.toString(ranks));
            }
        }
        if (bothBad && (ranks.length != 2 || ranks[0] != ranks[1])) {
            throw new IllegalArgumentException("'both bad' is a tie of a two-sided battle");
        }
    }

    /** The vote a two-sided battle's outcome stands for. */
    public static BattleVote of(Outcome outcome) {
        return switch (outcome) {
            case A -> new BattleVote(new int[] {1, 2}, false);
            case B -> new BattleVote(new int[] {2, 1}, false);
            case TIE -> new BattleVote(new int[] {1, 1}, false);
            case BOTH_BAD -> new BattleVote(new int[] {1, 1}, true);
        };
    }

    /**
     * A vote from tied groups of side positions, best group first: {@code [[2], [0, 1], [3]]}
     * ranks side C first, A and B tied second, D last. Every position {@code 0..sides-1} must
     * appear exactly once.
     */
    public static BattleVote ofGroups(List<List<Integer>> groups, int sides) {
        int[] ranks = new int[sides];
        int rank = 1;
        for (List<Integer> group : groups) {
            if (group.isEmpty()) {
                throw new IllegalArgumentException("a ranking group is empty");
            }
            for (int position : group) {
                if (position < 0 || position >= sides) {
                    throw new IllegalArgumentException("side " + position + " is not one of the " + sides + " sides");
                }
                if (ranks[position] != 0) {
                    throw new IllegalArgumentException("side " + Battle.side(position) + " is ranked twice");
                }
                ranks[position] = rank;
            }
            rank += group.size();
        }
        for (int position = 0; position < sides; position++) {
            if (ranks[position] == 0) {
                throw new IllegalArgumentException("side " + Battle.side(position) + " is not ranked; rank all "
                        + sides + " sides");
            }
        }
        return new BattleVote(ranks, false);
    }

    @Override
    public int[] ranks() {
        return ranks.clone();
    }

    public int sides() {
        return ranks.length;
    }

    /** The outcome between sides {@code i} (as A) and {@code j} (as B). */
    public Outcome between(int i, int j) {
        return asVoted(RankBreaking.outcome(ranks[i], ranks[j]));
    }

    /** A pair's outcome as this vote reports it: a tie of a both-bad vote is {@link Outcome#BOTH_BAD}. */
    Outcome asVoted(Outcome pair) {
        return bothBad && pair == Outcome.TIE ? Outcome.BOTH_BAD : pair;
    }

    /** Side positions in tied groups, best first (the form {@code ArenaState.record} takes). */
    public int[][] groups() {
        return Arrays.stream(ranks).distinct().sorted()
                .mapToObj(rank -> IntStream.range(0, ranks.length).filter(i -> ranks[i] == rank).toArray())
                .toArray(int[][]::new);
    }

    /** The stored form: ranks separated by commas, e.g. {@code 2,1,3,3}. */
    String code() {
        return Arrays.stream(ranks).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }

    static BattleVote parse(String code) {
        return new BattleVote(Arrays.stream(code.split(",")).mapToInt(Integer::parseInt).toArray(), false);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof BattleVote vote && Arrays.equals(ranks, vote.ranks) && bothBad == vote.bothBad;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(ranks) + Boolean.hashCode(bothBad);
    }

    @Override
    public String toString() {
        return (bothBad ? "both bad " : "") + "ranks " + code();
    }
}
