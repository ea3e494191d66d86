package dev.ordinal.fit;

import dev.ordinal.judgment.PairwiseCounts;
import java.util.List;

/**
 * The likelihood of {@link LabelNoiseBradleyTerry}: with x = θ_low − θ_high and p = σ(x), the
 * low item is recorded as the winner with probability q = ε + (1 − 2ε) p and the high item with
 * r = 1 − q = ε + (1 − 2ε)(1 − p). When ε is estimated it is the one extra parameter,
 * feasible on [0, ½).
 */
final class FlippedLabelLikelihood extends PairLikelihood {
    /** Where Newton starts ε when it is estimated. */
    private static final double STARTING_RATE = 0.1;

    private final boolean halfTies;
    private final LabelNoise noise;

    FlippedLabelLikelihood(PairwiseCounts counts, boolean halfTies, LabelNoise noise) {
        super(counts, noise.rate().isEmpty());
        this.halfTies = halfTies;
        this.noise = noise;
    }

    private double rate(double e) {
        return noise.rate().orElse(e);
    }

    @Override
    public List<String> extraParameterNames() {
        return noise.rate().isPresent() ? List.of() : List.of("label-noise");
    }

    /**
     * Zero strengths when ε is known. When it is estimated, the strengths fitted with ε held at
     * 0.1, and ε = 0.1: at equal strengths every label is a coin flip whatever ε is, so the
     * likelihood is flat in ε there and Newton's first steps would have no curvature to follow.
     */
    @Override
    public double[] initialParameters() {
        double[] start = new double[parameterCount()];
        if (noise.rate().isEmpty()) {
            Likelihood heldRate = new FlippedLabelLikelihood(counts, halfTies, LabelNoise.known(STARTING_RATE));
            double[] strengths = MaximumLikelihood.fitFrom(heldRate, FitOptions.defaults(), heldRate.initialParameters())
                    .strengths();
            System.arraycopy(strengths, 0, start, 0, strengths.length);
            start[itemCount()] = STARTING_RATE;
        }
        return start;
    }

    @Override
    public boolean feasible(double[] parameters) {
        double e = extra(parameters);
        return noise.rate().isPresent() || (e >= 0 && e < 0.5);
    }

    @Override
    double local(double x, double e, double lowWins, double highWins, double ties, double[] d) {
        double a = lowWins + (halfTies ? ties / 2 : 0);
        double b = highWins + (halfTies ? ties / 2 : 0);
        double rate = rate(e);
        double p = Logistic.sigma(x);
        double slope = 1 - 2 * rate;
        double q = rate + slope * p;
        double r = rate + slope * (1 - p);
        if (d != null) {
            double density = p * (1 - p);
            // q and r as functions of (x, ε): first and second partial derivatives; r = 1 − q.
            double qx = slope * density;
            double qxx = slope * density * (1 - 2 * p);
            double qe = 1 - 2 * p;
            double qxe = -2 * density;
            double qa = qx / q;
            double rb = qx / r;
            d[GX] = a * qa - b * rb;
            d[HXX] = a * (qxx / q - qa * qa) + b * (-qxx / r - rb * rb);
            d[GE] = a * qe / q - b * qe / r;
            d[HXE] = a * (qxe / q - qx * qe / (q * q)) + b * (-qxe / r - qx * qe / (r * r));
            d[HEE] = -a * (qe / q) * (qe / q) - b * (qe / r) * (qe / r);
        }
        return (a == 0 ? 0 : a * Math.log(q)) + (b == 0 ? 0 : b * Math.log(r));
    }

    @Override
    double expectedScoreOfDifference(double x, double e) {
        return Logistic.sigma(x);
    }

    @Override
    boolean tiesInform() {
        return halfTies;
    }

    @Override
    Likelihood on(PairwiseCounts resampled) {
        return new FlippedLabelLikelihood(resampled, halfTies, noise);
    }
}
