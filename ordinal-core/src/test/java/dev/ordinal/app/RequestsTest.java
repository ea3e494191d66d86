package dev.ordinal.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.LabelNoiseBradleyTerry;
import dev.ordinal.fit.TieModel;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.UncertaintyMethod;
import dev.ordinal.vote.TableAggregation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed requests: their defaults, parsing from name → text, and the checks across parameters. */
class RequestsTest {
    @Test
    void theLeaderboardDefaultsAreTodaysRankDefaults() {
        LeaderboardRequest request = RankRequest.defaults().leaderboardRequest();
        assertThat(request.model()).isInstanceOf(BradleyTerry.class);
        assertThat(((BradleyTerry) request.model()).ties()).isEqualTo(TieModel.HALF);
        assertThat(request.method()).isEqualTo(UncertaintyMethod.BOOTSTRAP);
        assertThat(request.rounds()).isEqualTo(1000);
        assertThat(request.seed()).isEqualTo(1);
        assertThat(request.level()).isEqualTo(0.95);
        assertThat(request.scale().name()).isEqualTo("elo");
        assertThat(request.fit().priorSigma()).isEmpty();
    }

    @Test
    void givenValuesReachTheLeaderboardRequest() {
        LeaderboardRequest request = RankRequest.parse(Map.of("model", "bradley-terry", "ties", "davidson",
                "ci", "sandwich", "bootstrap", "50", "seed", "7", "threads", "2", "level", "0.9", "scale", "logit",
                "anchor", "GPT 4=12", "prior", "2")).leaderboardRequest();
        assertThat(((BradleyTerry) request.model()).ties()).isEqualTo(TieModel.DAVIDSON);
        assertThat(request.method()).isEqualTo(UncertaintyMethod.SANDWICH);
        assertThat(request.rounds()).isEqualTo(50);
        assertThat(request.seed()).isEqualTo(7);
        assertThat(request.threads()).isEqualTo(2);
        assertThat(request.level()).isEqualTo(0.9);
        assertThat(request.scale().name()).isEqualTo("logit");
        assertThat(request.scale().anchor()).hasValue("GPT 4");
        assertThat(request.scale().centre()).isEqualTo(12.0);
        assertThat(request.fit().priorSigma()).hasValue(2);
        assertThat(RankRequest.parse(Map.of("label-noise", "estimate")).strengthModel())
                .isInstanceOf(LabelNoiseBradleyTerry.class);
    }

    @Test
    void badValuesNameTheirParameter() {
        for (Map.Entry<String, String> bad : List.of(Map.entry("level", "1.5"), Map.entry("bootstrap", "0"),
                Map.entry("model", "elo"), Map.entry("ties", "often"), Map.entry("anchor", "GPT 4"),
                Map.entry("anchor", "GPT 4=high"), Map.entry("label-noise", "0.5"), Map.entry("prior", "-1"),
                Map.entry("threads", "0"), Map.entry("scale", "glicko"))) {
            assertThatThrownBy(() -> RankRequest.parse(Map.of(bad.getKey(), bad.getValue())))
                    .as(bad.toString()).isInstanceOf(InvalidParameterException.class)
                    .extracting(e -> ((InvalidParameterException) e).parameter()).isEqualTo(bad.getKey());
        }
        assertThatThrownBy(() -> RankRequest.parse(Map.of("level", "1.5")))
                .hasMessage("level must be a number in (0, 1), got '1.5'");
    }

    @Test
    void parametersThatDoNotGoTogetherAreRefusedNamingBoth() {
        assertThatThrownBy(() -> RankRequest.parse(Map.of("model", "plackett-luce", "ties", "half")))
                .isInstanceOf(UnsupportedCombinationException.class)
                .extracting(e -> ((UnsupportedCombinationException) e).parameters()).isEqualTo(List.of("ties", "model"));
        assertThatThrownBy(() -> RankRequest.parse(Map.of("model", "thurstone", "label-noise", "0.1")))
                .isInstanceOf(UnsupportedCombinationException.class).hasMessageContaining("model bt only");
        assertThatThrownBy(() -> RankRequest.parse(Map.of("ties", "davidson", "label-noise", "0.1")))
                .isInstanceOf(UnsupportedCombinationException.class)
                .extracting(e -> ((UnsupportedCombinationException) e).parameters())
                .isEqualTo(List.of("label-noise", "ties"));
    }

    @Test
    void aVoteGivesEachRuleTheParametersItTakes() {
        VoteRequest all = VoteRequest.parse(Map.of("seats", "2"), Map.of("tie", "0"));
        assertThat(all.votingRules()).hasSize(Registries.rules().names().size());
        assertThatThrownBy(() -> VoteRequest.parse(Map.of("rule", "borda", "seats", "2"), Map.of()))
                .isInstanceOf(UnsupportedCombinationException.class);
        assertThatThrownBy(() -> VoteRequest.parse(Map.of(), Map.of("tei", "0")))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("'tei'");
        assertThatThrownBy(() -> VoteRequest.parse(Map.of("tie-break", "last"), Map.of()))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("tie-break");
        assertThat(VoteRequest.parse(Map.of("rule", "stv", "seats", "3"), Map.of()).votingRules()).hasSize(1);
    }

    @Test
    void aggregateRateEvaluateAndSimulateParseWithTheirDefaults() {
        AggregateRequest aggregate = AggregateRequest.parse(Map.of());
        assertThat(aggregate.methods()).isEqualTo(TableAggregation.DEFAULT_METHODS);
        assertThat(aggregate.prior()).isEqualTo(TableAggregation.DEFAULT_PRIOR_SIGMA);
        assertThatThrownBy(() -> AggregateRequest.parse(Map.of("alpha", "0.1")))
                .isInstanceOf(UnsupportedCombinationException.class);
        assertThat(RateRequest.parse(Map.of(), Map.of()).ratingSystem().name()).isEqualTo("trueskill");
        assertThatThrownBy(() -> RateRequest.parse(Map.of("system", "elo"), Map.of("k", "0")))
                .isInstanceOf(InvalidParameterException.class).hasMessageStartingWith("k must be");
        assertThat(EvaluateRequest.parse(Map.of()).systems()).isEqualTo(Registries.ratings().names());
        SimulateRequest simulate = SimulateRequest.parse(Map.of("items", "8", "strategies", "ksort,dts"));
        assertThat(simulate.strategies()).containsExactly("ksort", "dts");
        assertThat(simulate.config().top()).isEqualTo(5);
        assertThatThrownBy(() -> SimulateRequest.parse(Map.of("items", "3", "k", "4")))
                .isInstanceOf(UnsupportedCombinationException.class);
        assertThat(simulate.simulation().totalVotes(simulate.strategies())).isPositive();
    }
}
