package dev.ordinal.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.Identifiability;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.ThurstoneMosteller;
import dev.ordinal.fit.TieModel;
import dev.ordinal.leaderboard.Interval;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Scale;
import dev.ordinal.leaderboard.UncertaintyMethod;
import dev.ordinal.testing.Simulation;
import java.util.HashMap;
import java.util.Map;
import org.apache.commons.statistics.distribution.NormalDistribution;
import org.junit.jupiter.api.Test;

/**
 * Honest uncertainty: over many datasets drawn from the model, 95% intervals for each item's
 * centred strength θᵢ − mean(θ) contain the truth about 95% of the time. The datasets use fixed
 * seeds, so the test is deterministic; the tolerances are binomial. For Fisher and sandwich,
 * 200 datasets × 8 items = 1600 intervals per model: at a true rate of 0.95 the standard
 * deviation of the observed rate is √(0.95·0.05/1600) ≈ 0.0054, so [0.92, 0.975] is more than
 * 4.5 standard deviations either way, while intervals too narrow or too wide by 20% (true
 * coverage about 0.89 or 0.98) fall outside it.
 */
class IntervalCoverageTest {
    private static final double Z = NormalDistribution.of(0, 1).inverseCumulativeProbability(0.975);

    @Test
    void fisherAndSandwichIntervalsCoverAboutNinetyFivePercent() {
        for (StrengthModel model : Simulation.allModels()) {
            int fisherCovered = 0;
            int sandwichCovered = 0;
            int intervals = 0;
            int skipped = 0;
            for (int dataset = 0; dataset < 200; dataset++) {
                // Probit differences are about 1/1.7 of logit ones: a smaller spread keeps the
                // chance that some item wins or loses everything as small as for the logistic models.
                double spread = model instanceof ThurstoneMosteller ? 0.6 : 1.0;
                Simulation.Sample sample = Simulation.fromModel(model, 8, 600, spread, 10_000 + dataset);
                Likelihood likelihood = sample.likelihood();
                if (!Identifiability.hasFiniteEstimate(likelihood)) {
                    skipped++;
                    continue;
                }
                Fit fit = MaximumLikelihood.fit(likelihood, sample.items(), FitOptions.defaults());
                CovarianceMatrix fisher = Covariances.fisher(fit);
                CovarianceMatrix sandwich = Covariances.sandwich(fit);
                double[] estimate = fit.strengths();
                double[] truth = sample.centredTruth();
                for (int i = 0; i < truth.length; i++) {
                    double error = Math.abs(estimate[i] - truth[i]);
                    fisherCovered += error <= Z * Math.sqrt(fisher.get(i, i)) ? 1 : 0;
                    sandwichCovered += error <= Z * Math.sqrt(sandwich.get(i, i)) ? 1 : 0;
                    intervals++;
                }
            }
            String label = Simulation.label(model);
            assertThat(skipped).as(label).isLessThanOrEqualTo(4);
            assertThat((double) fisherCovered / intervals).as("Fisher coverage, " + label).isBetween(0.92, 0.975);
            assertThat((double) sandwichCovered / intervals).as("sandwich coverage, " + label).isBetween(0.92, 0.975);
        }
    }

    /**
     * Percentile bootstrap intervals from {@code Leaderboards.rank} on the logit scale (ratings
     * are centred log-strengths). Smaller: 50 datasets × 8 items = 400 intervals, 200 rounds
     * each; the binomial standard deviation is about 0.011 and 200 rounds add noise to each
     * interval's end points, so the band is [0.89, 0.99].
     */
    @Test
    void bootstrapIntervalsCoverAboutNinetyFivePercent() {
        for (StrengthModel model : new StrengthModel[] {new BradleyTerry(TieModel.HALF),
            new BradleyTerry(TieModel.DAVIDSON)}) {
            int covered = 0;
            int intervals = 0;
            for (int dataset = 0; dataset < 50; dataset++) {
                Simulation.Sample sample = Simulation.fromModel(model, 8, 600, 1.0, 20_000 + dataset);
                if (!Identifiability.hasFiniteEstimate(sample.likelihood())) {
                    continue;
                }
                Leaderboard board = sample.rank(LeaderboardRequest.defaults(model).withScale(Scale.logit())
                        .withMethod(UncertaintyMethod.BOOTSTRAP).withBootstrap(200, dataset, 2));
                Map<String, Interval> byName = new HashMap<>();
                board.items().forEach(entry -> byName.put(entry.name(), entry.ci().orElseThrow()));
                double[] truth = sample.centredTruth();
                for (int i = 0; i < truth.length; i++) {
                    Interval ci = byName.get(sample.items().name(i));
                    covered += ci.lower() <= truth[i] && truth[i] <= ci.upper() ? 1 : 0;
                    intervals++;
                }
            }
            assertThat(intervals).isGreaterThanOrEqualTo(380);
            assertThat((double) covered / intervals).as("bootstrap coverage, " + Simulation.label(model))
                    .isBetween(0.89, 0.99);
        }
    }
}
