package dev.ordinal.fit;

import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.RankingProfile;
import java.util.List;

/**
 * Bradley–Terry fitted to labels of which a share ε was flipped at random: the recorded winner
 * of a pair is the true winner with probability 1 − ε, so
 * P(i recorded as preferred to j) = (1 − ε) σ(θᵢ − θⱼ) + ε σ(θⱼ − θᵢ), σ the logistic function.
 * This is the label-noise model of S. R. Chowdhury, A. Kini and N. Natarajan, "Provably Robust
 * DPO: Aligning Language Models with Noisy Feedback", ICML 2024, Section 3.
 *
 * <p>We maximise this mixture's likelihood, not the paper's unbiased loss
 * [(1 − ε) ℓ(θᵢ − θⱼ) − ε ℓ(θⱼ − θᵢ)] / (1 − 2ε). Summed over a pair's labels that loss is plain
 * Bradley–Terry on de-biased counts wᵢ' = [(1 − ε) wᵢ − ε wⱼ] / (1 − 2ε), which turn negative
 * whenever a pair's observed split is more even than ε allows; a negative count makes the
 * objective unbounded, so Newton's method (or any optimiser) on aggregated cells can diverge.
 * The loss is also not a likelihood, so Fisher intervals and the bootstrap's meaning would not
 * carry over. The mixture likelihood is bounded, its maximiser is consistent for the same
 * strengths, ε can be estimated by maximum likelihood alongside them, and every interval method
 * applies unchanged. Its log is concave near θᵢ = θⱼ but not far out (a flipped label caps how
 * much a mismatch can cost), which the damped Newton iteration of {@link MaximumLikelihood}
 * handles.
 *
 * <p>Ties are halved or dropped ({@link TieModel#HALF}, {@link TieModel#DROP}); the flip model
 * says nothing about ties. Expected scores are those of clean labels, σ(θᵢ − θⱼ).
 * Cost of one likelihood evaluation: O(distinct pairs).
 */
public final class LabelNoiseBradleyTerry implements StrengthModel {
    private final TieModel ties;
    private final LabelNoise noise;

    /**
     * @throws UnsupportedCombinationException for a tie model other than half or drop
     */
    public LabelNoiseBradleyTerry(TieModel ties, LabelNoise noise) {
        if (ties != TieModel.HALF && ties != TieModel.DROP) {
            throw new UnsupportedCombinationException(List.of("label-noise", "ties"), "the label-noise fit reads "
                    + "ties as half a win or drops them: set ties to half or drop, got ties '" + ties.label() + "'");
        }
        this.ties = ties;
        this.noise = noise;
    }

    public LabelNoise noise() {
        return noise;
    }

    @Override
    public String name() {
        return "bradley-terry with label noise " + noise.label();
    }

    @Override
    public TieModel ties() {
        return ties;
    }

    @Override
    public double eloPointsPerUnit() {
        return 400 / Math.log(10);
    }

    @Override
    public Likelihood likelihood(ComparisonTable table) {
        return new FlippedLabelLikelihood(table.pairwiseCounts(), ties == TieModel.HALF, noise);
    }

    @Override
    public Likelihood likelihood(RankingProfile profile) {
        return likelihood(profile.toComparisonTable());
    }
}
