package dev.ordinal.server;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * The rate limits of battles and votes: a token bucket per voter session and one per client
 * address; a request takes a token from both or is refused with a 429 and {@code Retry-After}.
 */
final class RateLimits {
    private final RateLimiter sessionLimiter;
    private final RateLimiter addressLimiter;
    private final Set<String> trustedProxies;

    RateLimits(ServerConfig config) {
        this.sessionLimiter = new RateLimiter(config.sessionLimit().burst(), config.sessionLimit().perSecond());
        this.addressLimiter = new RateLimiter(config.addressLimit().burst(), config.addressLimit().perSecond());
        this.trustedProxies = config.trustedProxies();
    }

    /** Takes a token for the request's address and for {@code session}, or throws a 429. */
    void take(Context ctx, String session) {
        long wait = Math.max(addressLimiter.acquire(clientAddress(ctx)), sessionLimiter.acquire(session));
        if (wait > 0) {
            throw new ProblemException(429, "Too many requests", "too many battles or votes; retry in " + wait + " s",
                    wait);
        }
    }

    /** Takes a token for a request that may have no session: its address stands in for one. */
    void takeAnonymous(Context ctx) {
        take(ctx, "address-" + clientAddress(ctx));
    }

    /**
     * The client's address: the peer's, or, when the peer is a trusted reverse proxy, the
     * right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy (the
     * left-most entries are whatever the client chose to send, so they are never believed).
     */
    private String clientAddress(Context ctx) {
        String address = ctx.req().getRemoteAddr();
        if (!trustedProxies.contains(address)) {
            return address;
        }
        List<String> hops = new ArrayList<>();
        for (String forwarded : Collections.list(ctx.req().getHeaders("X-Forwarded-For"))) {
            for (String hop : forwarded.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            address = hops.get(i);
            if (!trustedProxies.contains(address)) {
                break;
            }
        }
        return address;
    }
}
