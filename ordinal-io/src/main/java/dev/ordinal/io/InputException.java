package dev.ordinal.io;

import java.util.Objects;
import java.util.Optional;

/**
 * A judgment file that cannot be read, located so that a person can fix it: the source (file
 * name or {@code <stdin>}), the line as an editor numbers it, the field or column, the offending
 * value and what was expected there. The message reads like a compiler's:
 * {@code votes.csv:12: field 'winner': 'lft' is not a known outcome; expected one of model_a, model_b, tie}.
 *
 * <p>{@link #reason()} is a short, stable label of the kind of problem ("unknown outcome",
 * "self-comparison", "missing field"...), the key under which {@link ReadReport#skippedByReason()}
 * counts records skipped with {@link ReadOptions#skipInvalid()}.
 */
public final class InputException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final long line;
    private final String field;
    private final String value;
    private final String problem;
    private final String expected;
    private final String reason;

    /**
     * @param source   file name as the user gave it, or {@code <stdin>}
     * @param line     1-based line, or 0 when the problem concerns the whole input
     * @param field    the field or column, if the problem is in one
     * @param value    the offending value, if there is one
     * @param problem  what is wrong, as a phrase ("'lft' is not a known outcome")
     * @param expected what would have been right; empty when nothing useful can be said
     * @param reason   short, stable kind of problem
     */
    public InputException(String source, long line, Optional<String> field, Optional<String> value,
                          String problem, String expected, String reason) {
        super(format(source, line, field, problem, expected));
        this.source = Objects.requireNonNull(source, "source");
        this.line = line;
        this.field = field.orElse(null);
        this.value = value.orElse(null);
        this.problem = Objects.requireNonNull(problem, "problem");
        this.expected = Objects.requireNonNull(expected, "expected");
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    private static String format(String source, long line, Optional<String> field, String problem, String expected) {
        StringBuilder message = new StringBuilder(source);
        if (line > 0) {
            message.append(':').append(line);
        }
        message.append(": ");
        field.ifPresent(name -> message.append("field '").append(name).append("': "));
        message.append(problem);
        if (!expected.isEmpty()) {
            message.append("; expected ").append(expected);
        }
        return message.toString();
    }

    /** The file name as given, or {@code <stdin>}. */
    public String source() {
        return source;
    }

    /** The 1-based line of the problem, or 0 when it concerns the whole input. */
    public long line() {
        return line;
    }

    public Optional<String> field() {
        return Optional.ofNullable(field);
    }

    public Optional<String> value() {
        return Optional.ofNullable(value);
    }

    /** What is wrong, without location. */
    public String problem() {
        return problem;
    }

    /** What was expected; empty when nothing useful can be said. */
    public String expected() {
        return expected;
    }

    /** Short, stable kind of problem, e.g. "unknown outcome". */
    public String reason() {
        return reason;
    }
}
