package dev.ordinal.select;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SimulationTest {
    private static final List<String> NONE = List.of();

    private static SimulationReport run(SimulationConfig config, List<String> names) {
        return new Simulation(config, TestStrategies.registry(0.5)).run(names, votes -> { });
    }

    @Test
    void sameSeedsGiveTheSameReportOnAnyThreadCount() {
        SimulationConfig config = SimulationConfig.of(6, 2, 300, 3).withVoters(0.2, 0.1, 0.05, 0.5)
                .withReporting(8, 2, 1);
        SimulationReport one = run(config, List.of("uniform", "extremes"));
        SimulationReport two = run(config.withReporting(8, 2, 2), List.of("uniform", "extremes"));
        assertThat(two.results()).isEqualTo(one.results());
        assertThat(run(config.withSeed(2), List.of("uniform", "extremes")).results()).isNotEqualTo(one.results());
    }

    @Test
    void everyContenderSeesTheSameTruthAndVoters() {
        SimulationConfig config = SimulationConfig.of(6, 2, 300, 2).withReporting(5, 2, 1);
        SimulationReport alone = run(config, List.of("uniform"));
        SimulationReport withOther = run(config, List.of("extremes", "uniform"));
        assertThat(withOther.results().get(0)).isEqualTo(alone.results().get(0));
        assertThat(withOther.results().get(2).curve()).isEqualTo(alone.results().get(1).curve());
        assertThat(alone.results().get(0).name()).isEqualTo(Simulation.BASELINE);
        assertThat(alone.results().get(0).estimator()).isEqualTo("elo");
    }

    @Test
    void curvesAreTakenAtTheCheckpointsAndImproveWithVotes() {
        SimulationConfig config = SimulationConfig.of(10, 2, 4000, 4).withReporting(12, 3, 2);
        SimulationReport report = run(config, List.of("uniform"));
        StrategyResult uniform = report.results().get(1);
        assertThat(uniform.curve()).extracting(CheckpointStats::votes)
                .containsExactly(java.util.Arrays.stream(config.checkpointVotes()).boxed().toArray(Long[]::new));
        CheckpointStats first = uniform.curve().get(0);
        CheckpointStats last = uniform.last();
        assertThat(last.tau()).isGreaterThan(first.tau()).isGreaterThan(0.85);
        assertThat(last.intervalWidth()).isLessThan(first.intervalWidth());
        assertThat(last.topT()).isBetween(0.0, 1.0);
        // Fisher intervals of a correctly specified model: near 95% coverage.
        assertThat(last.coverage()).isBetween(0.85, 1.0);
        assertThat(report.results().get(0).last().intervalWidth()).isNaN();
    }

    @Test
    void uniformDesignMakesWeightedAndUnweightedFitsAgree() {
        SimulationConfig config = SimulationConfig.of(8, 2, 600, 3).withVoters(0.3, 0.2, 0, 1).withReporting(6, 2, 1);
        for (CheckpointStats stats : run(config, List.of("uniform")).results().get(1).curve()) {
            assertThat(stats.ipwBias()).isCloseTo(stats.bias(), within(1e-9));
        }
    }

    /**
     * With careless voters Bradley–Terry is misspecified, and a strategy that keeps pairing the
     * leader with the last item (a far pair whose win rate careless votes cap) makes the plain
     * fit underrate the best item; weighting by 1 / propensity brings the error back to what
     * uniform sampling would give. Tolerances are the simulation's own standard errors over seeds.
     */
    @Test
    void inversePropensityWeightingRemovesTheSelectionBias() {
        SimulationConfig config = SimulationConfig.of(8, 2, 3000, 40).withVoters(0, 0.3, 0, 0)
                .withFitting(20, 1.0, 4).withReporting(2, 1, 2);
        CheckpointStats last = run(config, List.of("extremes")).results().get(1).last();
        assertThat(last.bias()).isLessThan(-5 * last.biasSe());
        assertThat(Math.abs(last.ipwBias())).isLessThan(3 * last.ipwBiasSe());
    }

    @Test
    void votesToReachNeedsTheMeanToStayAboveTheTarget() {
        long[] votes = {10, 20, 40, 80, 160};
        assertThat(SimulationReport.votesToReach(votes, new double[] {0.5, 0.91, 0.85, 0.9, 0.95}, 0.9))
                .isEqualTo(OptionalLong.of(80));
        assertThat(SimulationReport.votesToReach(votes, new double[] {0.95, 0.95, 0.95, 0.95, 0.95}, 0.9))
                .isEqualTo(OptionalLong.of(10));
        assertThat(SimulationReport.votesToReach(votes, new double[] {0.5, 0.95, 0.95, 0.95, 0.89}, 0.9)).isEmpty();
        assertThatThrownBy(() -> SimulationReport.votesToReach(votes, new double[] {1}, 0.9))
                .hasMessageContaining("5 checkpoints and 1 values");
    }

    @Test
    void speedupIsTheBaselinesVotesOverTheContendersOrALowerBound() {
        SimulationConfig config = SimulationConfig.of(6, 2, 3000, 4).withReporting(25, 2, 2);
        SimulationReport report = run(config, List.of("uniform"));
        StrategyResult baseline = report.results().get(0);
        StrategyResult uniform = report.results().get(1);
        assertThat(uniform.votesToTarget()).isPresent();
        double reference = baseline.votesToTarget().isPresent() ? baseline.votesToTarget().getAsLong() : 3000;
        assertThat(uniform.speedup().getAsDouble())
                .isCloseTo(reference / uniform.votesToTarget().getAsLong(), within(1e-12));
        assertThat(uniform.speedupIsLowerBound()).isEqualTo(baseline.votesToTarget().isEmpty());
    }

    @Test
    void checkpointsAreGeometricAndEndAtTheBudget() {
        assertThat(SimulationConfig.of(10, 2, 1000, 1).withReporting(3, 2, 1).checkpointVotes())
                .containsExactly(10, 100, 1000);
        assertThat(SimulationConfig.of(10, 2, 5, 1).withReporting(4, 2, 1).checkpointVotes()).containsExactly(5);
    }

    @Test
    void invalidBattlesAndConfigsAreRejected() {
        SimulationConfig config = SimulationConfig.of(5, 2, 10, 1);
        MatchmakingStrategy twice = new MatchmakingStrategy() {
            @Override
            public String name() {
                return "twice";
            }

            @Override
            public Battle propose(ArenaState state, org.apache.commons.rng.UniformRandomProvider random) {
                return new Battle(new int[] {1, 1}, 1);
            }
        };
        List<String> seen = new ArrayList<>();
        Simulation simulation = new Simulation(config, name -> {
            seen.add(name);
            return name.equals("uniform") ? new TestStrategies.UniformPairs() : twice;
        });
        assertThatThrownBy(() -> simulation.run(List.of("twice"), v -> { }))
                .hasMessageContaining("strategy 'twice' proposed item 1 twice");
        assertThatThrownBy(() -> simulation.run(NONE, v -> { })).hasMessageContaining("at least one strategy");
        assertThatThrownBy(() -> SimulationConfig.of(5, 6, 10, 1))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("items"))
                .hasMessage("items must be a whole number of at least 6, got '5'");
        assertThatThrownBy(() -> config.withVoters(0, 0.7, 0.4, 0))
                .isInstanceOfSatisfying(UnsupportedCombinationException.class,
                        e -> assertThat(e.parameters()).containsExactly("careless", "adversarial"))
                .hasMessageContaining("sum of at most 1");
        assertThatThrownBy(() -> config.withReporting(3, 0, 1))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("top"));
    }
}
