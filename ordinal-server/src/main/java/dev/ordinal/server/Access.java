package dev.ordinal.server;

import io.javalin.security.RouteRole;

/**
 * Who may call a route, given when the route is registered and checked by {@link AccessControl}
 * before the handler runs. The admin may do everything a judge may.
 */
enum Access implements RouteRole {
    /** Anyone, with or without a token or session. */
    ANYONE,
    /**
     * A voter: a token's own session, or a signed anonymous cookie session, issued to a request
     * that has none. A cookie POST must carry the session's CSRF token.
     */
    VOTER,
    /**
     * A voter acting on what was issued to their session (a vote): like {@link #VOTER}, but a
     * request without a session is not given one; the handler refuses it once it knows what
     * was asked for.
     */
    RETURNING_VOTER,
    /** A judge or the admin, by bearer token. */
    JUDGE,
    /** The admin, by bearer token. */
    ADMIN
}
