package dev.ordinal.fit;

import dev.ordinal.judgment.PairwiseCounts;

/**
 * P(i preferred to j) = F(θᵢ − θⱼ) with ties either split as half a win each or dropped.
 * With the logistic F this is Bradley–Terry (1952) as the Chatbot Arena fits it; with the
 * normal F it is Thurstone–Mosteller (Thurstone 1927, Case V; Mosteller 1951).
 */
final class BinaryPairLikelihood extends PairLikelihood {
    private final BinaryLink link;
    private final boolean halfTies;

    BinaryPairLikelihood(PairwiseCounts counts, BinaryLink link, boolean halfTies) {
        super(counts, false);
        this.link = link;
        this.halfTies = halfTies;
    }

    @Override
    public double[] initialParameters() {
        return new double[parameterCount()];
    }

    @Override
    double local(double x, double e, double lowWins, double highWins, double ties, double[] d) {
        double a = lowWins + (halfTies ? ties / 2 : 0);
        double b = highWins + (halfTies ? ties / 2 : 0);
        if (d != null) {
            // log F(−x) has derivative −F'(−x)/F(−x) and second derivative d2LogCdf(−x).
            d[GX] = link.gradient(x, a, b);
            d[HXX] = a * link.d2LogCdf(x) + b * link.d2LogCdf(-x);
        }
        return (a == 0 ? 0 : a * link.logCdf(x)) + (b == 0 ? 0 : b * link.logCdf(-x));
    }

    @Override
    void localGradient(double x, double e, double lowWins, double highWins, double ties, double[] d) {
        double a = lowWins + (halfTies ? ties / 2 : 0);
        double b = highWins + (halfTies ? ties / 2 : 0);
        d[GX] = link.gradient(x, a, b);
    }

    @Override
    double expectedScoreOfDifference(double x, double e) {
        return link.cdf(x);
    }

    @Override
    boolean tiesInform() {
        return halfTies;
    }

    @Override
    Likelihood on(PairwiseCounts resampled) {
        return new BinaryPairLikelihood(resampled, link, halfTies);
    }
}
