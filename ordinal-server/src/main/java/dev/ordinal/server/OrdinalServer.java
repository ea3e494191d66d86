package dev.ordinal.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.Models;
import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.TieModel;
import dev.ordinal.io.LeaderboardWriter;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Scale;
import dev.ordinal.leaderboard.UncertaintyMethod;
import dev.ordinal.select.MatchmakingStrategies;
import dev.ordinal.select.MatchmakingStrategy;
import dev.ordinal.store.AppendResult;
import dev.ordinal.store.Arena;
import dev.ordinal.store.Battle;
import dev.ordinal.store.BattleVote;
import dev.ordinal.store.Item;
import dev.ordinal.store.NewJudgment;
import dev.ordinal.store.Prompt;
import dev.ordinal.store.Role;
import dev.ordinal.store.Store;
import dev.ordinal.store.StoreException;
import dev.ordinal.store.StoredJudgment;
import dev.ordinal.store.VotedBattle;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.SameSite;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The Ordinal HTTP API on Javalin: handlers parse the request, call the {@link Store} and the
 * core, and translate refusals into RFC 7807 problem documents. Each arena's comparison table is
 * kept in memory ({@link ArenaRuntime}) and updated after every acknowledged write.
 */
public final class OrdinalServer implements AutoCloseable {
    static final String PROBLEM_JSON = "application/problem+json";
    static final String ADMIN_TOKEN_FILE = "admin-token";
    static final String SESSION_SECRET_FILE = "session-secret";
    /** The header a cookie-authenticated POST must carry, with the session's CSRF token. */
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final int MAX_BOOTSTRAP_ROUNDS = 10_000;
    private static final int QUEUED_BOOTSTRAPS = 16;

    private final ServerConfig config;
    private final Store store;
    private final String adminToken;
    private final boolean adminTokenCreated;
    private final Sessions sessions;
    private final RateLimiter sessionLimiter;
    private final RateLimiter addressLimiter;
    private final Metrics metrics = new Metrics();
    private final Map<String, ArenaRuntime> arenas = new ConcurrentHashMap<>();
    /**
     * Bootstrap intervals, computed one leaderboard at a time (each bootstrap uses several
     * threads); at most {@value #QUEUED_BOOTSTRAPS} wait, since anyone may ask for a leaderboard.
     */
    private final ExecutorService bootstraps = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(QUEUED_BOOTSTRAPS), task -> {
                Thread thread = new Thread(task, "ordinal-bootstrap");
                thread.setDaemon(true);
                thread.setPriority(Thread.NORM_PRIORITY - 1);
                return thread;
            });
    private final ThreadLocal<UniformRandomProvider> random =
            ThreadLocal.withInitial(() -> RandomSource.XO_RO_SHI_RO_128_PP.create());
    private final Javalin app;

    private OrdinalServer(ServerConfig config) throws IOException {
        this.config = config;
        Files.createDirectories(config.dataDirectory());
        this.store = config.databaseUrl().map(Store::openPostgres).orElseGet(() -> Store.openSqlite(config.dataDirectory()));
        try {
            Path tokenFile = config.dataDirectory().resolve(ADMIN_TOKEN_FILE);
            if (config.adminToken().isPresent()) {
                adminToken = config.adminToken().get();
                adminTokenCreated = false;
            } else if (Files.exists(tokenFile)) {
                adminToken = Files.readString(tokenFile, StandardCharsets.UTF_8).strip();
                adminTokenCreated = false;
            } else {
                byte[] bytes = new byte[32];
                new SecureRandom().nextBytes(bytes);
                adminToken = "ordinal_admin_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
                writeOwnerOnly(tokenFile, adminToken + "\n");
                adminTokenCreated = true;
            }
            store.registerToken(adminToken, Role.ADMIN);
            this.sessions = new Sessions(sessionSecret(config.dataDirectory().resolve(SESSION_SECRET_FILE)));
            this.sessionLimiter = new RateLimiter(config.sessionLimit().burst(), config.sessionLimit().perSecond());
            this.addressLimiter = new RateLimiter(config.addressLimit().burst(), config.addressLimit().perSecond());
            for (Arena arena : store.arenas()) {
                arenas.put(arena.id(), runtime(arena));
            }
            this.app = routes(Javalin.create(javalin -> {
                javalin.showJavalinBanner = false;
                javalin.jetty.defaultHost = config.bind();
                javalin.http.maxRequestSize = config.maxBulkBytes();
                javalin.requestLogger.http((ctx, millis) -> metrics.request(ctx.method().name(), route(ctx),
                        ctx.statusCode()));
            }));
            app.start(config.bind(), config.port());
        } catch (RuntimeException | IOException e) {
            store.close();
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
        return adminToken;
    }

    /** True when this start generated the admin token and wrote it to the data directory. */
    public boolean adminTokenCreated() {
        return adminTokenCreated;
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
        LlmfaoDemo.Summary summary = LlmfaoDemo.install(store, battleSize);
        arenas.put(LlmfaoDemo.ARENA, runtime(store.arena(LlmfaoDemo.ARENA).orElseThrow()));
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
            bootstraps.shutdownNow();
            store.close();
        }
    }

    private ArenaRuntime runtime(Arena arena) {
        return new ArenaRuntime(arena.id(), strategy(effectiveStrategy(arena)), arena.battleSize(),
                store.comparisonTable(arena.id()), store.items(arena.id()), store.prompts(arena.id()), bootstraps);
    }

    /** The arena's own strategy, or the server's default. */
    private String effectiveStrategy(Arena arena) {
        return arena.strategy().orElse(config.strategy());
    }

    /** A strategy by name, or a 400 that lists the names. */
    private static MatchmakingStrategy strategy(String name) {
        try {
            return MatchmakingStrategies.byName(name);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("unknown matchmaking strategy '" + name + "'; expected one of "
                    + String.join(", ", MatchmakingStrategies.NAMES));
        }
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    private static byte[] sessionSecret(Path file) throws IOException {
        if (!Files.exists(file)) {
            try {
                writeOwnerOnly(file, Base64.getEncoder().encodeToString(Sessions.randomSecret()) + "\n");
            } catch (FileAlreadyExistsException raced) {
                // another process wrote it first: read theirs
            }
        }
        try {
            return Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).strip());
        } catch (IllegalArgumentException e) {
            throw new IOException(file + " does not hold a base64 session secret; delete it to make a new one", e);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Routes

    private Javalin routes(Javalin javalin) {
        javalin.get("/healthz", ctx -> {
            store.arenas();
            json(ctx, 200, JsonBodies.MAPPER.createObjectNode().put("status", "ok")
                    .put("backend", store.backend().name().toLowerCase(java.util.Locale.ROOT)));
        });
        javalin.get("/metrics", ctx -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            arenas.values().forEach(a -> counts.put(a.id(), a.table().judgments()));
            ctx.contentType("text/plain; version=0.0.4; charset=utf-8").result(metrics.exposition(counts));
        });
        javalin.get("/api/openapi.json", ctx -> {
            try (InputStream in = OrdinalServer.class.getResourceAsStream("openapi.json")) {
                ctx.contentType("application/json").result(in.readAllBytes());
            }
        });
        javalin.post("/api/v1/tokens", this::createToken);
        javalin.get("/api/v1/arenas", this::listArenas);
        javalin.post("/api/v1/arenas", this::createArena);
        javalin.patch("/api/v1/arenas/{arena}", this::configureArena);
        javalin.put("/api/v1/arenas/{arena}/items/{item}", this::putItem);
        javalin.post("/api/v1/arenas/{arena}/prompts", this::addPrompt);
        javalin.post("/api/v1/arenas/{arena}/battles", this::issueBattle);
        javalin.post("/api/v1/arenas/{arena}/battles/{battle}/vote", this::vote);
        javalin.post("/api/v1/arenas/{arena}/judgments", this::appendJudgments);
        javalin.get("/api/v1/arenas/{arena}/judgments", this::exportJudgments);
        javalin.get("/api/v1/arenas/{arena}/leaderboard", this::leaderboard);
        javalin.get("/", this::arenaListPage);
        javalin.get("/arenas/{arena}", this::votePage);
        javalin.get("/arenas/{arena}/leaderboard", this::leaderboardPage);
        javalin.get("/assets/{file}", this::asset);

        javalin.exception(ProblemException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            }
            problem(ctx, e.status(), e.title(), e.getMessage());
        });
        javalin.exception(InvalidParameterException.class, (e, ctx) -> problem(ctx, 400, "Bad request", e.getMessage()));
        javalin.exception(StoreException.class, (e, ctx) -> {
            switch (e.kind()) {
                case NOT_FOUND -> problem(ctx, 404, "Not found", e.getMessage());
                case INVALID -> problem(ctx, 400, "Bad request", e.getMessage());
                case CONFLICT -> problem(ctx, 409, "Conflict", e.getMessage());
                case FORBIDDEN -> problem(ctx, 403, "Forbidden", e.getMessage());
                default -> {
                    System.err.println("ordinal-server: database error: " + e.getMessage());
                    problem(ctx, 503, "Database unavailable", "the database refused the request; try again");
                }
            }
        });
        javalin.exception(HttpResponseException.class, (e, ctx) -> {
            switch (e.getStatus()) {
                case 404 -> problem(ctx, 404, "Not found", noRoute(ctx));
                case 405 -> problem(ctx, 405, "Method not allowed", noRoute(ctx));
                case 413 -> problem(ctx, 413, "Payload too large", e.getMessage());
                default -> problem(ctx, e.getStatus(), e.getStatus() < 500 ? "Bad request" : "Server error", e.getMessage());
            }
        });
        javalin.exception(Exception.class, (e, ctx) -> {
            System.err.println("ordinal-server: unexpected error on " + ctx.method() + " " + ctx.path());
            e.printStackTrace();
            problem(ctx, 500, "Internal server error", "an unexpected error; this is a bug in Ordinal");
        });
        javalin.error(404, ctx -> {
            if (ctx.attribute("problem") == null) {
                problem(ctx, 404, "Not found", noRoute(ctx));
            }
        });
        return javalin;
    }

    private static String noRoute(Context ctx) {
        return "no route " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json";
    }

    private static String route(Context ctx) {
        try {
            String path = ctx.endpointHandlerPath();
            return path == null || path.isEmpty() || path.equals("*") ? "unmatched" : path;
        } catch (RuntimeException e) {
            return "unmatched";
        }
    }

    private static void problem(Context ctx, int status, String title, String detail) {
        ctx.attribute("problem", Boolean.TRUE);
        ObjectNode body = JsonBodies.MAPPER.createObjectNode();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", detail);
        ctx.status(status).contentType(PROBLEM_JSON).result(body.toString());
    }

    private static void json(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json").result(body.toString());
    }

    // ------------------------------------------------------------------------------------------
    // Access

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
        return store.verifyToken(token).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return new ProblemException(401, "Unauthorized", "unknown token");
        });
    }

    private void requireAdmin(Context ctx) {
        if (authenticate(ctx) != Role.ADMIN) {
            throw new ProblemException(403, "Forbidden", "this endpoint needs the admin token");
        }
    }

    private void requireJudge(Context ctx) {
        authenticate(ctx); // admin or judge: an admin may do everything a judge may
    }

    /** A voter session, and the CSRF token that goes with it when it is a cookie session. */
    private record Voter(String session, Optional<String> csrf) { }

    /** The voter session: a token's own session, or a signed anonymous cookie (issued when {@code issue}). */
    private Optional<String> session(Context ctx, boolean issue) {
        return voter(ctx, issue).map(Voter::session);
    }

    /**
     * The voter of a request. A POST that presents a valid session cookie (and no token) must send
     * the session's CSRF token in {@value #CSRF_HEADER}, else 403: another site's page can make a
     * browser send the cookie, but cannot read the token. Token-authenticated calls are exempt;
     * a request without a cookie has no session to abuse and is given a new one.
     */
    private Optional<Voter> voter(Context ctx, boolean issue) {
        Optional<String> token = bearer(ctx);
        if (token.isPresent()) {
            if (store.verifyToken(token.get()).isEmpty()) {
                ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
                throw new ProblemException(401, "Unauthorized", "unknown token");
            }
            return Optional.of(new Voter(Sessions.forToken(token.get()), Optional.empty()));
        }
        Optional<String> signed = sessions.verify(ctx.cookie(Sessions.COOKIE));
        if (signed.isPresent()) {
            if (ctx.method() != HandlerType.GET && !sessions.verifyCsrf(signed.get(), ctx.header(CSRF_HEADER))) {
                throw new ProblemException(403, "Forbidden", "a request with the session cookie must send the "
                        + "session's CSRF token in the " + CSRF_HEADER + " header (from the voting page's "
                        + "<meta name=\"csrf-token\">, or the " + CSRF_HEADER + " header of the previous answer)");
            }
            String csrf = sessions.csrfToken(signed.get());
            ctx.header(CSRF_HEADER, csrf);
            return Optional.of(new Voter("anon-" + signed.get(), Optional.of(csrf)));
        }
        if (!issue) {
            return Optional.empty();
        }
        String[] fresh = sessions.issue();
        Cookie cookie = new Cookie(Sessions.COOKIE, fresh[1]);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setSameSite(SameSite.LAX);
        cookie.setMaxAge(30 * 24 * 3600);
        ctx.cookie(cookie);
        String csrf = sessions.csrfToken(fresh[0]);
        ctx.header(CSRF_HEADER, csrf);
        return Optional.of(new Voter("anon-" + fresh[0], Optional.of(csrf)));
    }

    /**
     * The client's address: the peer's, or, when the peer is a trusted reverse proxy, the
     * right-most address of {@code X-Forwarded-For} that is not itself a trusted proxy (the
     * left-most entries are whatever the client chose to send, so they are never believed).
     */
    private String clientAddress(Context ctx) {
        String address = ctx.req().getRemoteAddr();
        if (!config.trustedProxies().contains(address)) {
            return address;
        }
        List<String> hops = new ArrayList<>();
        for (String forwarded : java.util.Collections.list(ctx.req().getHeaders("X-Forwarded-For"))) {
            for (String hop : forwarded.split(",")) {
                if (!hop.isBlank()) {
                    hops.add(hop.strip());
                }
            }
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            address = hops.get(i);
            if (!config.trustedProxies().contains(address)) {
                break;
            }
        }
        return address;
    }

    private void rateLimit(Context ctx, String session) {
        long wait = Math.max(addressLimiter.acquire(clientAddress(ctx)), sessionLimiter.acquire(session));
        if (wait > 0) {
            throw new ProblemException(429, "Too many requests", "too many battles or votes; retry in " + wait + " s",
                    wait);
        }
    }

    // ------------------------------------------------------------------------------------------
    // Bodies

    private byte[] body(Context ctx, long limit) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        }
    }

    private static ProblemException tooLarge(long limit) {
        return new ProblemException(413, "Payload too large", "the request body is larger than the limit of "
                + limit + " bytes");
    }

    private ArenaRuntime arena(Context ctx) {
        String id = ctx.pathParam("arena");
        ArenaRuntime arena = arenas.get(id);
        if (arena == null) {
            throw new ProblemException(404, "Not found", "unknown arena '" + id + "'");
        }
        return arena;
    }

    // ------------------------------------------------------------------------------------------
    // Handlers

    private void createToken(Context ctx) throws IOException {
        requireAdmin(ctx);
        JsonNode body = JsonBodies.object(body(ctx, config.maxBodyBytes()));
        String role = JsonBodies.string(body, "role", "token");
        if (!role.equals("judge")) {
            throw ProblemException.badRequest("token: role '" + role + "' cannot be issued; expected judge");
        }
        String token = store.createToken(Role.JUDGE);
        json(ctx, 201, JsonBodies.MAPPER.createObjectNode().put("token", token).put("role", "judge"));
    }

    private void listArenas(Context ctx) {
        ArrayNode list = JsonBodies.MAPPER.createArrayNode();
        for (Arena arena : store.arenas()) {
            list.add(arenaJson(arena));
        }
        json(ctx, 200, list);
    }

    private ObjectNode arenaJson(Arena arena) {
        return JsonBodies.MAPPER.createObjectNode().put("id", arena.id()).put("name", arena.name())
                .put("strategy", effectiveStrategy(arena)).put("k", arena.battleSize());
    }

    private void createArena(Context ctx) throws IOException {
        requireAdmin(ctx);
        JsonNode body = JsonBodies.object(body(ctx, config.maxBodyBytes()));
        String id = JsonBodies.string(body, "id", "arena");
        String name = JsonBodies.optionalString(body, "name", "arena").orElse(id);
        Optional<String> strategy = JsonBodies.optionalString(body, "strategy", "arena");
        strategy.ifPresent(OrdinalServer::strategy);
        Arena arena = store.createArena(id, name, strategy, JsonBodies.optionalInt(body, "k", "arena").orElse(2));
        arenas.put(arena.id(), runtime(arena));
        json(ctx, 201, arenaJson(arena));
    }

    /** Renames an arena or changes its strategy or battle size; battles already issued keep theirs. */
    private void configureArena(Context ctx) throws IOException {
        requireAdmin(ctx);
        ArenaRuntime runtime = arena(ctx);
        JsonNode body = JsonBodies.object(body(ctx, config.maxBodyBytes()));
        Optional<String> strategy = JsonBodies.optionalString(body, "strategy", "arena");
        strategy.ifPresent(OrdinalServer::strategy);
        Arena arena = store.configureArena(runtime.id(), JsonBodies.optionalString(body, "name", "arena"), strategy,
                JsonBodies.optionalInt(body, "k", "arena"));
        runtime.configure(strategy(effectiveStrategy(arena)), arena.battleSize());
        json(ctx, 200, arenaJson(arena));
    }

    private void putItem(Context ctx) throws IOException {
        requireAdmin(ctx);
        ArenaRuntime arena = arena(ctx);
        JsonNode body = JsonBodies.object(body(ctx, config.maxBodyBytes()));
        String itemId = ctx.pathParam("item");
        String name = JsonBodies.optionalString(body, "name", "item").orElse(itemId);
        Item item = store.putItem(arena.id(), itemId, name);
        arena.putItem(item);
        json(ctx, 200, JsonBodies.MAPPER.createObjectNode().put("id", item.id()).put("name", item.name()));
    }

    private void addPrompt(Context ctx) throws IOException {
        requireAdmin(ctx);
        ArenaRuntime arena = arena(ctx);
        JsonNode body = JsonBodies.object(body(ctx, config.maxBodyBytes()));
        String id = JsonBodies.string(body, "id", "prompt");
        String text = JsonBodies.string(body, "text", "prompt");
        JsonNode responses = body.get("responses");
        if (responses == null || !responses.isObject()) {
            throw ProblemException.badRequest("prompt: field 'responses' must be an object of item id to response text");
        }
        Map<String, String> byItem = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : responses.properties()) {
            if (!entry.getValue().isTextual()) {
                throw ProblemException.badRequest("prompt: the response of item '" + entry.getKey() + "' must be a string");
            }
            byItem.put(entry.getKey(), entry.getValue().asText());
        }
        Prompt prompt = store.addPrompt(arena.id(), id, text, byItem);
        arena.addPrompt(prompt);
        json(ctx, 201, JsonBodies.MAPPER.createObjectNode().put("id", prompt.id())
                .put("responses", prompt.responses().size()));
    }

    private void issueBattle(Context ctx) {
        ArenaRuntime arena = arena(ctx);
        String session = session(ctx, true).orElseThrow();
        rateLimit(ctx, session);
        ArenaRuntime.Pick pick = arena.pick(random.get()).orElseThrow(() -> new ProblemException(409, "Conflict",
                "arena '" + arena.id() + "' has no prompt with responses from two items yet"));
        Battle battle = issue(arena, pick, session);
        ObjectNode body = JsonBodies.MAPPER.createObjectNode();
        body.put("battle", battle.id());
        body.put("arena", arena.id());
        body.put("k", pick.items().size());
        body.putObject("prompt").put("id", pick.prompt().id()).put("text", pick.prompt().text());
        ArrayNode sides = body.putArray("sides");
        for (int position = 0; position < pick.items().size(); position++) {
            sides.add(Battle.side(position));
            body.putObject(Battle.side(position)).put("response", pick.prompt().responses().get(pick.items().get(position)));
        }
        json(ctx, 201, body);
    }

    /** Stores a picked battle as issued to {@code session}, with how its items were chosen. */
    private Battle issue(ArenaRuntime arena, ArenaRuntime.Pick pick, String session) {
        Battle battle = store.issueBattle(arena.id(), pick.prompt().id(), pick.items(), session,
                Optional.of(pick.selection()));
        metrics.battle();
        return battle;
    }

    private void vote(Context ctx) throws IOException {
        ArenaRuntime arena = arena(ctx);
        long battleId;
        try {
            battleId = Long.parseLong(ctx.pathParam("battle"));
        } catch (NumberFormatException e) {
            throw ProblemException.badRequest("battle id '" + ctx.pathParam("battle") + "' is not a number");
        }
        JsonNode request = JsonBodies.object(body(ctx, config.maxBodyBytes()));
        Optional<String> session = session(ctx, false);
        rateLimit(ctx, session.orElse("address-" + clientAddress(ctx)));
        Battle issued = store.battle(battleId).filter(b -> b.arena().equals(arena.id()))
                .orElseThrow(() -> new ProblemException(404, "Not found", "unknown battle " + battleId
                        + " in arena '" + arena.id() + "'"));
        if (session.isEmpty()) {
            throw new ProblemException(403, "Forbidden", "battle " + battleId + " was issued to another session "
                    + "(this request has no session cookie or token)");
        }
        BattleVote vote = JsonBodies.vote(request, issued.items().size());
        VotedBattle cast = store.vote(issued.id(), session.get(), vote);
        Battle voted = cast.battle();
        arena.record(voted, cast.judgments());
        metrics.vote();
        metrics.judgmentsStored(cast.judgments().size());
        ObjectNode body = JsonBodies.MAPPER.createObjectNode();
        body.put("battle", voted.id());
        if (voted.items().size() == 2) {
            body.put("outcome", JsonBodies.label(vote.between(0, 1)));
        }
        ArrayNode ranking = body.putArray("ranking");
        for (int[] group : vote.groups()) {
            ArrayNode tied = ranking.addArray();
            for (int position : group) {
                tied.add(Battle.side(position));
            }
        }
        for (int position = 0; position < voted.items().size(); position++) {
            String item = voted.items().get(position);
            body.putObject(Battle.side(position)).put("item", item).put("name", arena.itemName(item));
        }
        json(ctx, 200, body);
    }

    private void appendJudgments(Context ctx) throws IOException {
        requireJudge(ctx);
        ArenaRuntime arena = arena(ctx);
        List<NewJudgment> judgments = JsonBodies.judgments(body(ctx, config.maxBulkBytes()));
        AppendResult result = store.append(arena.id(), judgments);
        Set<String> stored = new HashSet<>(result.stored());
        for (NewJudgment judgment : judgments) {
            if (stored.remove(judgment.id())) {
                arena.record(judgment.a(), judgment.b(), judgment.outcome());
            }
        }
        metrics.judgmentsStored(result.stored().size());
        ObjectNode body = JsonBodies.MAPPER.createObjectNode();
        body.put("stored", result.stored().size());
        ArrayNode duplicates = body.putArray("duplicates");
        result.duplicates().forEach(duplicates::add);
        json(ctx, 200, body);
    }

    private void exportJudgments(Context ctx) throws IOException {
        requireJudge(ctx);
        ArenaRuntime arena = arena(ctx);
        String format = Optional.ofNullable(ctx.queryParam("format")).orElse("jsonl");
        if (!format.equals("jsonl") && !format.equals("csv")) {
            throw ProblemException.badRequest("format '" + format + "' is not one of jsonl, csv");
        }
        ctx.contentType(format.equals("csv") ? "text/csv; charset=utf-8" : "application/x-ndjson");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
        if (format.equals("csv")) {
            out.write("seq,id,a,b,outcome,judge,time,category,battle,propensity,weight\n");
        }
        store.judgments(arena.id(), judgment -> {
            try {
                out.write(format.equals("csv") ? csvLine(judgment) : jsonLine(judgment));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }

    private static String jsonLine(StoredJudgment j) {
        ObjectNode line = JsonBodies.MAPPER.createObjectNode();
        line.put("seq", j.seq());
        line.put("id", j.id());
        line.put("a", j.a());
        line.put("b", j.b());
        line.put("outcome", JsonBodies.label(j.outcome()));
        j.judge().ifPresent(judge -> line.put("judge", judge));
        line.put("time", j.time().toString());
        j.category().ifPresent(category -> line.put("category", category));
        j.battle().ifPresent(battle -> line.put("battle", battle));
        j.selection().ifPresent(selection -> line.put("propensity", selection.propensity())
                .put("weight", selection.weight()));
        return line + "\n";
    }

    private static String csvLine(StoredJudgment j) {
        List<String> cells = new ArrayList<>(List.of(Long.toString(j.seq()), j.id(), j.a(), j.b(),
                JsonBodies.label(j.outcome()), j.judge().orElse(""), j.time().toString(), j.category().orElse(""),
                j.battle().isPresent() ? Long.toString(j.battle().getAsLong()) : "",
                j.selection().map(selection -> Double.toString(selection.propensity())).orElse(""),
                j.selection().map(selection -> Double.toString(selection.weight())).orElse("")));
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (i > 0) {
                line.append(',');
            }
            if (cell.contains(",") || cell.contains("\"") || cell.contains("\n") || cell.contains("\r")) {
                line.append('"').append(cell.replace("\"", "\"\"")).append('"');
            } else {
                line.append(cell);
            }
        }
        return line.append('\n').toString();
    }

    private void leaderboard(Context ctx) {
        ArenaRuntime arena = arena(ctx);
        LeaderboardRequest request;
        boolean wait;
        try {
            request = leaderboardRequest(ctx);
            wait = flag(ctx, "wait");
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest(e.getMessage());
        }
        Optional<LeaderboardCache.Answer> answer;
        try {
            answer = arena.leaderboard(request, wait);
        } catch (NoFiniteEstimateException | IllegalStateException e) {
            throw new ProblemException(422, "No finite estimate", e.getMessage() + " (on this endpoint: ?prior=2)");
        }
        ObjectNode body;
        if (answer.isEmpty()) {
            body = JsonBodies.MAPPER.createObjectNode();
            body.put("model", request.model().name());
            body.put("scale", request.scale().name());
            body.put("judgments", 0);
            body.putArray("items");
        } else {
            body = LeaderboardWriter.toJson(answer.get().board());
            if (request.method() == UncertaintyMethod.BOOTSTRAP) {
                ObjectNode intervals = body.putObject("intervals");
                answer.get().intervalsJudgments().ifPresentOrElse(n -> intervals.put("judgments", n),
                        () -> intervals.putNull("judgments"));
                intervals.put("pending", answer.get().pending());
            }
        }
        json(ctx, 200, body);
    }

    private static boolean flag(Context ctx, String name) {
        String value = ctx.queryParam(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true") || value.isEmpty()) {
            return true;
        }
        throw new IllegalArgumentException(name + " must be true or false, got '" + value + "'");
    }

    // ------------------------------------------------------------------------------------------
    // Pages

    private static void html(Context ctx, String page) {
        ctx.header("Content-Security-Policy", Pages.CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private void arenaListPage(Context ctx) {
        html(ctx, Pages.arenaList(store.arenas()));
    }

    /** Issues a battle to the page's session (a new cookie session if it has none) and shows it. */
    private void votePage(Context ctx) {
        ArenaRuntime arena = arena(ctx);
        String name = store.arena(arena.id()).map(Arena::name).orElse(arena.id());
        Voter voter = voter(ctx, true).orElseThrow();
        Optional<Pages.Shown> shown = Optional.empty();
        Optional<ArenaRuntime.Pick> pick = arena.pick(random.get());
        if (pick.isPresent()) {
            rateLimit(ctx, voter.session());
            Battle battle = issue(arena, pick.get(), voter.session());
            Map<String, String> responses = pick.get().prompt().responses();
            shown = Optional.of(new Pages.Shown(battle.id(), pick.get().prompt().text(),
                    pick.get().items().stream().map(responses::get).toList()));
        }
        html(ctx, Pages.votePage(arena.id(), name, shown, voter.csrf().orElse("")));
    }

    /**
     * Bradley–Terry ratings on the Elo scale with sandwich intervals; when the data have no finite
     * maximum-likelihood estimate (early on, some model has never lost) a Gaussian prior σ = 2.
     */
    private void leaderboardPage(Context ctx) {
        ArenaRuntime arena = arena(ctx);
        String name = store.arena(arena.id()).map(Arena::name).orElse(arena.id());
        StrengthModel model = Models.byName("bt", TieModel.fromLabel("half"));
        LeaderboardRequest request = LeaderboardRequest.defaults(model)
                .withMethod(UncertaintyMethod.fromLabel("sandwich")).withScale(Scale.byName("elo", model));
        String note = "Bradley–Terry ratings on the Elo scale, 95% sandwich intervals.";
        Optional<Leaderboard> board;
        try {
            board = arena.leaderboard(request, false).map(LeaderboardCache.Answer::board);
        } catch (NoFiniteEstimateException | IllegalStateException e) {
            board = arena.leaderboard(request.withFit(FitOptions.defaults().withPrior(2)), false)
                    .map(LeaderboardCache.Answer::board);
            note = "Bradley–Terry ratings on the Elo scale, 95% sandwich intervals, with a Gaussian prior "
                    + "(σ = 2) because some model has not lost yet.";
        }
        long judgments = board.map(Leaderboard::judgments).orElse(0L);
        html(ctx, Pages.leaderboardPage(arena.id(), name, board, judgments, java.time.Instant.now(),
                arena::itemName, note));
    }

    private void asset(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        String type = switch (file) {
            case "ordinal.css" -> "text/css; charset=utf-8";
            case "arena.js" -> "text/javascript; charset=utf-8";
            default -> throw new ProblemException(404, "Not found", "no asset '" + file + "'");
        };
        try (InputStream in = OrdinalServer.class.getResourceAsStream("assets/" + file)) {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "max-age=300");
            ctx.contentType(type).result(in.readAllBytes());
        }
    }

    private static LeaderboardRequest leaderboardRequest(Context ctx) {
        String model = Optional.ofNullable(ctx.queryParam("model")).orElse("bt");
        TieModel ties = TieModel.fromLabel(Optional.ofNullable(ctx.queryParam("ties")).orElse("half"));
        StrengthModel strengthModel = Models.byName(model, ties);
        UncertaintyMethod method = UncertaintyMethod.fromLabel(Optional.ofNullable(ctx.queryParam("ci")).orElse("sandwich"));
        Scale scale = Scale.byName(Optional.ofNullable(ctx.queryParam("scale")).orElse("elo"), strengthModel);
        int rounds = integer(ctx, "bootstrap", 200);
        if (rounds < 1 || rounds > MAX_BOOTSTRAP_ROUNDS) {
            throw new IllegalArgumentException("bootstrap must be 1 to " + MAX_BOOTSTRAP_ROUNDS + ", got " + rounds);
        }
        long seed = integer(ctx, "seed", 1);
        double level = real(ctx, "level", 0.95);
        FitOptions fit = FitOptions.defaults();
        if (ctx.queryParam("prior") != null) {
            fit = fit.withPrior(real(ctx, "prior", 0));
        }
        return LeaderboardRequest.defaults(strengthModel).withMethod(method).withScale(scale).withFit(fit)
                .withBootstrap(rounds, seed, Math.min(4, Runtime.getRuntime().availableProcessors())).withLevel(level);
    }

    private static int integer(Context ctx, String name, int fallback) {
        String value = ctx.queryParam(name);
        try {
            return value == null ? fallback : Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be an integer, got '" + value + "'");
        }
    }

    private static double real(Context ctx, String name, double fallback) {
        String value = ctx.queryParam(name);
        try {
            return value == null ? fallback : Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a number, got '" + value + "'");
        }
    }
}
