package dev.ordinal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.SyntheticBattles;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

/** The replay scores, checked on predictors whose scores are known in closed form. */
class EvaluationTest {

    /** Predicts the same expected score for side 0 in every game and learns nothing. */
    record Constant(double p) implements RatingSystem {
        @Override
        public String name() {
            return "constant";
        }

        @Override
        public void update(Match match) {
        }

        @Override
        public Rating rating(String player) {
            return new Rating(0, 0, OptionalDouble.empty(), 0);
        }

        @Override
        public List<String> players() {
            return List.of();
        }

        @Override
        public int games(String player) {
            return 0;
        }

        @Override
        public double[] predict(List<String> team0, List<String> team1) {
            return new double[] {p, 0, 1 - p};
        }

        @Override
        public double matchQuality(List<List<String>> teams) {
            return 1;
        }
    }

    static List<Match> games(double... outcomes) {
        List<Match> matches = new ArrayList<>();
        for (int k = 0; k < outcomes.length; k++) {
            matches.add(Match.duel("g" + k, Optional.empty(), "a", "b", outcomes[k]));
        }
        return matches;
    }

    @Test
    void coinFlipScoresLogTwoAndAQuarter() {
        Evaluation.Result result = Evaluation.run(new Constant(0.5), games(1, 0, 1, 0.5));
        assertThat(result.scored()).isEqualTo(4);
        assertThat(result.decisive()).isEqualTo(3);
        assertThat(result.accuracy()).isEqualTo(0.5);
        assertThat(result.logLoss()).isCloseTo(Math.log(2), within(1e-12));
        assertThat(result.brier()).isCloseTo((0.25 * 3 + 0) / 4, within(1e-12));
        assertThat(result.calibration().get(5).count()).isEqualTo(4);
        assertThat(result.calibration().get(5).meanObserved()).isCloseTo(2.5 / 4, within(1e-12));
    }

    @Test
    void confidentPredictorIsRewardedWhenRightAndPunishedWhenWrong() {
        Evaluation.Result right = Evaluation.run(new Constant(0.8), games(1, 1, 1, 1));
        assertThat(right.accuracy()).isEqualTo(1);
        assertThat(right.logLoss()).isCloseTo(-Math.log(0.8), within(1e-12));
        assertThat(right.brier()).isCloseTo(0.04, within(1e-12));
        assertThat(right.calibration().get(8).count()).isEqualTo(4);
        Evaluation.Result wrong = Evaluation.run(new Constant(0.8), games(0, 0));
        assertThat(wrong.accuracy()).isZero();
        assertThat(wrong.logLoss()).isCloseTo(-Math.log(0.2), within(1e-12));
    }

    @Test
    void freeForAllGamesUpdateButAreNotScored() {
        Match threeWay = new Match("ffa", Optional.empty(), List.of(List.of("a"), List.of("b"), List.of("c")),
                List.of(1, 2, 3), Optional.empty());
        Evaluation.Result result = Evaluation.run(new BatchBradleyTerry(2), List.of(threeWay));
        assertThat(result.games()).isEqualTo(1);
        assertThat(result.scored()).isZero();
    }

    /** The batch baseline learns: on synthetic Bradley–Terry duels it beats a coin flip. */
    @Test
    void batchBradleyTerryLearnsFromThePast() {
        SyntheticBattles synthetic = new SyntheticBattles(10, 3000, 0.0, 1.0, 5);
        List<Match> matches = new ArrayList<>();
        synthetic.generate((a, b, outcome) -> matches.add(Match.duel("g" + matches.size(), Optional.empty(),
                synthetic.name(a), synthetic.name(b), outcome == Outcome.A ? 1 : outcome == Outcome.B ? 0 : 0.5)));
        BatchBradleyTerry baseline = new BatchBradleyTerry(2);
        Evaluation.Result result = Evaluation.run(baseline, matches);
        assertThat(result.accuracy()).isGreaterThan(0.6);
        assertThat(result.logLoss()).isLessThan(Math.log(2) - 0.05);
        // The fitted ratings order the players as the true strengths do, at least roughly.
        double[] truth = synthetic.strengths();
        int best = 0;
        for (int i = 1; i < truth.length; i++) {
            if (truth[i] > truth[best]) {
                best = i;
            }
        }
        String top = baseline.players().stream()
                .max((x, y) -> Double.compare(baseline.rating(x).mean(), baseline.rating(y).mean())).orElseThrow();
        assertThat(baseline.rating(synthetic.name(best)).mean()).isGreaterThan(baseline.rating(top).mean() - 60);
        assertThat(baseline.games(synthetic.name(0))).isPositive();
    }
}
