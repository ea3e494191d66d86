package dev.ordinal.app;

/**
 * The numbers a numeric parameter allows: from {@code low} to {@code high}, each end included or
 * not; infinite ends are open.
 */
public record Range(double low, boolean lowIncluded, double high, boolean highIncluded) {
    /** Any finite number. */
    public static Range any() {
        return new Range(Double.NEGATIVE_INFINITY, false, Double.POSITIVE_INFINITY, false);
    }

    /** Numbers above {@code low}. */
    public static Range above(double low) {
        return new Range(low, false, Double.POSITIVE_INFINITY, false);
    }

    /** Numbers at or above {@code low}. */
    public static Range atLeast(double low) {
        return new Range(low, true, Double.POSITIVE_INFINITY, false);
    }

    /** Numbers strictly between the two. */
    public static Range open(double low, double high) {
        return new Range(low, false, high, false);
    }

    /** Numbers from {@code low} to {@code high}, both included. */
    public static Range closed(double low, double high) {
        return new Range(low, true, high, true);
    }

    /** Numbers from {@code low} (included) to {@code high} (excluded). */
    public static Range closedOpen(double low, double high) {
        return new Range(low, true, high, false);
    }

    public boolean contains(double value) {
        if (!Double.isFinite(value)) {
            return false;
        }
        boolean aboveLow = lowIncluded ? value >= low : value > low;
        boolean belowHigh = highIncluded ? value <= high : value < high;
        return aboveLow && belowHigh;
    }

    /** Interval notation, e.g. {@code (0, 1)} or {@code [1, ∞)}. */
    @Override
    public String toString() {
        return (lowIncluded ? "[" : "(") + end(low) + ", " + end(high) + (highIncluded ? "]" : ")");
    }

    private static String end(double value) {
        if (Double.isInfinite(value)) {
            return value > 0 ? "∞" : "-∞";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value) : Double.toString(value);
    }
}
