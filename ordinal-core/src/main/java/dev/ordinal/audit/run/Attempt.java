package dev.ordinal.audit.run;

import dev.ordinal.error.DataException;
import java.util.Objects;
import java.util.Optional;

/**
 * One analysis of one subject (a source, a panel, a judge) that the data either allow — then
 * {@code value} holds its result — or do not — then {@code failure} says why in a clause. A
 * section of an audit goes on past a failed analysis, as the report says why instead.
 *
 * @param subject what was analysed, e.g. a source's name
 * @param value   the result, when the analysis could be computed
 * @param failure why it could not, when it could not
 * @param <T>     the analysis's result
 */
public record Attempt<T>(String subject, Optional<T> value, Optional<String> failure) {
    public Attempt {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(failure, "failure");
        if (value.isPresent() == failure.isPresent()) {
            throw new IllegalArgumentException("an attempt has either a value or a failure");
        }
    }

    public static <T> Attempt<T> of(String subject, T value) {
        return new Attempt<>(subject, Optional.of(value), Optional.empty());
    }

    public static <T> Attempt<T> failed(String subject, String failure) {
        return new Attempt<>(subject, Optional.empty(), Optional.of(failure));
    }

    /**
     * The reason an exception gives, without the remedies that belong to other commands: the
     * fitting code suggests a Gaussian prior, which an audit does not take.
     */
    static String reason(RuntimeException exception) {
        if (exception instanceof DataException data) {
            return data.problem();
        }
        return Objects.requireNonNullElse(exception.getMessage(), exception.getClass().getSimpleName());
    }
}
