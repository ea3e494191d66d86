package dev.ordinal.uncertainty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.Identifiability;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Leaderboards;
import dev.ordinal.leaderboard.UncertaintyMethod;
import dev.ordinal.testing.Simulation;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The bootstrap's reproducibility and its accounting of rounds without a finite estimate. */
class BootstrapTest {

    /** DESIGN.md: "same input and seed, same output, on any thread count" — bit for bit. */
    @Test
    void sameSeedGivesIdenticalResultsOnOneTwoAndFourThreads() {
        for (StrengthModel model : Simulation.allModels()) {
            Fit fit = Simulation.fromModel(model, 6, 400, 1.0, 3).fit(FitOptions.defaults());
            BootstrapSample one = new Bootstrap(64, 42, 1).run(fit, round -> { });
            BootstrapSample two = new Bootstrap(64, 42, 2).run(fit, round -> { });
            BootstrapSample four = new Bootstrap(64, 42, 4).run(fit, round -> { });
            assertThat(two.strengths()).as(Simulation.label(model)).isDeepEqualTo(one.strengths());
            assertThat(four.strengths()).as(Simulation.label(model)).isDeepEqualTo(one.strengths());
            assertThat(two.degenerate()).isEqualTo(one.degenerate());
            assertThat(four.degenerate()).isEqualTo(one.degenerate());
        }
    }

    @Test
    void differentSeedsGiveDifferentResamples() {
        for (StrengthModel model : Simulation.allModels()) {
            Fit fit = Simulation.fromModel(model, 6, 400, 1.0, 3).fit(FitOptions.defaults());
            BootstrapSample first = new Bootstrap(32, 1, 2).run(fit, round -> { });
            BootstrapSample second = new Bootstrap(32, 2, 2).run(fit, round -> { });
            for (int r = 0; r < 32; r++) {
                assertThat(second.strengths()[r]).as("%s round %d", Simulation.label(model), r)
                        .isNotEqualTo(first.strengths()[r]);
            }
            // And the rounds of one run differ from each other (each round has its own generator).
            assertThat(first.strengths()[0]).isNotEqualTo(first.strengths()[1]);
        }
    }

    @Test
    void progressHearsOfEveryRound() {
        Fit fit = Simulation.fromModel(new BradleyTerry(TieModel.HALF), 5, 300, 1.0, 4).fit(FitOptions.defaults());
        AtomicInteger calls = new AtomicInteger();
        AtomicInteger largest = new AtomicInteger();
        BootstrapSample sample = new Bootstrap(50, 9, 2).run(fit, done -> {
            calls.incrementAndGet();
            largest.accumulateAndGet(done, Math::max);
        });
        assertThat(calls.get()).isEqualTo(50);
        assertThat(largest.get()).isEqualTo(50);
        assertThat(sample.rounds()).isEqualTo(50);
        assertThat(sample.kept() + sample.degenerate()).isEqualTo(50);
    }

    @Test
    void rejectsNonsense() {
        assertThatThrownBy(() -> new Bootstrap(0, 1, 1))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("bootstrap"))
                .hasMessage("bootstrap must be a whole number of at least 1, got '0'");
        assertThatThrownBy(() -> new Bootstrap(10, 1, 0))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("threads"));
    }

    /** A three-item cycle, each pair judged once: a beat b, b beat c, c beat a. All equal, finite. */
    private static ComparisonTable cycle() {
        return ComparisonTable.builder().add("a", "b", Outcome.A, 1).add("b", "c", Outcome.A, 1)
                .add("c", "a", Outcome.A, 1).build();
    }

    /**
     * Resampling the cycle's three judgments keeps a finite MLE only when each of the three
     * results is drawn exactly once: probability 3!/3³ = 2/9. The other 7/9 of rounds must be
     * reported as degenerate — exactly those rounds, which the test finds independently by
     * replaying each round's resample and checking it for a finite estimate.
     */
    @Test
    void roundsWithoutAFiniteEstimateAreCountedNotAbsorbed() {
        ComparisonTable table = cycle();
        Likelihood likelihood = new BradleyTerry(TieModel.HALF).likelihood(table);
        Fit fit = MaximumLikelihood.fit(likelihood, table.items(), FitOptions.defaults());
        assertThat(fit.strengths()).containsOnly(0.0);
        int rounds = 900;
        BootstrapSample sample = new Bootstrap(rounds, 77, 2).run(fit, round -> { });

        Multinomial multinomial = new Multinomial(likelihood.cells(), likelihood.observations());
        int expectedDegenerate = 0;
        for (int r = 0; r < rounds; r++) {
            double[] cells = new double[likelihood.cells().length];
            multinomial.resample(Bootstrap.generator(77, r), cells);
            if (!Identifiability.hasFiniteEstimate(likelihood.withCells(cells))) {
                expectedDegenerate++;
            }
        }
        assertThat(sample.degenerate()).isEqualTo(expectedDegenerate);
        assertThat(sample.kept()).isEqualTo(rounds - expectedDegenerate);
        // 7/9 of 900 is 700, binomial standard deviation √(900·7/9·2/9) ≈ 12.5.
        assertThat(sample.degenerate()).isBetween(650, 750);
        // Every kept round is a resample with each result once: the data itself, all equal.
        for (double[] strengths : sample.strengths()) {
            assertThat(java.util.Arrays.stream(strengths).map(Math::abs).max().orElseThrow()).isLessThan(1e-9);
        }
    }

    @Test
    void leaderboardReportsDegenerateRoundsAndAPriorKeepsThemAll() {
        ComparisonTable table = cycle();
        LeaderboardRequest request = LeaderboardRequest.defaults(new BradleyTerry(TieModel.HALF))
                .withBootstrap(200, 5, 2);
        Leaderboard board = Leaderboards.rank(table, request);
        int degenerate = board.uncertainty().degenerateRounds();
        assertThat(degenerate).isPositive().isLessThan(200);
        assertThat(board.uncertainty().rounds()).isEqualTo(200);
        assertThat(board.warnings()).anyMatch(w -> w.startsWith(degenerate + " of 200 bootstrap rounds"));

        Leaderboard withPrior = Leaderboards.rank(table, request.withFit(FitOptions.defaults().withPrior(1)));
        assertThat(withPrior.uncertainty().degenerateRounds()).isZero();
        assertThat(withPrior.warnings()).isEmpty();
        assertThat(withPrior.uncertainty().method()).isEqualTo(UncertaintyMethod.BOOTSTRAP);
    }

    /**
     * When no round at all has a finite estimate there is nothing to build intervals from: the
     * leaderboard must refuse rather than report intervals. Two judgments, one each way: a
     * resample of two keeps both results with probability ½; the test searches for a seed whose
     * single round draws the same result twice.
     */
    @Test
    void noFiniteRoundAtAllIsAnError() {
        ComparisonTable table = ComparisonTable.builder().add("a", "b", Outcome.A, 1).add("b", "a", Outcome.A, 1)
                .build();
        Likelihood likelihood = new BradleyTerry(TieModel.DROP).likelihood(table);
        Multinomial multinomial = new Multinomial(likelihood.cells(), likelihood.observations());
        long seed = 0;
        while (true) {
            double[] cells = new double[likelihood.cells().length];
            multinomial.resample(Bootstrap.generator(seed, 0), cells);
            if (!Identifiability.hasFiniteEstimate(likelihood.withCells(cells))) {
                break;
            }
            seed++;
        }
        long degenerateSeed = seed;
        assertThatThrownBy(() -> Leaderboards.rank(table, LeaderboardRequest.defaults(new BradleyTerry(TieModel.DROP))
                .withBootstrap(1, degenerateSeed, 1))).isInstanceOf(DataException.class)
                .hasMessageContaining("set prior");
    }
}
