package dev.ordinal.error;

/**
 * The one place argument checks are written: each returns the value when it is allowed and
 * otherwise throws an {@link InvalidParameterException} naming the parameter and what it accepts
 * (after Apache Commons Statistics' single argument-check helper).
 */
public final class Require {
    private Require() {
    }

    /** A finite number. */
    public static double finite(String parameter, double value) {
        if (!Double.isFinite(value)) {
            throw new InvalidParameterException(parameter, text(value), "a finite number");
        }
        return value;
    }

    /** A finite number above zero. */
    public static double positive(String parameter, double value) {
        if (!(Double.isFinite(value) && value > 0)) {
            throw new InvalidParameterException(parameter, text(value), "a finite number above 0");
        }
        return value;
    }

    /** A finite number above {@code low}. */
    public static double above(String parameter, double value, double low) {
        if (!(Double.isFinite(value) && value > low)) {
            throw new InvalidParameterException(parameter, text(value), "a finite number above " + text(low));
        }
        return value;
    }

    /** A finite number at or above zero. */
    public static double nonNegative(String parameter, double value) {
        if (!(Double.isFinite(value) && value >= 0)) {
            throw new InvalidParameterException(parameter, text(value), "a finite number at or above 0");
        }
        return value;
    }

    /** A number strictly between {@code low} and {@code high}. */
    public static double between(String parameter, double value, double low, double high) {
        if (!(value > low && value < high)) {
            throw new InvalidParameterException(parameter, text(value),
                    "a number in (" + text(low) + ", " + text(high) + ")");
        }
        return value;
    }

    /** A number from {@code low} to {@code high}, both included. */
    public static double within(String parameter, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new InvalidParameterException(parameter, text(value),
                    "a number in [" + text(low) + ", " + text(high) + "]");
        }
        return value;
    }

    /** A number from {@code low} (included) up to {@code high} (excluded). */
    public static double atLeastAndBelow(String parameter, double value, double low, double high) {
        if (!(value >= low && value < high)) {
            throw new InvalidParameterException(parameter, text(value),
                    "a number in [" + text(low) + ", " + text(high) + ")");
        }
        return value;
    }

    /** A whole number at or above {@code minimum}. */
    public static int atLeast(String parameter, int value, int minimum) {
        if (value < minimum) {
            throw new InvalidParameterException(parameter, Integer.toString(value),
                    "a whole number of at least " + minimum);
        }
        return value;
    }

    /** A whole number at or above {@code minimum}. */
    public static long atLeast(String parameter, long value, long minimum) {
        if (value < minimum) {
            throw new InvalidParameterException(parameter, Long.toString(value),
                    "a whole number of at least " + minimum);
        }
        return value;
    }

    /** Shortest text of a double that reads back to it, without a needless ".0". */
    static String text(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return Double.toString(value);
    }
}
