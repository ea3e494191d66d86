package dev.ordinal.vote;

import dev.ordinal.judgment.Items;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * What a rule decided: the winners (several when the rule ties, or a committee), the ranking in
 * tied groups best first where the rule defines one, the lottery where the rule gives one, the
 * per-candidate scores the rule computed (Borda points, Copeland scores...), and the explanation.
 * Candidate indices refer to {@link #candidates()}.
 */
public final class VoteResult {
    private final String rule;
    private final Items candidates;
    private final int seats;
    private final int[] winners;
    private final List<int[]> ranking;
    private final double[] lottery;
    private final String scoreName;
    private final double[] scores;
    private final Explanation explanation;

    private VoteResult(Builder builder) {
        this.rule = builder.rule;
        this.candidates = builder.candidates;
        this.seats = builder.seats;
        this.ranking = builder.ranking == null ? null : builder.ranking.stream().map(int[]::clone).toList();
        int[] chosen = builder.winners != null ? builder.winners
                : ranking != null && !ranking.isEmpty() ? ranking.get(0) : new int[0];
        this.winners = chosen.clone();
        Arrays.sort(this.winners);
        this.lottery = builder.lottery == null ? null : builder.lottery.clone();
        this.scoreName = builder.scoreName;
        this.scores = builder.scores == null ? null : builder.scores.clone();
        this.explanation = builder.explanation.build();
    }

    /** A builder for a result of {@code rule} over {@code candidates}. */
    public static Builder builder(String rule, Items candidates) {
        return new Builder(rule, candidates);
    }

    public String rule() {
        return rule;
    }

    public Items candidates() {
        return candidates;
    }

    /** How many winners the rule was asked for (1 for single-winner rules). */
    public int seats() {
        return seats;
    }

    /** The winners' indices, ascending; more than {@link #seats()} when the rule ties. */
    public int[] winners() {
        return winners.clone();
    }

    public List<String> winnerNames() {
        return Arrays.stream(winners).mapToObj(candidates::name).toList();
    }

    /** The ranking in tied groups, best first (each group ascending), where the rule defines one. */
    public Optional<List<int[]>> ranking() {
        return Optional.ofNullable(ranking).map(groups -> groups.stream().map(int[]::clone).toList());
    }

    /** Each candidate's probability, where the rule gives a lottery. */
    public Optional<double[]> lottery() {
        return Optional.ofNullable(lottery).map(double[]::clone);
    }

    /** What the scores are (e.g. "Borda score"), where the rule computed per-candidate scores. */
    public Optional<String> scoreName() {
        return Optional.ofNullable(scoreName);
    }

    public Optional<double[]> scores() {
        return Optional.ofNullable(scores).map(double[]::clone);
    }

    public Explanation explanation() {
        return explanation;
    }

    /**
     * This result with its ties broken by {@code tieBreak}: every tied ranking group is ordered by
     * the tie-break's priority, and the winners are cut to {@link #seats()} by the same priority
     * (after the ranking, where there is one). A result without ties comes back unchanged.
     */
    public VoteResult breakTies(TieBreak tieBreak) {
        boolean tiedRanking = ranking != null && ranking.stream().anyMatch(group -> group.length > 1);
        if (winners.length <= seats && !tiedRanking) {
            return this;
        }
        int[] priority = tieBreak.priority(candidates.size());
        Comparator<Integer> byPriority = Comparator.comparingInt(c -> priority[c]);
        Builder builder = new Builder(rule, candidates).seats(seats);
        builder.explain(explanation);
        List<int[]> broken = null;
        if (ranking != null) {
            broken = new ArrayList<>();
            for (int[] group : ranking) {
                for (int c : Arrays.stream(group).boxed().sorted(byPriority).mapToInt(Integer::intValue).toArray()) {
                    broken.add(new int[] {c});
                }
            }
            builder.ranking(broken);
        }
        List<Integer> order = new ArrayList<>();
        if (broken != null) {
            for (int[] group : broken) {
                if (Arrays.stream(winners).anyMatch(w -> w == group[0])) {
                    order.add(group[0]);
                }
            }
        } else {
            Arrays.stream(winners).boxed().sorted(byPriority).forEach(order::add);
        }
        int[] kept = order.stream().limit(seats).mapToInt(Integer::intValue).toArray();
        builder.winners(kept);
        if (lottery != null) {
            builder.lottery(lottery);
        }
        if (scores != null) {
            builder.scores(scoreName, scores);
        }
        builder.note("Ties broken by " + tieBreak + ".");
        return builder.build();
    }

    /** Assembles a {@link VoteResult}. */
    public static final class Builder {
        private final String rule;
        private final Items candidates;
        private int seats = 1;
        private int[] winners;
        private List<int[]> ranking;
        private double[] lottery;
        private String scoreName;
        private double[] scores;
        private final Explanation.Builder explanation = Explanation.builder();

        private Builder(String rule, Items candidates) {
            this.rule = rule;
            this.candidates = candidates;
        }

        public Builder seats(int seats) {
            this.seats = seats;
            return this;
        }

        /** The winners; when not set, the first group of the ranking wins. */
        public Builder winners(int... winners) {
            this.winners = winners.clone();
            return this;
        }

        /** The ranking in tied groups, best first. */
        public Builder ranking(List<int[]> groups) {
            this.ranking = List.copyOf(groups);
            return this;
        }

        /** Per-candidate scores; does not set the ranking (see {@link #rankByScores}). */
        public Builder scores(String name, double[] values) {
            this.scoreName = name;
            this.scores = values.clone();
            return this;
        }

        /**
         * Per-candidate scores, and the ranking by them (higher first; exactly equal scores tie).
         * Computations that may differ only by rounding should round first.
         */
        public Builder rankByScores(String name, double[] values) {
            scores(name, values);
            return ranking(groupsByScore(values));
        }

        public Builder lottery(double[] probabilities) {
            this.lottery = probabilities.clone();
            return this;
        }

        public Builder note(String text) {
            explanation.note(text);
            return this;
        }

        /** Appends the parts of an explanation built elsewhere. */
        public Builder explain(Explanation parts) {
            explanation.append(parts);
            return this;
        }

        public Builder table(String title, List<String> columns, List<List<String>> rows) {
            explanation.table(title, columns, rows);
            return this;
        }

        public VoteResult build() {
            return new VoteResult(this);
        }
    }

    /**
     * Candidates grouped by score, highest first; exactly equal scores share a group; candidates
     * whose score is {@code NaN} are left out.
     */
    public static List<int[]> groupsByScore(double[] scores) {
        Integer[] order = IntStream.range(0, scores.length).filter(c -> !Double.isNaN(scores[c]))
                .boxed().toArray(Integer[]::new);
        Arrays.sort(order, (x, y) -> Double.compare(scores[y], scores[x]));
        List<int[]> groups = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= order.length; i++) {
            if (i == order.length || scores[order[i]] != scores[order[start]]) {
                int[] group = new int[i - start];
                for (int k = start; k < i; k++) {
                    group[k - start] = order[k];
                }
                Arrays.sort(group);
                groups.add(group);
                start = i;
            }
        }
        return groups;
    }
}
