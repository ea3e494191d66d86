package dev.ordinal.app;

import dev.ordinal.error.InvalidParameterException;
import java.util.List;
import java.util.Optional;

/**
 * One parameter a registry entry or a request takes: its name (as users type it, e.g.
 * {@code prior}), its type, its default as text (empty when absent means "not set"), the numbers
 * or words it allows, and one line of help. {@link #parse} turns text into the typed value or
 * throws an {@link InvalidParameterException} that says what was expected.
 */
public record Parameter(String name, Type type, Optional<String> defaultValue, Range range, List<String> choices,
                        String help) {
    /** What kind of value a parameter holds. */
    public enum Type {
        /** A double within {@link #range}. */
        REAL,
        /** An int within {@link #range}. */
        INTEGER,
        /** A long within {@link #range} (seeds). */
        LONG,
        /** true or false. */
        BOOLEAN,
        /** One of {@link #choices}. */
        CHOICE,
        /** Free text (a name, a NAME=VALUE pair) checked by whoever reads it. */
        TEXT,
        /** A comma-separated list of doubles, each within {@link #range}. */
        REALS
    }

    public Parameter {
        choices = List.copyOf(choices);
        if (defaultValue.isPresent()) {
            String given = defaultValue.get();
            // the default must itself be a valid value: a registry cannot ship a broken default
            new Parameter(name, type, Optional.empty(), range, choices, help).parse(given);
        }
    }

    public static Parameter real(String name, double defaultValue, Range range, String help) {
        return new Parameter(name, Type.REAL, Optional.of(number(defaultValue)), range, List.of(), help);
    }

    public static Parameter optionalReal(String name, Range range, String help) {
        return new Parameter(name, Type.REAL, Optional.empty(), range, List.of(), help);
    }

    public static Parameter integer(String name, int defaultValue, Range range, String help) {
        return new Parameter(name, Type.INTEGER, Optional.of(Integer.toString(defaultValue)), range, List.of(), help);
    }

    public static Parameter optionalInteger(String name, Range range, String help) {
        return new Parameter(name, Type.INTEGER, Optional.empty(), range, List.of(), help);
    }

    public static Parameter seed(String name, long defaultValue, String help) {
        return new Parameter(name, Type.LONG, Optional.of(Long.toString(defaultValue)), Range.any(), List.of(), help);
    }

    public static Parameter flag(String name, boolean defaultValue, String help) {
        return new Parameter(name, Type.BOOLEAN, Optional.of(Boolean.toString(defaultValue)), Range.any(), List.of(),
                help);
    }

    public static Parameter choice(String name, String defaultValue, List<String> choices, String help) {
        return new Parameter(name, Type.CHOICE, Optional.of(defaultValue), Range.any(), choices, help);
    }

    public static Parameter optionalChoice(String name, List<String> choices, String help) {
        return new Parameter(name, Type.CHOICE, Optional.empty(), Range.any(), choices, help);
    }

    public static Parameter text(String name, String help) {
        return new Parameter(name, Type.TEXT, Optional.empty(), Range.any(), List.of(), help);
    }

    public static Parameter reals(String name, Range range, String help) {
        return new Parameter(name, Type.REALS, Optional.empty(), range, List.of(), help);
    }

    /** What the parameter accepts, in words: "a number in (0, 1)", "one of half, davidson". */
    public String expected() {
        return switch (type) {
            case REAL -> range.equals(Range.any()) ? "a number" : "a number in " + range;
            case INTEGER, LONG -> range.equals(Range.any()) ? "a whole number" : "a whole number in " + range;
            case BOOLEAN -> "true or false";
            case CHOICE -> "one of " + String.join(", ", choices);
            case TEXT -> "text";
            case REALS -> range.equals(Range.any()) ? "comma-separated numbers"
                    : "comma-separated numbers in " + range;
        };
    }

    /**
     * The typed value of {@code text}: a Double, Integer, Long, Boolean, String or double[] by
     * {@link #type}.
     *
     * @throws InvalidParameterException when the text is not a value this parameter takes
     */
    public Object parse(String text) {
        String value = text.strip();
        return switch (type) {
            case REAL -> checkedReal(value, value);
            case INTEGER -> (int) checkedWhole(value, Integer.MIN_VALUE, Integer.MAX_VALUE);
            case LONG -> checkedWhole(value, Long.MIN_VALUE, Long.MAX_VALUE);
            case BOOLEAN -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw invalid(text);
            };
            case CHOICE -> {
                if (!choices.contains(value)) {
                    throw invalid(text);
                }
                yield value;
            }
            case TEXT -> {
                if (value.isEmpty()) {
                    throw new InvalidParameterException(name, text, "non-empty text");
                }
                yield value;
            }
            case REALS -> {
                String[] parts = value.split(",", -1);
                double[] numbers = new double[parts.length];
                for (int i = 0; i < parts.length; i++) {
                    numbers[i] = checkedReal(parts[i].strip(), text);
                }
                yield numbers;
            }
        };
    }

    private double checkedReal(String value, String whole) {
        double number;
        try {
            number = Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw invalid(whole);
        }
        if (!range.contains(number)) {
            throw invalid(whole);
        }
        return number;
    }

    private long checkedWhole(String value, long min, long max) {
        long number;
        try {
            number = Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw invalid(value);
        }
        if (number < min || number > max || !range.contains(number)) {
            throw invalid(value);
        }
        return number;
    }

    private InvalidParameterException invalid(String text) {
        return new InvalidParameterException(name, text, expected());
    }

    private static String number(double value) {
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }

    @Override
    public String toString() {
        return name + " (" + expected() + defaultValue.map(d -> "; default " + d).orElse("") + "): " + help;
    }
}
