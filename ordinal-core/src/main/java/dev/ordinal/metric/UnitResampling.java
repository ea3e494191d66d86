package dev.ordinal.metric;

import dev.ordinal.uncertainty.Multinomial;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The unit bootstrap (Efron 1979) on collapsed data: when a statistic depends on the units only
 * through how many units fell in each kind (a confusion cell, a distinct set of values), drawing
 * as many units as there were with replacement is one multinomial draw over the kinds, so a round
 * costs O(kinds), not O(units). Rounds draw in turn from one xoshiro256++ stream seeded with the
 * options' seed, so the same data and seed give the same rounds.
 */
final class UnitResampling {
    private UnitResampling() {
    }

    /**
     * Each statistic's value in every round, [statistic][round]; a statistic returns NaN where
     * it is undefined.
     */
    static double[][] rounds(double[] counts, BootstrapOptions options, List<ToDoubleFunction<double[]>> statistics) {
        long units = 0;
        for (double count : counts) {
            units += (long) count;
        }
        double[][] values = new double[statistics.size()][options.rounds()];
        if (options.rounds() == 0 || units == 0) {
            return values;
        }
        Multinomial multinomial = new Multinomial(counts, units);
        UniformRandomProvider generator = RandomSource.XO_SHI_RO_256_PP.create(options.seed());
        double[] resampled = new double[counts.length];
        for (int round = 0; round < options.rounds(); round++) {
            multinomial.resample(generator, resampled);
            for (int s = 0; s < statistics.size(); s++) {
                values[s][round] = statistics.get(s).applyAsDouble(resampled);
            }
        }
        return values;
    }
}
