package dev.ordinal.audit;

import java.util.Arrays;
import java.util.Objects;

/**
 * A judge's probabilities over the grades of a rating scale for one item, e.g. the normalised
 * token probabilities of "1"…"10". Probabilities need not sum to one: they are normalised.
 *
 * @param source        the source
 * @param judge         the judge within the source
 * @param context       the prompt the item answered
 * @param item          the item rated
 * @param grades        the scale's grades, finite and strictly increasing
 * @param probabilities one weight per grade, non-negative, not all zero
 */
public record RatingDistribution(String source, String judge, String context, String item, double[] grades,
                                 double[] probabilities) {

    /** How a distribution becomes one score. */
    public enum Scoring {
        /** The most probable grade (the lowest of equally probable ones): what a sampled grade reports. */
        TOP_GRADE,
        /** The expected grade, Σ grade · probability: TrustJudge's distribution-sensitive score. */
        EXPECTED
    }

    public RatingDistribution {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(judge, "judge");
        Objects.requireNonNull(context, "context");
        Objects.requireNonNull(item, "item");
        grades = grades.clone();
        probabilities = probabilities.clone();
        if (grades.length == 0 || grades.length != probabilities.length) {
            throw new IllegalArgumentException("rating of '" + item + "': " + grades.length + " grades and "
                    + probabilities.length + " probabilities; expected one probability per grade, at least one grade");
        }
        double total = 0;
        for (int g = 0; g < grades.length; g++) {
            if (!Double.isFinite(grades[g]) || g > 0 && !(grades[g] > grades[g - 1])) {
                throw new IllegalArgumentException("rating of '" + item + "': grades must be finite and strictly "
                        + "increasing, got " + Arrays.toString(grades));
            }
            if (!(probabilities[g] >= 0) || Double.isInfinite(probabilities[g])) {
                throw new IllegalArgumentException("rating of '" + item + "': probability of grade " + grades[g]
                        + " must be finite and not negative, got " + probabilities[g]);
            }
            total += probabilities[g];
        }
        if (total == 0) {
            throw new IllegalArgumentException("rating of '" + item + "': all probabilities are zero");
        }
    }

    @Override
    public double[] grades() {
        return grades.clone();
    }

    @Override
    public double[] probabilities() {
        return probabilities.clone();
    }

    /** The expected grade under the normalised probabilities. */
    public double expectedGrade() {
        double weighted = 0;
        double total = 0;
        for (int g = 0; g < grades.length; g++) {
            weighted += grades[g] * probabilities[g];
            total += probabilities[g];
        }
        return weighted / total;
    }

    /** The most probable grade; the lowest among equally probable ones. */
    public double topGrade() {
        int top = 0;
        for (int g = 1; g < grades.length; g++) {
            if (probabilities[g] > probabilities[top]) {
                top = g;
            }
        }
        return grades[top];
    }

    /** This rating as a score, by {@code scoring}. */
    public ScoreLabel score(Scoring scoring) {
        double score = scoring == Scoring.EXPECTED ? expectedGrade() : topGrade();
        return new ScoreLabel(source, judge, context, item, score);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RatingDistribution that && source.equals(that.source) && judge.equals(that.judge)
                && context.equals(that.context) && item.equals(that.item) && Arrays.equals(grades, that.grades)
                && Arrays.equals(probabilities, that.probabilities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, judge, context, item, Arrays.hashCode(grades), Arrays.hashCode(probabilities));
    }

    @Override
    public String toString() {
        return "RatingDistribution[" + source + "/" + judge + ", " + context + ", " + item + ", grades="
                + Arrays.toString(grades) + ", probabilities=" + Arrays.toString(probabilities) + "]";
    }
}
