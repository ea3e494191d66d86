package dev.ordinal.server;

/**
 * A refusal to answer as an RFC 7807 problem document: an HTTP status, a short title and a
 * detail that says what was wrong with this request.
 */
final class ProblemException extends RuntimeException {
    private final int status;
    private final String title;
    private final long retryAfterSeconds;

    ProblemException(int status, String title, String detail) {
        this(status, title, detail, 0);
    }

    ProblemException(int status, String title, String detail, long retryAfterSeconds) {
        super(detail);
        this.status = status;
        this.title = title;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static ProblemException badRequest(String detail) {
        return new ProblemException(400, "Bad request", detail);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    /** Seconds for a {@code Retry-After} header, 0 for none. */
    long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
