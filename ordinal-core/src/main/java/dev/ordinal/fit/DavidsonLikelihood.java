package dev.ordinal.fit;

import dev.ordinal.judgment.PairwiseCounts;
import java.util.List;

/**
 * Bradley–Terry with Davidson's (1970) ties: with πᵢ = e^θᵢ and ν = e^λ,
 * P(i) = πᵢ/D, P(j) = πⱼ/D, P(tie) = ν√(πᵢπⱼ)/D, D = πᵢ + πⱼ + ν√(πᵢπⱼ).
 * Dividing by √(πᵢπⱼ) it is a softmax over (x/2, −x/2, λ) with x = θᵢ − θⱼ, so the
 * log-likelihood is concave in (θ, λ) (R. R. Davidson, JASA 65:317–328, 1970).
 */
final class DavidsonLikelihood extends PairLikelihood {

    DavidsonLikelihood(PairwiseCounts counts) {
        super(counts, true);
    }

    @Override
    public List<String> extraParameterNames() {
        return List.of("log_nu");
    }

    @Override
    public double[] initialParameters() {
        double[] start = new double[parameterCount()];
        // With equal strengths P(tie) = ν/(2 + ν); solve for the observed tie share.
        double tau = Math.min(Math.max(tieShare(), 1e-3), 1 - 1e-3);
        start[itemCount()] = Math.log(2 * tau / (1 - tau));
        return start;
    }

    @Override
    double local(double x, double e, double lowWins, double highWins, double ties, double[] d) {
        double max = Math.max(Math.abs(x) / 2, e);
        double wi = Math.exp(x / 2 - max);
        double wj = Math.exp(-x / 2 - max);
        double wt = Math.exp(e - max);
        double sum = wi + wj + wt;
        double qi = wi / sum;
        double qj = wj / sum;
        double qt = wt / sum;
        double n = lowWins + highWins + ties;
        if (d != null) {
            d[GX] = (lowWins - highWins) / 2 - n * (qi - qj) / 2;
            d[GE] = ties - n * qt;
            d[HXX] = -n / 4 * (qi * (1 - qi) + qj * (1 - qj) + 2 * qi * qj);
            d[HXE] = n / 2 * qt * (qi - qj);
            d[HEE] = -n * qt * (1 - qt);
        }
        double logSum = max + Math.log(sum);
        return lowWins * x / 2 - highWins * x / 2 + ties * e - n * logSum;
    }

    @Override
    double expectedScoreOfDifference(double x, double e) {
        double wi = Math.exp(x / 2);
        double wj = Math.exp(-x / 2);
        double wt = Math.exp(e);
        return (wi + wt / 2) / (wi + wj + wt);
    }

    @Override
    boolean tiesInform() {
        return true;
    }

    @Override
    Likelihood on(PairwiseCounts resampled) {
        return new DavidsonLikelihood(resampled);
    }
}
