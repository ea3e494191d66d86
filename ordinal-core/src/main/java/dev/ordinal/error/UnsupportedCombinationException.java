package dev.ordinal.error;

import java.util.List;

/**
 * Parameters that are each valid but cannot go together, e.g. {@code ties} with the Plackett–Luce
 * model or {@code label-noise} with a model other than Bradley–Terry. {@code parameters} names
 * them as the requests do, so that adapters can show their own names.
 */
public final class UnsupportedCombinationException extends OrdinalException {
    private static final long serialVersionUID = 1L;

    private final List<String> parameters;

    public UnsupportedCombinationException(List<String> parameters, String message) {
        super(message);
        this.parameters = List.copyOf(parameters);
    }

    /** The parameters that clash, in the order the message names them. */
    public List<String> parameters() {
        return parameters;
    }
}
