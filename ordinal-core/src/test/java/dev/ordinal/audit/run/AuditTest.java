package dev.ordinal.audit.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.audit.Label;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.judgment.PairwiseJudgment;
import dev.ordinal.metric.AgreementReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AuditTest {
    private static final AuditSettings FAST = AuditSettings.defaults().withBootstrap(20, 5).withThreads(1);

    /**
     * A crowd of three workers and a judge on the same four units of three items; the judge agrees
     * with the crowd's majority on u1 and u2, calls u3 a tie and reverses u4.
     */
    private static AuditRequest handMade() {
        List<Label> crowd = List.of(
                label("crowd", "w1", "u1", "x", "y", Outcome.A), label("crowd", "w2", "u1", "y", "x", Outcome.B),
                label("crowd", "w3", "u1", "x", "y", Outcome.B),
                label("crowd", "w1", "u2", "y", "z", Outcome.A), label("crowd", "w2", "u2", "y", "z", Outcome.A),
                label("crowd", "w1", "u3", "x", "z", Outcome.A), label("crowd", "w3", "u3", "z", "x", Outcome.B),
                label("crowd", "w2", "u4", "z", "y", Outcome.A), label("crowd", "w3", "u4", "y", "z", Outcome.TIE));
        List<Label> judge = List.of(
                label("judge", "judge", "u1", "x", "y", Outcome.A), label("judge", "judge", "u2", "z", "y", Outcome.B),
                label("judge", "judge", "u3", "x", "z", Outcome.TIE), label("judge", "judge", "u4", "y", "z", Outcome.A));
        return AuditRequest.of(List.of(new AuditSource("crowd", crowd), new AuditSource("judge", judge)))
                .withSettings(FAST);
    }

    @Test
    void sourcesAreCountedByHand() {
        AuditResult result = Audit.run(handMade());
        SourcesSection.Summary crowd = result.summary().summaries().get(0);
        assertThat(crowd).isEqualTo(new SourcesSection.Summary("crowd", 9, 3, 4, 3, 5 / 9.0, 3 / 9.0, 1 / 9.0));
        assertThat(result.summary().summaries().get(1).tieRate()).isEqualTo(0.25);
        assertThat(result.summary().sharedUnits()).isDeepEqualTo(new int[][] {{4, 4}, {4, 4}});
        assertThat(result.labels()).isEqualTo(13);
        assertThat(result.reference()).isEqualTo("crowd");
        assertThat(result.familyBias()).isEmpty();
        assertThat(result.style()).isEmpty();
    }

    /**
     * The crowd's majorities: u1 x (two of three), u2 y, u3 x (both workers), u4 a tied vote (z, tie)
     * is a tie. The judge says x, y, tie, y: it agrees on u1 and u2 of the four.
     */
    @Test
    void agreementIsAgainstTheReferenceMajority() {
        AgreementSection agreement = Audit.run(handMade()).agreement();
        assertThat(agreement.referenceMajority()).isTrue();
        AgreementReport judge = agreement.agreements().get(0).value().orElseThrow();
        assertThat(judge.sharedUnits()).isEqualTo(4);
        assertThat(judge.agreement().value().orElseThrow()).isCloseTo(0.5, within(1e-12));
        assertThat(agreement.pairwiseKappa()[0][0]).isEqualTo(1);
        assertThat(agreement.pairwiseKappa()[0][1]).isEqualTo(agreement.pairwiseKappa()[1][0]);
        assertThat(agreement.panels()).extracting(Attempt::subject)
                .containsExactly("crowd judges", AgreementSection.ALL_SOURCES);
        assertThat(Audit.run(handMade()).voters().panels()).extracting(Attempt::subject).containsExactly("crowd");
    }

    /** What the data do not allow is recorded per subject, with a reason that names no option of another command. */
    @Test
    void analysesTheDataDoNotAllowSayWhy() {
        List<Label> unbeaten = List.of(label("a", "a", "p1", "x", "y", Outcome.A), label("a", "a", "p2", "y", "z", Outcome.A),
                label("a", "a", "p3", "x", "z", Outcome.A));
        // a cycle: y beats x, z beats y, x beats z
        List<Label> elsewhere = List.of(label("b", "b", "q1", "x", "y", Outcome.B), label("b", "b", "q2", "y", "z", Outcome.B),
                label("b", "b", "q3", "z", "x", Outcome.B));
        AuditResult result = Audit.run(AuditRequest.of(List.of(new AuditSource("a", unbeaten),
                new AuditSource("b", elsewhere))).withSettings(FAST));
        Attempt<?> board = result.leaderboards().boards().get(0);
        assertThat(board.failure()).hasValueSatisfying(reason -> assertThat(reason)
                .contains("'x' never lost").doesNotContain("prior"));
        assertThat(result.leaderboards().fitted()).containsOnlyKeys("b");
        assertThat(result.agreement().agreements().get(0).failure()).hasValueSatisfying(reason ->
                assertThat(reason).contains("share no units"));
        assertThat(result.agreement().pairwiseKappa()[0][1]).isNaN();
        assertThat(result.summary().sharedUnits()[0][1]).isZero();
        assertThat(result.voters().panels()).isEmpty();
    }

    @Test
    void sameRequestSameResultAndEveryStepReported() {
        AuditRequest request = handMade();
        AtomicLong steps = new AtomicLong();
        AuditResult first = Audit.run(request, steps::incrementAndGet);
        AuditResult again = Audit.run(request.withSettings(FAST.withThreads(3)));
        assertThat(steps.get()).isEqualTo(Audit.steps(request));
        assertThat(again.agreement().agreements().get(0).value().orElseThrow().kappa())
                .isEqualTo(first.agreement().agreements().get(0).value().orElseThrow().kappa());
        assertThat(again.leaderboards().fitted().get("crowd").items())
                .isEqualTo(first.leaderboards().fitted().get("crowd").items());
    }

    /** A log's judgments are labels of one source named after the arena; a judgment with no voter is the arena's. */
    @Test
    void anArenaLogIsOneSource() {
        SplittableRandom random = new SplittableRandom(3);
        List<String> items = List.of("a", "b", "c", "d");
        List<PairwiseJudgment> log = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            int a = random.nextInt(4);
            int b = (a + 1 + random.nextInt(3)) % 4;
            boolean firstWins = random.nextDouble() < (a < b ? 0.8 : 0.2);
            log.add(new PairwiseJudgment(items.get(a), items.get(b), firstWins ? Outcome.A : Outcome.B,
                    i % 3 == 0 ? Optional.empty() : Optional.of("v" + i % 5), Optional.empty(),
                    Optional.of(i % 2 == 0 ? "code" : "math"), 1.0));
        }
        AuditRequest request = LogAudit.request("chat", log);
        assertThat(request.names()).containsExactly("chat");
        Label first = request.sources().get(0).labels().get(0);
        assertThat(first.judge()).isEqualTo("chat");
        assertThat(first.context()).isEqualTo("code");
        assertThat(first.unit()).isEqualTo(Label.pairUnit("code", first.left(), first.right()));
        AuditResult result = LogAudit.run("chat", log, FAST);
        // voters v0..v4, and the arena for every third judgment, which has none
        assertThat(result.summary().summaries().get(0).judges()).isEqualTo(6);
        assertThat(result.summary().summaries().get(0).labels()).isEqualTo(200);
        assertThat(result.leaderboards().fitted().get("chat").items().get(0).name()).isEqualTo("a");
    }

    private static Label label(String source, String judge, String unit, String left, String right, Outcome outcome) {
        return new Label(source, judge, unit, "", left, right, outcome);
    }
}
