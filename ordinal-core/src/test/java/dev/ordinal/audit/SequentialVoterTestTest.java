package dev.ordinal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.audit.SequentialVoterTest.Alternative;
import dev.ordinal.audit.SequentialVoterTest.Decision;
import dev.ordinal.audit.SequentialVoterTest.Verdict;
import dev.ordinal.judgment.Items;
import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Wald's SPRT per voter: error rates on simulated voters and a hand-computed trajectory. */
class SequentialVoterTestTest {
    private static final double[] STRENGTHS = WorkerModelTest.STRENGTHS;
    private static final Items ITEMS = Items.of(IntStream.range(0, STRENGTHS.length).mapToObj(i -> "item" + i).toList());

    private static double[] skills(int voters, double skill) {
        double[] skills = new double[voters];
        Arrays.fill(skills, skill);
        return skills;
    }

    /**
     * 500 honest voters (100 votes each, following the ratings) and 200 random clickers, α = 0.05,
     * β = 0.1, seeded. Wald's bound puts the honest voters' flag rate near α/(1 − β) ≈ 0.056 at
     * most; we require below 0.05 (observed: see the assertion's message), nearly every random
     * clicker flagged, and flagged within a few dozen votes (the median).
     */
    @Test
    void flagsRandomClickersQuicklyAndHonestVotersRarely() {
        SequentialVoterTest test = new SequentialVoterTest(0.05, 0.1, Alternative.RANDOM);
        List<Verdict> honest = test.testAll(WorkerModelTest.simulate(STRENGTHS, skills(500, 1), new double[500], 100,
                0.1, 7), ITEMS, STRENGTHS);
        long falseFlags = honest.stream().filter(v -> v.decision() == Decision.FLAGGED).count();
        assertThat(honest).hasSize(500);
        assertThat(falseFlags / 500.0).as("honest voters flagged: %d of 500", falseFlags).isLessThan(0.05);
        assertThat(honest.stream().filter(v -> v.decision() == Decision.CLEARED).count()).isGreaterThan(450);

        List<Verdict> random = test.testAll(WorkerModelTest.simulate(STRENGTHS, skills(200, 0), new double[200], 100,
                0.1, 8), ITEMS, STRENGTHS);
        List<Verdict> caught = random.stream().filter(v -> v.decision() == Decision.FLAGGED).toList();
        assertThat(caught.size()).isGreaterThan(180);
        int[] when = caught.stream().mapToInt(Verdict::decidedAt).sorted().toArray();
        assertThat(when[when.length / 2]).as("median votes to flag").isLessThan(30);
    }

    /** An adversary who reverses the ratings is flagged by the adversarial alternative within a few votes. */
    @Test
    void flagsAnAdversaryFast() {
        SequentialVoterTest test = new SequentialVoterTest(0.01, 0.01, Alternative.ADVERSARIAL);
        List<Verdict> verdicts = test.testAll(WorkerModelTest.simulate(STRENGTHS, skills(50, -1), new double[50], 100,
                0, 9), ITEMS, STRENGTHS);
        assertThat(verdicts).allSatisfy(v -> assertThat(v.decision()).isEqualTo(Decision.FLAGGED));
        assertThat(verdicts).allSatisfy(v -> assertThat(v.decidedAt()).isLessThan(40));
    }

    /**
     * By hand: item0 vs item9 differ by 3.7. A vote for item0 (the weaker) on the left has
     * Λ = log ½ − log σ(−3.7) = −0.693147 + 3.724410 = 3.031263 ≥ log(0.9/0.05) = 2.890372:
     * flagged at once. A tie before it is skipped but counted in the position.
     */
    @Test
    void oneImprobableVoteByHand() {
        List<Label> votes = List.of(
                new Label("crowd", "v", "u1", "", "item0", "item9", Outcome.TIE),
                new Label("crowd", "v", "u2", "", "item0", "item9", Outcome.A));
        Verdict verdict = new SequentialVoterTest(0.05, 0.1, Alternative.RANDOM).testAll(votes, ITEMS, STRENGTHS).get(0);
        assertThat(verdict.decision()).isEqualTo(Decision.FLAGGED);
        assertThat(verdict.decidedAt()).isEqualTo(2);
        assertThat(verdict.decisiveVotes()).isEqualTo(1);
        assertThat(verdict.logLikelihoodRatio()).isCloseTo(-Math.log(2) + Math.log1p(Math.exp(3.7)), within(1e-12));
    }

    /** One vote that follows the ratings decides nothing: the voter stays undecided. */
    @Test
    void tooFewVotesLeaveTheVoterUndecided() {
        List<Label> votes = new ArrayList<>(List.of(new Label("crowd", "v", "u1", "", "item4", "item5", Outcome.B)));
        Verdict verdict = new SequentialVoterTest(0.05, 0.1, Alternative.RANDOM).testAll(votes, ITEMS, STRENGTHS).get(0);
        assertThat(verdict.decision()).isEqualTo(Decision.UNDECIDED);
        assertThat(verdict.votes()).isEqualTo(1);
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> new SequentialVoterTest(0.6, 0.5, Alternative.RANDOM))
                .hasMessageContaining("alpha + beta < 1");
        List<Label> unknown = List.of(new Label("crowd", "v", "u1", "", "item0", "mystery", Outcome.A));
        assertThatThrownBy(() -> new SequentialVoterTest(0.05, 0.1, Alternative.RANDOM).testAll(unknown, ITEMS,
                STRENGTHS)).hasMessageContaining("'mystery'").hasMessageContaining("voter 'v'");
    }
}
