package dev.ordinal.select;

import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;

/**
 * The simulated truth: item log-strengths θᵢ ~ N(0, σ²), centred to mean zero (Bradley–Terry),
 * plus an optional intransitive part: a skew-symmetric matrix ι·Z, Zᵢⱼ = −Zⱼᵢ ~ N(0, 1), added to
 * every pairwise logit, so that the log-odds of i over j are θᵢ − θⱼ + ι·Zᵢⱼ. With ι &gt; 0 the
 * preferences can cycle; θ stays the "true ranking" the metrics compare with.
 */
final class GroundTruth {
    private final int n;
    private final double[] strengths;
    private final double[] skew;

    private GroundTruth(double[] strengths, double[] skew) {
        this.n = strengths.length;
        this.strengths = strengths;
        this.skew = skew;
    }

    static GroundTruth draw(int items, double spread, double intransitive, UniformRandomProvider random) {
        ZigguratSampler.NormalizedGaussian gaussian = ZigguratSampler.NormalizedGaussian.of(random);
        double[] strengths = new double[items];
        for (int i = 0; i < items; i++) {
            strengths[i] = spread * gaussian.sample();
        }
        MaximumLikelihood.centre(strengths, items);
        double[] skew = new double[items * items];
        if (intransitive > 0) {
            for (int i = 0; i < items; i++) {
                for (int j = i + 1; j < items; j++) {
                    double z = intransitive * gaussian.sample();
                    skew[i * items + j] = z;
                    skew[j * items + i] = -z;
                }
            }
        }
        return new GroundTruth(strengths, skew);
    }

    int itemCount() {
        return n;
    }

    /** θ, centred (a copy). */
    double[] strengths() {
        return strengths.clone();
    }

    double strength(int i) {
        return strengths[i];
    }

    /** ι·Zᵢⱼ. */
    double skew(int i, int j) {
        return skew[i * n + j];
    }

    /** Log-odds of i over j. */
    double logit(int i, int j) {
        return strengths[i] - strengths[j] + skew[i * n + j];
    }

    /**
     * What a Bradley–Terry fit (ties as half a win) of these voters converges to when every pair
     * is compared equally often: the fit to the exact expected scores of all pairs, each pair
     * weighted 1000 (a prior of σ = 100 keeps it finite when a score is exactly 0 or 1). This is
     * θ itself for noiseless Bradley–Terry voters without ties; with ties, careless or
     * adversarial voters or intransitivity it is the uniform-design projection — the target
     * inverse-propensity weighting recovers under any strategy (for K &gt; 2 the pairwise voter
     * model stands in for the K-wise one; exact without ties and intransitivity).
     */
    double[] uniformDesignTarget(SimulatedVoters voters) {
        ComparisonTable.Builder table = ComparisonTable.builder();
        for (int i = 0; i < n; i++) {
            table.item(Integer.toString(i));
        }
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                double score = voters.expectedScore(i, j);
                if (score > 0) {
                    table.add(i, j, Outcome.A, 1000 * score);
                }
                if (score < 1) {
                    table.add(i, j, Outcome.B, 1000 * (1 - score));
                }
            }
        }
        var likelihood = new BradleyTerry(TieModel.HALF).likelihood(table.build());
        return MaximumLikelihood.fitFrom(likelihood, FitOptions.defaults().withPrior(100), strengths).strengths();
    }
}
