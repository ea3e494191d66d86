package dev.ordinal.error;

import java.util.Optional;

/**
 * The data do not allow what was asked: a tie model on data without ties, no finite estimate, a
 * cardinal rule on ranked ballots. The message says what is wrong with the data; the remedy, when
 * there is one, names the parameter that would help ("set prior, e.g. prior=2"). Subclasses add
 * what a program may want to read (the groups that never lost, say).
 */
public non-sealed class DataException extends OrdinalException {
    private static final long serialVersionUID = 1L;

    private final String problem;
    private final String remedy;

    public DataException(String message) {
        this(message, "");
    }

    public DataException(String message, String remedy) {
        super(remedy.isEmpty() ? message : message + "; " + remedy);
        this.problem = message;
        this.remedy = remedy;
    }

    /** What is wrong with the data, without the remedy (for a caller that shows or drops the remedy itself). */
    public String problem() {
        return problem;
    }

    /** What would make the request answerable, in parameter names; empty when nothing would. */
    public Optional<String> remedy() {
        return remedy.isEmpty() ? Optional.empty() : Optional.of(remedy);
    }
}
