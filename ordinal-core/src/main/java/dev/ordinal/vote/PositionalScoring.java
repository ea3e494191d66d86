package dev.ordinal.vote;

import dev.ordinal.error.InvalidParameterException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

/**
 * Positional scoring rules: a ballot gives the candidate in position i (0 = best) {@code s[i]}
 * points, for a non-increasing score vector s with one entry per candidate; candidates are ranked
 * by total points. Borda (s = m−1, …, 1, 0; Borda 1781, as in Young 1974), Dowdall (s = 1, 1/2,
 * 1/3, …; the Nauru variant, Reilly 2002), anti-plurality (s = 1, …, 1, 0) and any given vector
 * share this one implementation.
 *
 * <p>Ties inside a ballot: a group of k tied candidates occupies k positions and each of them gets
 * the average of those positions' points (for Borda: one point per candidate ranked below plus
 * half a point per candidate tied with). Truncated ballots: the candidates a ballot leaves
 * unranked occupy its last positions; with {@link Truncated#AVERAGE} (the default) they share the
 * average of those positions' points, exactly as a tied last group would, and with
 * {@link Truncated#ZERO} they get no points. (pref_voting scores truncated ballots differently: its
 * "symmetric" Borda gives "ranked below minus ranked above", which orders candidates as
 * {@code AVERAGE} does with other numbers, and its "domination" Borda counts only candidates
 * ranked strictly below, which agrees with {@code ZERO} only on ballots without ties.)
 *
 * <p>Cost: O(ballots × candidates).
 */
public final class PositionalScoring implements VotingRule {
    /** What a truncated ballot gives the candidates it leaves unranked. */
    public enum Truncated {
        /** The average of the points of the positions they occupy, as for a tied last group. */
        AVERAGE,
        /** No points. */
        ZERO
    }


    private final String name;
    private final String scoreName;
    private final IntFunction<double[]> vectorFor;
    private final int fixedLength;
    private final Truncated truncated;
    private final boolean bordaLike;

    private PositionalScoring(String name, String scoreName, IntFunction<double[]> vectorFor, int fixedLength,
            Truncated truncated, boolean bordaLike) {
        this.name = name;
        this.scoreName = scoreName;
        this.vectorFor = vectorFor;
        this.fixedLength = fixedLength;
        this.truncated = truncated;
        this.bordaLike = bordaLike;
    }

    /** Borda count: m−1 points for the first position, down to 0 for the last. */
    public static PositionalScoring borda(Truncated truncated) {
        return new PositionalScoring("borda", "Borda score", PositionalScoring::bordaVector, 0, truncated, true);
    }

    /** Dowdall (Nauru): 1, 1/2, 1/3, … points. */
    public static PositionalScoring dowdall(Truncated truncated) {
        return new PositionalScoring("dowdall", "Dowdall score", m -> {
            double[] vector = new double[m];
            for (int i = 0; i < m; i++) {
                vector[i] = 1.0 / (i + 1);
            }
            return vector;
        }, 0, truncated, false);
    }

    /** Anti-plurality (veto): one point for every position but the last. */
    public static PositionalScoring antiPlurality(Truncated truncated) {
        return new PositionalScoring("anti-plurality", "anti-plurality score", m -> {
            double[] vector = new double[m];
            Arrays.fill(vector, 0, Math.max(0, m - 1), 1.0);
            return vector;
        }, 0, truncated, false);
    }

    /** Positional scoring with no vector given: Borda's points, under the name {@code positional}. */
    public static PositionalScoring positional(Truncated truncated) {
        return new PositionalScoring("positional", "positional score", PositionalScoring::bordaVector, 0, truncated, true);
    }

    /**
     * The given points by position, best first: finite and non-increasing, one per candidate (the
     * length is checked when the rule is applied).
     */
    public static PositionalScoring positional(double[] scores, Truncated truncated) {
        if (scores.length == 0) {
            throw new InvalidParameterException("scores", "", "a list of at least one number");
        }
        for (int i = 0; i < scores.length; i++) {
            if (!Double.isFinite(scores[i])) {
                throw new InvalidParameterException("scores", Arrays.toString(scores), "finite numbers (position "
                        + (i + 1) + " has " + scores[i] + ")");
            }
            if (i > 0 && scores[i] > scores[i - 1]) {
                throw new InvalidParameterException("scores", Arrays.toString(scores), "numbers that do not increase "
                        + "from one position to the next (positions " + i + " and " + (i + 1) + " have "
                        + Explanation.number(scores[i - 1]) + " then " + Explanation.number(scores[i]) + ")");
            }
        }
        double[] copy = scores.clone();
        return new PositionalScoring("positional", "positional score", m -> copy.clone(), copy.length, truncated,
                equallySpaced(copy));
    }


    private static double[] bordaVector(int m) {
        double[] vector = new double[m];
        for (int i = 0; i < m; i++) {
            vector[i] = m - 1 - i;
        }
        return vector;
    }

    /** Strictly decreasing by a constant step: an affine image of Borda, which ranks as Borda does. */
    private static boolean equallySpaced(double[] vector) {
        if (vector.length < 2) {
            return false;
        }
        double step = Tallies.rounded(vector[0] - vector[1]);
        for (int i = 1; i + 1 < vector.length; i++) {
            if (Tallies.rounded(vector[i] - vector[i + 1]) != step) {
                return false;
            }
        }
        return step > 0;
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * Always a ranking. Majority when the two-candidate vector is strictly decreasing and
     * unranked candidates get its last entry (always under {@code AVERAGE}; under {@code ZERO}
     * only when that entry is 0). Never the Condorcet loser for Borda and its affine images under
     * {@code AVERAGE}: there a candidate's score is the sum over opponents of (W + margin) / 2, so
     * the Condorcet loser scores below the average.
     */
    @Override
    public Set<Trait> traits() {
        Set<Trait> traits = EnumSet.of(Trait.RANKING);
        if (fixedLength == 0 || fixedLength == 2) {
            double[] pair = vectorFor.apply(2);
            if (pair[0] > pair[1] && (truncated == Truncated.AVERAGE || pair[1] == 0)) {
                traits.add(Trait.MAJORITY);
            }
        }
        if (bordaLike && truncated == Truncated.AVERAGE) {
            traits.add(Trait.CONDORCET_LOSER);
        }
        return traits;
    }

    @Override
    public VoteResult apply(Ballots ballots) {
        int m = ballots.candidateCount();
        if (fixedLength != 0 && fixedLength != m) {
            throw new VoteException("scores lists " + fixedLength + " points but there are " + m + " candidates",
                    "set scores to one number per position");
        }
        double[] vector = vectorFor.apply(m);
        double[] prefix = new double[m + 1];
        for (int i = 0; i < m; i++) {
            prefix[i + 1] = prefix[i] + vector[i];
        }
        double[] points = new double[m];
        int[] sizes = new int[m + 1];
        int[] starts = new int[m + 1];
        for (int b = 0; b < ballots.size(); b++) {
            int ranked = ballots.groupCount(b);
            Arrays.fill(sizes, 0, ranked + 1, 0);
            for (int c = 0; c < m; c++) {
                sizes[ballots.level(b, c)]++;
            }
            for (int g = 1; g <= ranked; g++) {
                starts[g] = starts[g - 1] + sizes[g - 1];
            }
            double weight = ballots.weight(b);
            for (int c = 0; c < m; c++) {
                int level = ballots.level(b, c);
                if (level < ranked || truncated == Truncated.AVERAGE) {
                    points[c] += weight * (prefix[starts[level] + sizes[level]] - prefix[starts[level]]) / sizes[level];
                }
            }
        }
        for (int c = 0; c < m; c++) {
            points[c] = Tallies.rounded(points[c]);
        }
        Explanation.Builder explanation = Explanation.builder()
                .note("Points by position, best first: "
                        + Arrays.stream(vector).mapToObj(Explanation::number).collect(Collectors.joining(", ")) + ".");
        if (!ballots.strictAndComplete()) {
            explanation.note("A group of tied candidates shares the average of the points of the positions it"
                    + " occupies; candidates a ballot leaves unranked get "
                    + (truncated == Truncated.AVERAGE ? "the average of the points of the positions left." : "no points."));
        }
        return VoteResult.builder(name, ballots.candidates())
                .rankByScores(scoreName, points)
                .explain(explanation.scores("Points", scoreName, points, ballots.candidates()).build())
                .build();
    }
}
