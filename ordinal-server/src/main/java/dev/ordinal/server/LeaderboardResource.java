package dev.ordinal.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.app.RankRequest;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.io.LeaderboardWriter;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.UncertaintyMethod;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An arena's leaderboard, with the options and defaults of {@code ordinal rank}: Bradley–Terry,
 * ties as half a win, 95% bootstrap intervals of 1000 rounds with seed 1, on the Elo scale.
 * Ratings are fitted on every request (warm-started); bootstrap intervals come from the
 * background and may lag ({@link LeaderboardCache}).
 */
final class LeaderboardResource implements Resource {
    /** The most bootstrap rounds anyone may ask for: the endpoint is public and a round costs a fit. */
    static final int MAX_BOOTSTRAP_ROUNDS = 10_000;
    /** Worker threads of one bootstrap; bootstraps run one at a time, on a machine others share. */
    private static final int BOOTSTRAP_THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

    private final Arenas arenas;

    /** The answer for an arena without judgments: nothing to fit yet. */
    record Empty(String model, String scale, long judgments, List<Object> items) { }

    /** How current bootstrap intervals are: computed on {@code judgments} (null before the first), and recomputing. */
    record Freshness(Long judgments, boolean pending) { }

    LeaderboardResource(Arenas arenas) {
        this.arenas = arenas;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/v1/arenas/{arena}/leaderboard", this::leaderboard, Access.ANYONE);
    }

    private void leaderboard(Context ctx) {
        ArenaRuntime arena = arenas.of(ctx);
        LeaderboardRequest request = request(ctx);
        boolean wait = !ctx.queryParamAsClass("wait", String.class)
                .check(flag -> flag.isEmpty() || flag.equals("true") || flag.equals("false"), "true or false")
                .getOrDefault("false").equals("false");
        Optional<LeaderboardCache.Answer> answer = arena.leaderboard(request, wait);
        if (answer.isEmpty()) {
            ctx.json(new Empty(request.model().name(), request.scale().name(), 0, List.of()));
            return;
        }
        ObjectNode body = LeaderboardWriter.toJson(answer.get().board());
        if (request.method() == UncertaintyMethod.BOOTSTRAP) {
            body.set("intervals", JsonBodies.MAPPER.valueToTree(new Freshness(
                    answer.get().intervalsJudgments().isPresent() ? answer.get().intervalsJudgments().getAsLong() : null,
                    answer.get().pending())));
        }
        ctx.json(body);
    }

    /**
     * The leaderboard options of a request's query: the parameters of {@code ordinal rank}
     * ({@link RankRequest}, the one place their defaults are written) read by the same parser,
     * with at most {@value #MAX_BOOTSTRAP_ROUNDS} bootstrap rounds and the server's own thread
     * count. The one place the server reads them, for the API and the leaderboard page alike.
     */
    static LeaderboardRequest request(Context ctx) {
        Map<String, String> given = Resource.query(ctx, RankRequest.PARAMETERS);
        given.remove("threads");
        RankRequest rank = RankRequest.parse(given);
        if (rank.bootstrap() > MAX_BOOTSTRAP_ROUNDS) {
            throw new InvalidParameterException("bootstrap", Integer.toString(rank.bootstrap()),
                    "a whole number from 1 to " + MAX_BOOTSTRAP_ROUNDS);
        }
        return rank.leaderboardRequest().withBootstrap(rank.bootstrap(), rank.seed(), BOOTSTRAP_THREADS);
    }
}
