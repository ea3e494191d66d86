package dev.ordinal.fit;

import dev.ordinal.judgment.PairwiseCounts;
import java.util.List;

/**
 * Bradley–Terry with Rao &amp; Kupper's (1967) threshold ties: with πᵢ = e^θᵢ and θ = e^η &gt; 1,
 * P(i) = πᵢ/(πᵢ + θπⱼ), P(tie) = (θ² − 1)πᵢπⱼ / ((πᵢ + θπⱼ)(θπᵢ + πⱼ)).
 * In x = θᵢ − θⱼ: log P(i) = −softplus(η − x), log P(j) = −softplus(η + x),
 * log P(tie) = log(e^{2η} − 1) − softplus(η − x) − softplus(η + x); each term is concave
 * (P. V. Rao and L. L. Kupper, JASA 62:194–204, 1967).
 */
final class RaoKupperLikelihood extends PairLikelihood {

    RaoKupperLikelihood(PairwiseCounts counts) {
        super(counts, true);
    }

    @Override
    public List<String> extraParameterNames() {
        return List.of("log_theta");
    }

    @Override
    public double[] initialParameters() {
        double[] start = new double[parameterCount()];
        // With equal strengths P(tie) = (θ − 1)/(θ + 1); solve for the observed tie share.
        double tau = Math.min(Math.max(tieShare(), 1e-3), 1 - 1e-3);
        start[itemCount()] = Math.log((1 + tau) / (1 - tau));
        return start;
    }

    @Override
    public boolean feasible(double[] parameters) {
        return extra(parameters) > 0;
    }

    /** log(e^{2η} − 1) and its first two derivatives, for η &gt; 0. */
    private static double logThresholdTerm(double eta, double[] derivatives) {
        double expm1 = Math.expm1(2 * eta);
        if (derivatives != null) {
            double ratio = (expm1 + 1) / expm1;
            derivatives[0] = 2 * ratio;
            derivatives[1] = -4 * ratio / expm1;
        }
        return Math.log(expm1);
    }

    @Override
    double local(double x, double e, double lowWins, double highWins, double ties, double[] d) {
        double a = lowWins + ties;
        double b = highWins + ties;
        double[] threshold = d == null ? null : new double[2];
        double loglik = -a * softplus(e - x) - b * softplus(e + x)
                + (ties == 0 ? 0 : ties * logThresholdTerm(e, threshold));
        if (d != null) {
            double s1 = Logistic.sigma(e - x);
            double s2 = Logistic.sigma(e + x);
            double v1 = s1 * (1 - s1);
            double v2 = s2 * (1 - s2);
            d[GX] = a * s1 - b * s2;
            d[GE] = -a * s1 - b * s2 + (ties == 0 ? 0 : ties * threshold[0]);
            d[HXX] = -a * v1 - b * v2;
            d[HXE] = a * v1 - b * v2;
            d[HEE] = -a * v1 - b * v2 + (ties == 0 ? 0 : ties * threshold[1]);
        }
        return loglik;
    }

    @Override
    double expectedScoreOfDifference(double x, double e) {
        double win = Math.exp(-softplus(e - x));
        double loss = Math.exp(-softplus(e + x));
        return win + (1 - win - loss) / 2;
    }

    @Override
    boolean tiesInform() {
        return true;
    }

    @Override
    Likelihood on(PairwiseCounts resampled) {
        return new RaoKupperLikelihood(resampled);
    }
}
