package dev.ordinal.bench;

import dev.ordinal.app.Registries;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The full-data maximum-likelihood fit on the table of 2,000,000 battles (200 items, 39,800
 * ordered cells, 19,900 unordered pairs). {@code fit} is Newton's method alone, the likelihood
 * already built; {@code likelihoodAndFit} also collapses the table to per-pair counts
 * ({@link StrengthModel#likelihood}), which is what {@code ordinal rank} does after reading.
 * Neither depends on the number of battles, only on the number of pairs and items.
 * {@code warmStartAfterOneJudgment} is the refit after one more battle, started from the fit
 * before it (existence check included): what an arena pays per vote.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class FitBenchmark {
    /** model/ties, as {@code ordinal rank --model M --ties T}. */
    @Param({"bt/half", "bt/davidson", "thurstone/half"})
    public String model;

    private ComparisonTable table;
    private StrengthModel strengthModel;
    private Likelihood likelihood;
    private ComparisonTable plusOne;
    private Likelihood plusOneLikelihood;
    private double[] previous;

    @Setup(Level.Trial)
    public void buildTable() {
        table = BenchData.table();
        String[] parts = model.split("/");
        strengthModel = Registries.models().create(parts[0], Map.of("ties", parts[1]));
        likelihood = strengthModel.likelihood(table);
        Fit check = fit();
        if (!check.converged()) {
            throw new IllegalStateException(model + " did not converge: " + check.iterations() + " iterations");
        }
        previous = check.parameters();
        plusOne = withOneMoreJudgment(table);
        plusOneLikelihood = strengthModel.likelihood(plusOne);
        System.out.printf("%n%s: %d items, %d cells, %d judgments, %d Newton iterations, %d warm-started after one "
                + "more judgment%n", model, table.itemCount(), table.cellCount(), table.judgments(), check.iterations(),
                warmStartAfterOneJudgment().iterations());
    }

    /** {@code table} plus one win of its first item over its last, with items in the same order. */
    private static ComparisonTable withOneMoreJudgment(ComparisonTable table) {
        ComparisonTable.Builder builder = ComparisonTable.builder();
        table.items().ids().forEach(builder::item);
        for (int cell = 0; cell < table.cellCount(); cell++) {
            for (Outcome outcome : Outcome.values()) {
                long count = table.count(cell, outcome);
                if (count > 0) {
                    builder.add(table.sideA(cell), table.sideB(cell), outcome, count, table.weight(cell, outcome));
                }
            }
        }
        return builder.add(0, table.itemCount() - 1, Outcome.A, 1).build();
    }

    @Benchmark
    public Fit fit() {
        return MaximumLikelihood.fit(likelihood, table.items(), FitOptions.defaults());
    }

    @Benchmark
    public Fit likelihoodAndFit() {
        return MaximumLikelihood.fit(strengthModel.likelihood(table), table.items(), FitOptions.defaults());
    }

    @Benchmark
    public Fit warmStartAfterOneJudgment() {
        return MaximumLikelihood.fit(plusOneLikelihood, plusOne.items(), FitOptions.defaults(), previous);
    }
}
