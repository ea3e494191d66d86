package dev.ordinal.error;

/**
 * A parameter has a value it cannot take: {@code parameter} names it as the registry and the
 * requests do ({@code prior}, {@code level}, {@code k}), {@code value} is what was given, and
 * {@code expected} says what it may be ("a number in (0, 1)"). Adapters translate the name to
 * their own ({@code --prior}, {@code ?prior}).
 */
public final class InvalidParameterException extends OrdinalException {
    private static final long serialVersionUID = 1L;

    private final String parameter;
    private final String value;
    private final String expected;

    public InvalidParameterException(String parameter, String value, String expected) {
        this(parameter, value, expected, parameter + " must be " + expected + ", got '" + value + "'");
    }

    private InvalidParameterException(String parameter, String value, String expected, String message) {
        super(message);
        this.parameter = parameter;
        this.value = value;
        this.expected = expected;
    }

    /**
     * A parameter that {@code owner} (a model, a rule, a request) does not take at all.
     *
     * @param known the parameters it does take
     */
    public static InvalidParameterException unknown(String parameter, String value, String owner,
            java.util.Collection<String> known) {
        String takes = known.isEmpty() ? "it takes none" : "it takes " + String.join(", ", known);
        return new InvalidParameterException(parameter, value, "a parameter of " + owner,
                owner + " takes no parameter '" + parameter + "'; " + takes);
    }

    /** The parameter's name, e.g. {@code level}. */
    public String parameter() {
        return parameter;
    }

    /** The value given, as text. */
    public String value() {
        return value;
    }

    /** What the parameter accepts, e.g. "a number in (0, 1)". */
    public String expected() {
        return expected;
    }

    /**
     * The same message with the parameter shown as {@code shownAs} (an adapter's {@code --level}
     * or {@code ?level}).
     */
    public String messageFor(String shownAs) {
        return getMessage().startsWith(parameter + " must be ")
                ? shownAs + getMessage().substring(parameter.length()) : getMessage();
    }
}
