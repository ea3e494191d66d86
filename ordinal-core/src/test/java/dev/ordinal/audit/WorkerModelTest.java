package dev.ordinal.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ordinal.judgment.Outcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Recovery of simulated workers' skills and biases by {@link WorkerModel}, and its edge cases. */
class WorkerModelTest {
    static final double[] STRENGTHS = {-1.8, -1.2, -0.8, -0.4, 0, 0.3, 0.7, 1.0, 1.4, 1.9};

    /**
     * Labels from the worker model itself: each label shows a random pair in random order;
     * worker w prefers the left item with probability σ(γ_w (s_left − s_right) + β_w). A share
     * {@code tieRate} of labels are ties instead, independent of everything: dropping them loses
     * information but biases nothing (halving them would act like label noise and shrink β).
     */
    static List<Label> simulate(double[] strengths, double[] skills, double[] biases, int perWorker, double tieRate,
                                long seed) {
        Random random = new Random(seed);
        List<Label> labels = new ArrayList<>();
        for (int k = 0; k < perWorker; k++) {
            for (int w = 0; w < skills.length; w++) {
                int left = random.nextInt(strengths.length);
                int right = (left + 1 + random.nextInt(strengths.length - 1)) % strengths.length;
                double z = skills[w] * (strengths[left] - strengths[right]) + biases[w];
                Outcome outcome = random.nextDouble() < tieRate ? Outcome.TIE
                        : random.nextDouble() < 1 / (1 + Math.exp(-z)) ? Outcome.A : Outcome.B;
                labels.add(new Label("crowd", "w" + w, "u" + k + "-" + w, "", "item" + left, "item" + right, outcome));
            }
        }
        return labels;
    }

    /**
     * Six workers: three honest with different skill, one with a strong left bias, one
     * random, one adversarial. The model is identified only up to γ·s; its priors put the scale
     * where Σγ = Σγ², so the truth is compared in that normalisation (γ·c, s/c with
     * c = Σγ / Σγ²). Every skill and bias must fall within its 95% Laplace interval widened to
     * 99.9% (3.29 sd) — 22 parameters at once — and the adversarial worker's skill interval must
     * lie below zero.
     */
    @Test
    void recoversSkillsAndBiasesWithinTheirIntervals() {
        double[] skills = {1.0, 1.6, 0.7, 1.1, 0.0, -1.0};
        double[] biases = {0.0, 0.2, -0.1, 0.9, 0.0, -0.3};
        List<Label> labels = simulate(STRENGTHS, skills, biases, 3000, 0.1, 42);
        double m = 0;
        for (double gamma : skills) {
            m += gamma / skills.length;
        }
        WorkerFit fit = new WorkerModel(dev.ordinal.fit.TieModel.DROP, 1, 1, 10, dev.ordinal.fit.FitOptions.defaults(),
                0.999).fit(labels);
        assertThat(fit.converged()).isTrue();
        assertThat(fit.workers()).hasSize(6);
        for (int w = 0; w < skills.length; w++) {
            WorkerEstimate estimate = fit.workers().get(w);
            assertThat(estimate.judge()).isEqualTo("w" + w);
            assertThat(estimate.labels()).isEqualTo(3000);
            assertThat(skills[w] / m).as("skill of w%d: %s", w, estimate)
                    .isBetween(estimate.skillInterval().lower(), estimate.skillInterval().upper());
            assertThat(biases[w]).as("bias of w%d: %s", w, estimate)
                    .isBetween(estimate.biasInterval().lower(), estimate.biasInterval().upper());
            assertThat(estimate.skillInterval().upper() - estimate.skillInterval().lower()).isLessThan(0.8);
        }
        assertThat(fit.workers().get(5).adversarial()).isTrue();
        assertThat(fit.workers().get(4).indistinguishableFromRandom()).isTrue();
        assertThat(fit.workers().get(0).adversarial() || fit.workers().get(0).indistinguishableFromRandom()).isFalse();
        double mean = 0;
        for (double s : STRENGTHS) {
            mean += s;
        }
        mean /= STRENGTHS.length;
        double[] strengths = fit.strengths();
        double[] margins = fit.strengthMargins();
        for (int i = 0; i < STRENGTHS.length; i++) {
            int index = fit.items().indexOf("item" + i).getAsInt();
            assertThat((STRENGTHS[i] - mean) * m).as("strength of item%d", i)
                    .isBetween(strengths[index] - margins[index], strengths[index] + margins[index]);
        }
    }

    /** A worker with a single label is reported as too few to judge, with the prior's skill, not a crash. */
    @Test
    void aWorkerWithOneLabelIsReportedAsTooFew() {
        List<Label> labels = new ArrayList<>(simulate(STRENGTHS, new double[] {1, 1}, new double[] {0, 0}, 200, 0, 1));
        labels.add(new Label("crowd", "newcomer", "x", "", "item0", "item9", Outcome.A));
        WorkerFit fit = WorkerModel.defaults().fit(labels);
        assertThat(fit.tooFewLabels()).extracting(WorkerEstimate::judge).containsExactly("newcomer");
        WorkerEstimate newcomer = fit.tooFewLabels().get(0);
        assertThat(newcomer.labels()).isEqualTo(1);
        assertThat(newcomer.adversarial()).isFalse();
        assertThat(newcomer.indistinguishableFromRandom()).isFalse();
        assertThat(newcomer.skillInterval().lower()).isLessThan(0).as("the prior's width, about ±2");
    }

    /** The same judge id in two sources is two workers. */
    @Test
    void workersAreKeyedBySourceAndJudge() {
        List<Label> labels = new ArrayList<>();
        for (Label label : simulate(STRENGTHS, new double[] {1}, new double[] {0}, 300, 0, 3)) {
            labels.add(label);
            labels.add(new Label("judge-b", label.judge(), label.unit(), "", label.left(), label.right(), label.outcome()));
        }
        assertThat(WorkerModel.defaults().fit(labels).workers()).extracting(WorkerEstimate::source)
                .containsExactly("crowd", "judge-b");
    }

    @Test
    void badInput() {
        assertThatThrownBy(() -> WorkerModel.defaults().fit(List.of())).hasMessageContaining("no labels");
        assertThatThrownBy(() -> new WorkerModel(dev.ordinal.fit.TieModel.DAVIDSON, 1, 1, 10,
                dev.ordinal.fit.FitOptions.defaults(), 0.95)).hasMessageContaining("expected half or drop");
        assertThatThrownBy(() -> new WorkerModel(dev.ordinal.fit.TieModel.HALF, 0, 1, 10,
                dev.ordinal.fit.FitOptions.defaults(), 0.95)).hasMessageContaining("positive and finite");
    }
}
