package dev.ordinal.store;

/**
 * A store operation that was refused because of what is (or is not) stored, or that failed.
 * {@link #kind()} tells a caller (the HTTP layer) how to answer — not found, conflict, forbidden,
 * unavailable — which a parameter error cannot say; the message names the record and what was
 * wrong with it. A bad argument (an id too long, a battle size out of range) is core's
 * {@link dev.ordinal.error.InvalidParameterException} instead.
 */
public final class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why the operation did not happen. */
    public enum Kind {
        /** An arena, item, prompt or battle that does not exist. */
        NOT_FOUND,
        /** A record of an appended batch that can never be stored as given (self-comparison, bad id). */
        INVALID,
        /** The record clashes with what is stored (arena exists, battle already voted). */
        CONFLICT,
        /** The caller may not do this (another session's battle). */
        FORBIDDEN,
        /** The database failed; nothing of the operation was stored. */
        DATABASE
    }

    private final Kind kind;

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
