package dev.ordinal.server;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.json.JavalinJackson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * The Ordinal HTTP API and pages on Javalin, assembled: {@link Startup} opens the store and the
 * secrets, {@link Arenas} keeps each arena's comparison table in memory (updated after every
 * acknowledged write), one {@link Resource} per kind of thing registers its routes with their
 * {@link Access}, {@link AccessControl} checks it before each handler, and {@link Problems}
 * turns every refusal into an RFC 7807 problem document.
 */
public final class OrdinalServer implements AutoCloseable {
    static final String ADMIN_TOKEN_FILE = Startup.ADMIN_TOKEN_FILE;
    static final String SESSION_SECRET_FILE = Startup.SESSION_SECRET_FILE;

    private final ServerConfig config;
    private final Startup startup;
    private final Arenas arenas;
    private final Javalin app;

    private OrdinalServer(ServerConfig config) throws IOException {
        this.config = config;
        this.startup = Startup.open(config);
        try {
            Metrics metrics = new Metrics();
            this.arenas = new Arenas(startup.store(), config.strategy(), startup.bootstraps(), metrics);
            RateLimits rateLimits = new RateLimits(config);
            AccessControl access = new AccessControl(startup.store(), startup.sessions());
            List<Resource> resources = List.of(
                    new OperationsResource(startup.store(), arenas, metrics),
                    new TokenResource(startup.store(), config.maxBodyBytes()),
                    new ArenaResource(startup.store(), arenas, config.maxBodyBytes()),
                    new CatalogResource(startup.store(), arenas, config.maxBodyBytes()),
                    new BattleResource(startup.store(), arenas, rateLimits, metrics, config.maxBodyBytes()),
                    new JudgmentResource(startup.store(), arenas, metrics, config.maxBulkBytes()),
                    new LeaderboardResource(arenas),
                    new AuditResource(startup.store(), arenas),
                    new PageResource(startup.store(), arenas, rateLimits));
            this.app = Javalin.create(javalin -> {
                javalin.showJavalinBanner = false;
                javalin.jetty.defaultHost = config.bind();
                javalin.http.maxRequestSize = config.maxBulkBytes();
                javalin.jsonMapper(new JavalinJackson(JsonBodies.MAPPER, false));
                javalin.requestLogger.http((ctx, millis) -> metrics.request(ctx.method().name(), route(ctx),
                        ctx.statusCode()));
            });
            app.beforeMatched(access::check);
            resources.forEach(resource -> resource.register(app));
            Problems.register(app);
            app.start(config.bind(), config.port());
        } catch (RuntimeException e) {
            startup.close();
            throw e;
        }
    }

    /** Opens the store, rebuilds every arena's table from it and starts listening. */
    public static OrdinalServer start(ServerConfig config) throws IOException {
        return new OrdinalServer(config);
    }

    /** The port listened on (the one chosen when the configuration said 0). */
    public int port() {
        return app.port();
    }

    public String adminToken() {
        return startup.adminToken();
    }

    /** True when this start generated the admin token and wrote it to the data directory. */
    public boolean adminTokenCreated() {
        return startup.adminTokenCreated();
    }

    public Path adminTokenFile() {
        return config.dataDirectory().resolve(ADMIN_TOKEN_FILE);
    }

    /**
     * Creates (or completes) the demo arena {@code llmfao}: the 59 models and 19 prompts of the
     * LLMFAO example with every model's answer, its battles showing {@code battleSize} answers.
     * Idempotent: a second call adds nothing (it only changes the battle size if it differs).
     *
     * @return a line saying what the arena holds
     */
    public String installDemo(int battleSize) {
        LlmfaoDemo.Summary summary = LlmfaoDemo.install(startup.store(), battleSize);
        arenas.load(startup.store().arena(LlmfaoDemo.ARENA).orElseThrow());
        return "arena '" + LlmfaoDemo.ARENA + "': " + summary.models() + " models, " + summary.prompts() + " prompts, "
                + summary.answers() + " answers, " + battleSize + " per battle"
                + (summary.created() ? "" : " (already stored)");
    }

    /** The path of the demo arena's voting page. */
    public static String demoPath() {
        return "/arenas/" + LlmfaoDemo.ARENA;
    }

    @Override
    public void close() {
        try {
            app.stop();
        } finally {
            startup.close();
        }
    }

    /** The route a request matched, for the metrics; {@code unmatched} for a 404 without a route. */
    private static String route(Context ctx) {
        try {
            String path = ctx.endpointHandlerPath();
            return path == null || path.isEmpty() || path.equals("*") ? "unmatched" : path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }
}
