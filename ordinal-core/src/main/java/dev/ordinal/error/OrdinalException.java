package dev.ordinal.error;

/**
 * Every error Ordinal reports about a request or its data, as opposed to a bug. Three kinds, each
 * with what an adapter needs to answer well: a bad parameter value (the CLI exits 2 naming its
 * option, the server answers 400 naming its query parameter or body field), data that do not allow
 * the request (exit 1, 422, with a remedy where there is one), and parameters that cannot go
 * together (exit 2, 400). Messages speak in parameter names, never in CLI flags or HTTP fields.
 * Reading errors, located by file, line and field, are io's {@code InputException}.
 */
public abstract sealed class OrdinalException extends RuntimeException
        permits InvalidParameterException, DataException, UnsupportedCombinationException {
    private static final long serialVersionUID = 1L;

    OrdinalException(String message) {
        super(message);
    }

    OrdinalException(String message, Throwable cause) {
        super(message, cause);
    }
}
