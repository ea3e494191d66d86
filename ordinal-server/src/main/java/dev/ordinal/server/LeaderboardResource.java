package dev.ordinal.server;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.Require;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.fit.FitOptions;
import dev.ordinal.fit.Models;
import dev.ordinal.fit.StrengthModel;
import dev.ordinal.fit.TieModel;
import dev.ordinal.io.LeaderboardWriter;
import dev.ordinal.leaderboard.LeaderboardRequest;
import dev.ordinal.leaderboard.Scale;
import dev.ordinal.leaderboard.UncertaintyMethod;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

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
    private static final List<String> TIE_LABELS = Arrays.stream(TieModel.values()).map(TieModel::label).toList();

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
     * The leaderboard options of a request's query, each defaulting as in {@code ordinal rank}:
     * {@code model} (bt), {@code ties} (half), {@code ci} (bootstrap), {@code bootstrap} rounds
     * (1000, at most {@value #MAX_BOOTSTRAP_ROUNDS}), {@code seed} (1), {@code level} (0.95),
     * {@code scale} (elo) and {@code prior} (none). The one place the server reads them, for the
     * API and the leaderboard page alike.
     */
    static LeaderboardRequest request(Context ctx) {
        String tiesLabel = ctx.queryParamAsClass("ties", String.class)
                .check(TIE_LABELS::contains, "one of " + String.join(", ", TIE_LABELS)).getOrDefault("half");
        StrengthModel model = model(ctx.queryParamAsClass("model", String.class).getOrDefault("bt"),
                TieModel.fromLabel(tiesLabel));
        UncertaintyMethod method = UncertaintyMethod.fromLabel(
                ctx.queryParamAsClass("ci", String.class).getOrDefault("bootstrap"));
        Scale scale = Scale.byName(ctx.queryParamAsClass("scale", String.class).getOrDefault("elo"), model);
        String roundsExpected = "a whole number from 1 to " + MAX_BOOTSTRAP_ROUNDS;
        int rounds = number(ctx, "bootstrap", Integer.class, roundsExpected, 1000,
                r -> r >= 1 && r <= MAX_BOOTSTRAP_ROUNDS);
        long seed = number(ctx, "seed", Long.class, "a whole number", 1L, s -> true);
        double level = number(ctx, "level", Double.class, "a number", 0.95, l -> true);
        FitOptions fit = FitOptions.defaults();
        if (ctx.queryParam("prior") != null) {
            fit = fit.withPrior(Require.positive("prior",
                    number(ctx, "prior", Double.class, "a number", 0.0, p -> true)));
        }
        return LeaderboardRequest.defaults(model).withMethod(method).withScale(scale).withFit(fit)
                .withBootstrap(rounds, seed, BOOTSTRAP_THREADS).withLevel(level);
    }

    /**
     * A numeric query parameter converted and checked by Javalin's validator, or {@code fallback}
     * when absent; a value it refuses is an {@link InvalidParameterException} saying what was expected.
     */
    private static <T> T number(Context ctx, String name, Class<T> type, String expected, T fallback,
                                Predicate<T> allowed) {
        if (ctx.queryParam(name) == null) {
            return fallback;
        }
        return ctx.queryParamAsClass(name, type).check(allowed::test, expected)
                .getOrThrow(errors -> new InvalidParameterException(name, ctx.queryParam(name), expected));
    }

    /** A model by name with a tie reading: an unknown name, or ties the model cannot read, is a 400. */
    private static StrengthModel model(String name, TieModel ties) {
        try {
            Models.byName(name, TieModel.HALF);
        } catch (IllegalArgumentException unknown) {
            throw new InvalidParameterException("model", name, "one of " + String.join(", ", Models.NAMES));
        }
        try {
            return Models.byName(name, ties);
        } catch (IllegalArgumentException unreadable) {
            throw new UnsupportedCombinationException(List.of("model", "ties"), "model " + name
                    + " cannot read ties as " + ties.label() + "; use ties half or ties drop");
        }
    }
}
