package dev.ordinal.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ordinal.fit.BradleyTerry;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.TieModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import dev.ordinal.testing.Simulation;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** How many verdicts must change to swap the top two. */
class StabilityTest {
    private static final StrengthModel BT = new BradleyTerry(TieModel.HALF);

    private static ComparisonTable table(Object... cells) {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        for (int k = 0; k < cells.length; k += 4) {
            builder.add(builder.item((String) cells[k]), builder.item((String) cells[k + 1]), (Outcome) cells[k + 2],
                    (Integer) cells[k + 3], (Integer) cells[k + 3]);
        }
        return builder.build();
    }

    /**
     * Two items, L beat R 7 times and lost 3 times: θ_L − θ_R = log(7/3). After 2 changes the
     * record is 5–5 (level, not a swap); after 3 it is 4–6.
     */
    @Test
    void headToHeadWinsAreTurnedFirst() {
        StabilityReport report = Stability.of(table("L", "R", Outcome.A, 7, "L", "R", Outcome.B, 3), BT,
                FitOptions.defaults());
        assertThat(report.leader()).isEqualTo("L");
        assertThat(report.runnerUp()).isEqualTo("R");
        assertThat(report.gap()).isCloseTo(Math.log(7.0 / 3), within(1e-8));
        assertThat(report.changes()).hasValue(3);
        assertThat(report.headToHeadChanges()).isEqualTo(3);
        assertThat(report.candidateChanges()).isEqualTo(7);
        assertThat(report.share()).hasValue(0.3);
    }

    /**
     * With ties as half a win: L 5 wins, R 3, 2 ties: scores 6 and 4. A win turned moves a whole
     * point, a tie turned half, so wins go first: one change levels (5–5), two swap.
     */
    @Test
    void winsBeatTiesAsChanges() {
        ComparisonTable data = table("L", "R", Outcome.A, 5, "R", "L", Outcome.A, 3, "L", "R", Outcome.TIE, 2);
        StabilityReport report = Stability.of(data, BT, FitOptions.defaults());
        assertThat(report.changes()).hasValue(2);
        assertThat(report.candidateChanges()).isEqualTo(7);
    }

    /**
     * L and R never met: L beat X 8–2, R beat X 7–3, so θ_L − θ_X = log 4 and θ_R − θ_X = log(7/3).
     * One change (L loses one more to X, or R beats X once more) makes the two level; two swap.
     */
    @Test
    void changesAgainstThirdItemsWhenTheTwoNeverMet() {
        ComparisonTable data = table("L", "X", Outcome.A, 8, "L", "X", Outcome.B, 2, "R", "X", Outcome.A, 7,
                "X", "R", Outcome.A, 3);
        StabilityReport report = Stability.of(data, BT, FitOptions.defaults());
        assertThat(report.changes()).hasValue(2);
        assertThat(report.headToHeadChanges()).isZero();
    }

    @Test
    void aClearLeaderNeedsMoreChangesThanAClosePair() {
        ComparisonTable clear = Simulation.table(5, Simulation.battles(new double[] {2, 0.5, 0, -0.5, -1}, 3000,
                Simulation.bradleyTerry(), 3));
        ComparisonTable close = Simulation.table(5, Simulation.battles(new double[] {0.6, 0.5, 0, -0.5, -1}, 3000,
                Simulation.bradleyTerry(), 3));
        StabilityReport stable = Stability.of(clear, BT, FitOptions.defaults());
        StabilityReport shaky = Stability.of(close, BT, FitOptions.defaults());
        assertThat(stable.leader()).isEqualTo(Simulation.id(0));
        assertThat(stable.changes().getAsInt()).isGreaterThan(3 * shaky.changes().getAsInt());
        assertThat(stable.headToHeadChanges()).isPositive();
    }

    /**
     * The greedy order against exhaustive search: on small random tables, try every combination of
     * allowed changes and find the fewest that put the runner-up ahead; the greedy figure must
     * never be below it (it is a count of changes that works) and on these cases equals it.
     */
    @Test
    void greedyOrderMatchesExhaustiveSearchOnSmallTables() {
        FitOptions options = FitOptions.defaults().withPrior(1.0);
        int compared = 0;
        for (long seed = 0; seed < 12; seed++) {
            Random random = new Random(seed);
            ComparisonTable.Builder builder = ComparisonTable.builder();
            for (int item = 0; item < 4; item++) {
                builder.item("i" + item);
            }
            for (int judgment = 0; judgment < 9; judgment++) {
                int a = random.nextInt(4);
                int b = (a + 1 + random.nextInt(3)) % 4;
                Outcome outcome = a < b == random.nextDouble() < 0.7 ? Outcome.A : Outcome.B;
                builder.add(a, b, random.nextDouble() < 0.15 ? Outcome.TIE : outcome, 1.0);
            }
            ComparisonTable data = builder.build();
            StabilityReport report = Stability.of(data, BT, options);
            int fewest = exhaustiveFewest(data, options, data.items().indexOf(report.leader()).getAsInt(),
                    data.items().indexOf(report.runnerUp()).getAsInt());
            if (report.changes().isPresent()) {
                assertThat(report.changes().getAsInt()).as("seed %d", seed).isEqualTo(fewest);
                compared++;
            } else {
                assertThat(fewest).as("seed %d", seed).isEqualTo(Integer.MAX_VALUE);
            }
        }
        assertThat(compared).isGreaterThan(8);
    }

    /** The fewest changes, over all subsets of single-judgment changes that help the runner-up. */
    private static int exhaustiveFewest(ComparisonTable data, FitOptions options, int leader, int runnerUp) {
        List<int[]> judgments = new ArrayList<>();
        for (int cell = 0; cell < data.cellCount(); cell++) {
            for (Outcome outcome : Outcome.values()) {
                for (long k = 0; k < data.count(cell, outcome); k++) {
                    judgments.add(new int[] {data.sideA(cell), data.sideB(cell), outcome.ordinal()});
                }
            }
        }
        int fewest = Integer.MAX_VALUE;
        for (int mask = 0; mask < 1 << judgments.size(); mask++) {
            int changed = Integer.bitCount(mask);
            if (changed >= fewest) {
                continue;
            }
            ComparisonTable.Builder builder = ComparisonTable.builder();
            data.items().ids().forEach(builder::item);
            boolean allowed = true;
            for (int j = 0; j < judgments.size() && allowed; j++) {
                int[] judgment = judgments.get(j);
                Outcome outcome = Outcome.values()[judgment[2]];
                if ((mask >> j & 1) == 1) {
                    int favoured = helped(judgment[0], judgment[1], leader, runnerUp);
                    Outcome to = favoured == judgment[0] ? Outcome.A : Outcome.B;
                    allowed = favoured >= 0 && outcome != to;
                    outcome = to;
                }
                builder.add(judgment[0], judgment[1], outcome, 1.0);
            }
            if (!allowed) {
                continue;
            }
            ComparisonTable changedTable = builder.build();
            Fit fit = MaximumLikelihood.fit(BT.likelihood(changedTable), changedTable.items(), options);
            double[] strengths = fit.strengths();
            if (strengths[runnerUp] - strengths[leader] > 1e-9) {
                fewest = changed;
            }
        }
        return fewest;
    }

    /** Whom a change of a judgment between a and b helps, or −1 when it may not be changed. */
    private static int helped(int a, int b, int leader, int runnerUp) {
        if (a == runnerUp || b == runnerUp) {
            return runnerUp;
        }
        if (a == leader || b == leader) {
            return a == leader ? b : a;
        }
        return -1;
    }

    /** Two items never judged (a prior keeps the fit finite): nothing can be changed, so no swap. */
    @Test
    void noChangeCanSwapItemsWithoutJudgments() {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        builder.item("a");
        builder.item("b");
        StabilityReport report = Stability.of(builder.build(), BT, FitOptions.defaults().withPrior(1));
        assertThat(report.changes()).isEmpty();
        assertThat(report.candidateChanges()).isZero();
        assertThat(report.share()).isEmpty();
    }

    @Test
    void badInputIsExplained() {
        assertThatThrownBy(() -> Stability.of(ComparisonTable.builder().build(), BT, FitOptions.defaults()))
                .hasMessageContaining("at least 2 items, got 0");
        ComparisonTable unbeaten = table("L", "R", Outcome.A, 4, "R", "X", Outcome.A, 2, "X", "R", Outcome.A, 1);
        assertThatThrownBy(() -> Stability.of(unbeaten, BT, FitOptions.defaults()))
                .isInstanceOf(NoFiniteEstimateException.class);
        assertThat(Stability.of(unbeaten, BT, FitOptions.defaults().withPrior(2)).changes()).isPresent();
    }
}
