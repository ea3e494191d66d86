package dev.ordinal.bench;

import dev.ordinal.app.Registries;
import dev.ordinal.fit.Fit;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.Likelihood;
import dev.ordinal.fit.MaximumLikelihood;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.io.JudgmentFiles;
import dev.ordinal.io.LoadedPairwise;
import dev.ordinal.io.ReadOptions;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.uncertainty.Bootstrap;
import dev.ordinal.uncertainty.BootstrapSample;
import java.lang.management.ManagementFactory;
import java.util.Map;

/**
 * Where the time of one cold {@code ordinal rank} goes: the stages it runs, in one fresh JVM,
 * timed one by one, so JIT warm-up lands where it lands in the CLI. Not a JMH benchmark; run
 * it several times and read the spread.
 *
 * <pre>java -cp ordinal-bench/target/benchmarks.jar dev.ordinal.bench.Stages battles.csv [rounds] [threads] [model/ties]</pre>
 */
public final class Stages {
    private Stages() {
    }

    public static void main(String[] args) {
        if (args.length < 1) {
            System.err.println("usage: Stages FILE.csv [rounds=1000] [threads=all cores] [model/ties=bt/half]");
            System.exit(2);
        }
        long startedMs = ManagementFactory.getRuntimeMXBean().getUptime();
        String file = args[0];
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 1000;
        int threads = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        String[] model = (args.length > 3 ? args[3] : "bt/half").split("/");
        StrengthModel strengthModel = Registries.models().create(model[0], Map.of("ties", model[1]));

        long t0 = System.nanoTime();
        ComparisonTable table = ((LoadedPairwise) JudgmentFiles.read(file, ReadOptions.defaults(), b -> { })).table();
        long t1 = System.nanoTime();
        Likelihood likelihood = strengthModel.likelihood(table);
        long t2 = System.nanoTime();
        Fit fit = MaximumLikelihood.fit(likelihood, table.items(), FitOptions.defaults());
        long t3 = System.nanoTime();
        BootstrapSample sample = new Bootstrap(rounds, 1, threads).run(fit, done -> { });
        long t4 = System.nanoTime();

        long judgments = table.judgments();
        System.out.printf("JVM start to main     %8.1f ms%n", (double) startedMs);
        System.out.printf("read CSV              %8.1f ms  (%,d rows, %,.0f rows/s)%n", ms(t0, t1), judgments,
                judgments / ((t1 - t0) / 1e9));
        System.out.printf("collapse to pairs     %8.1f ms  (%,d cells -> %,d likelihood cells)%n", ms(t1, t2),
                table.cellCount(), likelihood.cells().length);
        System.out.printf("fit                   %8.1f ms  (%d Newton iterations, converged %s)%n", ms(t2, t3),
                fit.iterations(), fit.converged());
        System.out.printf("bootstrap             %8.1f ms  (%d rounds on %d threads, %.2f ms/round wall, %d degenerate)%n",
                ms(t3, t4), rounds, threads, ms(t3, t4) / rounds, sample.degenerate());
        System.out.printf("total in main         %8.1f ms%n", ms(t0, t4));
    }

    private static double ms(long from, long to) {
        return (to - from) / 1e6;
    }
}
