package dev.ordinal.audit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.audit.Label;
import dev.ordinal.audit.PreferenceProbability;
import dev.ordinal.audit.RatingDistribution;
import dev.ordinal.audit.ScoreLabel;
import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.judgment.Outcome;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class AuditRequestTest {
    private static final AuditSource CROWD = new AuditSource("crowd",
            List.of(new Label("crowd", "w1", "u1", "", "x", "y", Outcome.A)));
    private static final AuditSource JUDGE = new AuditSource("judge",
            List.of(new Label("judge", "judge", "u1", "", "y", "x", Outcome.B)));
    private static final AuditRequest REQUEST = AuditRequest.of(List.of(CROWD, JUDGE));

    @Test
    void defaultsAreWrittenOnce() {
        AuditSettings defaults = AuditSettings.defaults();
        assertThat(defaults.bootstrap()).isEqualTo(200);
        assertThat(defaults.seed()).isEqualTo(1);
        assertThat(defaults.level()).isEqualTo(0.95);
        assertThat(defaults.topK()).isEqualTo(10);
        assertThat(defaults.scoreTolerance()).isZero();
        assertThat(defaults.tieMargin()).isZero();
        assertThat(defaults.leaderboardRequest().rounds()).isEqualTo(200);
        assertThat(REQUEST.reference()).isEqualTo("crowd");
        assertThat(REQUEST.others()).containsExactly(JUDGE);
    }

    @Test
    void badSettingsNameTheOptionWithoutDashes() {
        AuditSettings defaults = AuditSettings.defaults();
        assertInvalid(() -> defaults.withBootstrap(0, 1), "bootstrap", "0");
        assertInvalid(() -> defaults.withTopK(0), "top-k", "0");
        assertInvalid(() -> defaults.withThreads(0), "threads", "0");
        assertInvalid(() -> defaults.withTieMargin(-1), "tie-margin", "-1");
        assertInvalid(() -> defaults.withScoreTolerance(Double.POSITIVE_INFINITY), "score-tolerance", "Infinity");
        assertInvalid(() -> defaults.withLevel(1), "level", "1");
    }

    @Test
    void namesMustBeSources() {
        assertInvalid(() -> REQUEST.withReference("gpt4"), "reference", "gpt4");
        assertInvalid(() -> REQUEST.withFamilies(Map.of("x", "F")).withJudgeFamilies(Map.of("gpt4", "F")),
                "judge-family", "gpt4=F");
        assertInvalid(() -> REQUEST.withConsistency(Map.of("gpt4", List.of(score())), Map.of(), Map.of()),
                "scores", "gpt4");
        assertInvalid(() -> REQUEST.withConsistency(Map.of(), Map.of("m", List.of(rating())), Map.of()),
                "ratings", "m");
        // ratings of a name of their own are fine when preferences share the name
        assertThat(REQUEST.withConsistency(Map.of(), Map.of("m", List.of(rating())), Map.of("m", List.of(preference())))
                .ratings()).containsOnlyKeys("m");
    }

    @Test
    void judgeFamiliesNeedItemFamilies() {
        assertThatThrownBy(() -> REQUEST.withJudgeFamilies(Map.of("judge", "F")))
                .isInstanceOfSatisfying(UnsupportedCombinationException.class, e ->
                        assertThat(e.parameters()).containsExactly("judge-family", "families"));
        assertThat(REQUEST.withFamilies(Map.of("x", "F")).withJudgeFamilies(Map.of("judge", "F")).judgeFamilies())
                .containsEntry("judge", "F");
    }

    @Test
    void dataThatAllowNoAuditAreDataErrors() {
        assertThatThrownBy(() -> new AuditSource("empty", List.of())).isInstanceOf(DataException.class)
                .hasMessageContaining("source 'empty' has no labels");
        assertThatThrownBy(() -> AuditRequest.of(List.of(CROWD, CROWD))).isInstanceOf(DataException.class)
                .hasMessageContaining("two sources are named 'crowd'");
        assertThatThrownBy(() -> AuditRequest.of(List.of())).isInstanceOf(DataException.class);
        assertThatThrownBy(() -> LogAudit.request("chat", List.of()))
                .isInstanceOfSatisfying(DataException.class, e -> {
                    assertThat(e).hasMessage("arena 'chat' has no judgments to audit");
                    assertThat(e.remedy()).isEmpty();
                });
    }

    private static void assertInvalid(Executable call, String parameter, String value) {
        assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidParameterException.class, e -> {
            assertThat(e.parameter()).isEqualTo(parameter);
            assertThat(e.value()).isEqualTo(value);
            assertThat(e.getMessage()).doesNotContain("--");
        });
    }

    private static ScoreLabel score() {
        return new ScoreLabel("gpt4", "gpt4", "", "x", 1);
    }

    private static RatingDistribution rating() {
        return new RatingDistribution("m", "m", "", "x", new double[] {1, 2}, new double[] {0.5, 0.5});
    }

    private static PreferenceProbability preference() {
        return new PreferenceProbability("m", "m", "", "x", "y", 0.5, 0.2);
    }
}
