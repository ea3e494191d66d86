package dev.ordinal.metric;

/**
 * Krippendorff's α of a panel of coders.
 *
 * @param alpha          nominal α, with its unit-bootstrap interval
 * @param units          units with at least one value
 * @param pairableUnits  units with two or more values: the ones α is computed on
 * @param pairableValues values in pairable units (Krippendorff's n)
 * @param coders         distinct coders
 * @param bootstrap      how the interval was made
 */
public record AlphaReport(Estimate alpha, int units, int pairableUnits, long pairableValues, int coders,
                          BootstrapOptions bootstrap) {
}
