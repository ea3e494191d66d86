package dev.ordinal.server;

import dev.ordinal.store.Role;
import dev.ordinal.store.Store;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import io.javalin.security.RouteRole;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a route's {@link Access} before its handler: bearer tokens for judges and the admin,
 * voter sessions (a token's own, or a signed anonymous cookie) with their CSRF tokens for voters.
 * The voter it finds is left on the request for the handler ({@link #voter}).
 */
final class AccessControl {
    /** The header a cookie-authenticated POST must carry, with the session's CSRF token. */
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String VOTER_ATTRIBUTE = "ordinal.voter";
    private static final int COOKIE_SECONDS = 30 * 24 * 3600;

    private final Store store;
    private final Sessions sessions;

    /** A voter session, and the CSRF token that goes with it when it is a cookie session. */
    record Voter(String session, Optional<String> csrf) { }

    AccessControl(Store store, Sessions sessions) {
        this.store = store;
        this.sessions = sessions;
    }

    /** The {@code beforeMatched} handler: refuses the request unless its route's roles allow it. */
    void check(Context ctx) {
        Set<RouteRole> roles = ctx.routeRoles();
        if (roles.contains(Access.ADMIN)) {
            if (authenticate(ctx) != Role.ADMIN) {
                throw new ProblemException(403, "Forbidden", "this endpoint needs the admin token");
            }
        } else if (roles.contains(Access.JUDGE)) {
            authenticate(ctx); // admin or judge: an admin may do everything a judge may
        } else if (roles.contains(Access.VOTER) || roles.contains(Access.RETURNING_VOTER)) {
            ctx.attribute(VOTER_ATTRIBUTE, findVoter(ctx, roles.contains(Access.VOTER)));
        }
    }

    /**
     * The voter of a request to a {@link Access#VOTER} route (always present) or a
     * {@link Access#RETURNING_VOTER} route (empty when the request has no session).
     */
    static Optional<Voter> voter(Context ctx) {
        Optional<Voter> voter = ctx.attribute(VOTER_ATTRIBUTE);
        return voter == null ? Optional.empty() : voter;
    }

    private Optional<String> bearer(Context ctx) {
        String header = ctx.header("Authorization");
        if (header == null) {
            return Optional.empty();
        }
        if (!header.regionMatches(true, 0, "Bearer ", 0, 7) || header.substring(7).isBlank()) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw new ProblemException(401, "Unauthorized", "the Authorization header must be 'Bearer <token>'");
        }
        return Optional.of(header.substring(7).strip());
    }

    /** The role of the request's token: 401 without a token or with an unknown one. */
    private Role authenticate(Context ctx) {
        String token = bearer(ctx).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer");
            return new ProblemException(401, "Unauthorized", "this endpoint needs 'Authorization: Bearer <token>'");
        });
        return role(ctx, token);
    }

    private Role role(Context ctx, String token) {
        return store.verifyToken(token).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return new ProblemException(401, "Unauthorized", "unknown token");
        });
    }

    /**
     * A token's own session, or the signed cookie's. A POST that presents a valid session cookie
     * (and no token) must send the session's CSRF token in {@value #CSRF_HEADER}, else 403:
     * another site's page can make a browser send the cookie, but cannot read the token. A
     * request without a cookie has no session to abuse and is given a new one when {@code issue}.
     */
    private Optional<Voter> findVoter(Context ctx, boolean issue) {
        Optional<String> token = bearer(ctx);
        if (token.isPresent()) {
            role(ctx, token.get());
            return Optional.of(new Voter(Sessions.forToken(token.get()), Optional.empty()));
        }
        Optional<String> signed = sessions.verify(ctx.cookie(Sessions.COOKIE));
        if (signed.isPresent()) {
            if (ctx.method() != HandlerType.GET && !sessions.verifyCsrf(signed.get(), ctx.header(CSRF_HEADER))) {
                throw new ProblemException(403, "Forbidden", "a request with the session cookie must send the "
                        + "session's CSRF token in the " + CSRF_HEADER + " header (from the voting page's "
                        + "<meta name=\"csrf-token\">, or the " + CSRF_HEADER + " header of the previous answer)");
            }
            return Optional.of(cookieVoter(ctx, signed.get()));
        }
        if (!issue) {
            return Optional.empty();
        }
        String[] fresh = sessions.issue();
        Cookie cookie = new Cookie(Sessions.COOKIE, fresh[1]);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        cookie.setMaxAge(COOKIE_SECONDS);
        ctx.cookie(cookie);
        return Optional.of(cookieVoter(ctx, fresh[0]));
    }

    /** A cookie session's voter; every answer repeats its CSRF token, so scripts keep the latest. */
    private Voter cookieVoter(Context ctx, String id) {
        String csrf = sessions.csrfToken(id);
        ctx.header(CSRF_HEADER, csrf);
        return new Voter("anon-" + id, Optional.of(csrf));
    }
}
