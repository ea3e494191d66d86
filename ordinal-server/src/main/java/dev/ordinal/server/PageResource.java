package dev.ordinal.server;

import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.leaderboard.Leaderboard;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.store.Arena;
import dev.ordinal.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The server-rendered pages ({@link Pages}): the arena list, the voting page, which issues a
 * battle to the page's session, and the leaderboard page; and their static script and stylesheet.
 */
final class PageResource implements Resource {
    /** The prior the leaderboard page falls back on while some model has not lost yet. */
    private static final double FALLBACK_PRIOR = 2;

    private final Store store;
    private final Arenas arenas;
    private final RateLimits rateLimits;

    PageResource(Store store, Arenas arenas, RateLimits rateLimits) {
        this.store = store;
        this.arenas = arenas;
        this.rateLimits = rateLimits;
    }

    @Override
    public void register(Javalin app) {
        app.get("/", ctx -> html(ctx, Pages.arenaList(store.arenas())), Access.ANYONE);
        app.get("/arenas/{arena}", this::votePage, Access.VOTER);
        app.get("/arenas/{arena}/leaderboard", this::leaderboardPage, Access.ANYONE);
        app.get("/assets/{file}", this::asset, Access.ANYONE);
    }

    private static void html(Context ctx, String page) {
        ctx.header("Content-Security-Policy", Pages.CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.contentType("text/html; charset=utf-8").result(page);
    }

    private String name(ArenaRuntime arena) {
        return store.arena(arena.id()).map(Arena::name).orElse(arena.id());
    }

    /** Issues a battle to the page's session (a new cookie session if it has none) and shows it. */
    private void votePage(Context ctx) {
        ArenaRuntime arena = arenas.of(ctx);
        AccessControl.Voter voter = AccessControl.voter(ctx).orElseThrow();
        Optional<Pages.Shown> shown = Optional.empty();
        Optional<ArenaRuntime.Pick> pick = arenas.pick(arena);
        if (pick.isPresent()) {
            rateLimits.take(ctx, voter.session());
            long battle = arenas.issue(arena, pick.get(), voter.session()).battle().id();
            Map<String, String> responses = pick.get().prompt().responses();
            shown = Optional.of(new Pages.Shown(battle, pick.get().prompt().text(),
                    pick.get().items().stream().map(responses::get).toList()));
        }
        html(ctx, Pages.votePage(arena.id(), name(arena), shown, voter.csrf().orElse("")));
    }

    /**
     * The leaderboard of the API with the same options and defaults; while some model has not
     * lost yet (no finite estimate) and the query sets no prior, with a Gaussian prior σ = 2.
     */
    private void leaderboardPage(Context ctx) {
        ArenaRuntime arena = arenas.of(ctx);
        LeaderboardRequest request = LeaderboardResource.request(ctx);
        Optional<LeaderboardCache.Answer> answer;
        String prior = request.fit().priorSigma().isPresent() ? ", with a Gaussian prior (σ = "
                + number(request.fit().priorSigma().getAsDouble()) + ")" : "";
        try {
            answer = arena.leaderboard(request, false);
        } catch (NoFiniteEstimateException e) {
            if (request.fit().priorSigma().isPresent()) {
                throw e;
            }
            answer = arena.leaderboard(request.withFit(request.fit().withPrior(FALLBACK_PRIOR)), false);
            prior = ", with a Gaussian prior (σ = " + number(FALLBACK_PRIOR) + ") because some model has not lost yet";
        }
        Optional<Leaderboard> board = answer.map(LeaderboardCache.Answer::board);
        String note = answer.isEmpty() ? "" : describe(request, answer.get()) + prior + ".";
        html(ctx, Pages.leaderboardPage(arena.id(), name(arena), board, board.map(Leaderboard::judgments).orElse(0L),
                Instant.now(), arena::itemName, note));
    }

    /** Says how the board was computed: "Bradley–Terry ratings on the Elo scale, 95% bootstrap intervals ...". */
    private static String describe(LeaderboardRequest request, LeaderboardCache.Answer answer) {
        String model = switch (request.model().name()) {
            case "bradley-terry" -> "Bradley–Terry";
            case "thurstone" -> "Thurstone–Mosteller";
            case "plackett-luce" -> "Plackett–Luce";
            default -> request.model().name();
        };
        String scale = request.scale().name().equals("elo") ? "the Elo scale" : "the logit scale";
        String intervals = switch (request.method()) {
            case NONE -> "no intervals";
            case BOOTSTRAP -> number(100 * request.level()) + "% bootstrap intervals (" + request.rounds() + " rounds"
                    + bootstrapFreshness(answer) + ")";
            default -> number(100 * request.level()) + "% " + request.method().label() + " intervals";
        };
        return model + " ratings on " + scale + ", " + intervals;
    }

    private static String bootstrapFreshness(LeaderboardCache.Answer answer) {
        if (answer.intervalsJudgments().isEmpty()) {
            return "; being computed, reload in a moment";
        }
        long on = answer.intervalsJudgments().getAsLong();
        return on == answer.board().judgments() ? ""
                : "; computed on " + on + " judgments and moved with the ratings since" + (answer.pending()
                ? ", being recomputed" : "");
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : String.format(Locale.ROOT, "%s", value);
    }

    private void asset(Context ctx) throws IOException {
        String file = ctx.pathParam("file");
        String type = switch (file) {
            case "ordinal.css" -> "text/css; charset=utf-8";
            case "arena.js" -> "text/javascript; charset=utf-8";
            default -> throw new ProblemException(404, "Not found", "no asset '" + file + "'");
        };
        try (InputStream in = PageResource.class.getResourceAsStream("assets/" + file)) {
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Cache-Control", "max-age=300");
            ctx.contentType(type).result(in.readAllBytes());
        }
    }
}
