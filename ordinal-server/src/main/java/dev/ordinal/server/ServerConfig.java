package dev.ordinal.server;

import dev.ordinal.store.Store;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * How to run a server.
 *
 * @param dataDirectory    holds the admin token and session secret files, and the SQLite database
 *                         unless {@code databaseUrl} is given
 * @param databaseUrl      a {@code jdbc:postgresql:} URL, or empty for SQLite in the data directory
 * @param bind             the address to listen on (loopback by default)
 * @param port             the port, 0 for any free one
 * @param adminToken       the admin token (from {@code ORDINAL_ADMIN_TOKEN}), or empty to read or
 *                         create {@code DATA_DIR/admin-token}
 * @param maxBodyBytes     the largest request body, except bulk judgments
 * @param maxBulkBytes     the largest bulk judgments body
 * @param sessionLimit     battles and votes per voter session
 * @param addressLimit     battles and votes per remote address
 * @param strategy         the matchmaking strategy of arenas that do not name their own
 * @param trustedProxies   addresses of reverse proxies whose {@code X-Forwarded-For} header names
 *                         the client (for the per-address rate limit); empty: trust no header
 */
public record ServerConfig(Path dataDirectory, Optional<String> databaseUrl, String bind, int port,
                           Optional<String> adminToken, long maxBodyBytes, long maxBulkBytes, Limit sessionLimit,
                           Limit addressLimit, String strategy, Set<String> trustedProxies) {

    /** A token bucket: {@code burst} requests at once, refilled at {@code perSecond}. */
    public record Limit(double burst, double perSecond) {
        public Limit {
            if (!(burst >= 1) || !(perSecond > 0)) {
                throw new IllegalArgumentException("a rate limit needs burst >= 1 and a positive rate, got "
                        + burst + " and " + perSecond);
            }
        }
    }

    public ServerConfig {
        trustedProxies = Set.copyOf(trustedProxies);
        Objects.requireNonNull(dataDirectory, "dataDirectory");
        Objects.requireNonNull(databaseUrl, "databaseUrl");
        Objects.requireNonNull(bind, "bind");
        Objects.requireNonNull(adminToken, "adminToken");
        Objects.requireNonNull(strategy, "strategy");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("the port must be 0 to 65535, got " + port);
        }
        if (adminToken.isPresent() && adminToken.get().length() < Store.MIN_TOKEN_LENGTH) {
            throw new IllegalArgumentException("the admin token (ORDINAL_ADMIN_TOKEN) must have at least "
                    + Store.MIN_TOKEN_LENGTH + " characters, got " + adminToken.get().length());
        }
        if (!dev.ordinal.app.Registries.strategies().contains(strategy)) {
            throw new IllegalArgumentException("unknown matchmaking strategy '" + strategy + "'; expected one of "
                    + String.join(", ", dev.ordinal.app.Registries.strategies().names()));
        }
        if (databaseUrl.isPresent() && !databaseUrl.get().startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--db takes a jdbc:postgresql: URL, got '" + databaseUrl.get() + "'");
        }
    }

    /** Port 8080 on loopback, SQLite in {@code dataDirectory}, 1 MiB bodies (64 MiB bulk), ksort, no proxy. */
    public static ServerConfig defaults(Path dataDirectory) {
        return new ServerConfig(dataDirectory, Optional.empty(), "127.0.0.1", 8080, Optional.empty(), 1 << 20,
                64L << 20, new Limit(60, 2), new Limit(600, 20), dev.ordinal.app.Registries.DEFAULT_STRATEGY,
                Set.of());
    }

    public ServerConfig withDatabaseUrl(Optional<String> url) {
        return new ServerConfig(dataDirectory, url, bind, port, adminToken, maxBodyBytes, maxBulkBytes, sessionLimit,
                addressLimit, strategy, trustedProxies);
    }

    public ServerConfig withAddress(String newBind, int newPort) {
        return new ServerConfig(dataDirectory, databaseUrl, newBind, newPort, adminToken, maxBodyBytes, maxBulkBytes,
                sessionLimit, addressLimit, strategy, trustedProxies);
    }

    public ServerConfig withAdminToken(Optional<String> token) {
        return new ServerConfig(dataDirectory, databaseUrl, bind, port, token, maxBodyBytes, maxBulkBytes, sessionLimit,
                addressLimit, strategy, trustedProxies);
    }

    public ServerConfig withLimits(Limit session, Limit address) {
        return new ServerConfig(dataDirectory, databaseUrl, bind, port, adminToken, maxBodyBytes, maxBulkBytes, session,
                address, strategy, trustedProxies);
    }

    public ServerConfig withStrategy(String name) {
        return new ServerConfig(dataDirectory, databaseUrl, bind, port, adminToken, maxBodyBytes, maxBulkBytes,
                sessionLimit, addressLimit, name, trustedProxies);
    }

    public ServerConfig withTrustedProxies(Set<String> proxies) {
        return new ServerConfig(dataDirectory, databaseUrl, bind, port, adminToken, maxBodyBytes, maxBulkBytes,
                sessionLimit, addressLimit, strategy, proxies);
    }

    public ServerConfig withBodyLimits(long body, long bulk) {
        return new ServerConfig(dataDirectory, databaseUrl, bind, port, adminToken, body, bulk, sessionLimit,
                addressLimit, strategy, trustedProxies);
    }
}
