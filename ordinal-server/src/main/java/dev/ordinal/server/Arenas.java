package dev.ordinal.server;

import dev.ordinal.app.Registries;
import dev.ordinal.select.MatchmakingStrategy;
import dev.ordinal.store.Arena;
import dev.ordinal.store.Battle;
import dev.ordinal.store.Store;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * The arenas a server holds in memory ({@link ArenaRuntime}), rebuilt from the store at start and
 * kept in step with it by the resources; and the two things several resources do with them:
 * find the arena of a request's {@code {arena}} path parameter, and issue a battle.
 */
final class Arenas {
    private final Store store;
    private final String defaultStrategy;
    private final Executor bootstraps;
    private final Metrics metrics;
    private final Map<String, ArenaRuntime> byId = new ConcurrentHashMap<>();
    private final ThreadLocal<UniformRandomProvider> random =
            ThreadLocal.withInitial(() -> RandomSource.XO_RO_SHI_RO_128_PP.create());

    /** A battle as issued: stored, with the prompt and items picked for it. */
    record Issued(Battle battle, ArenaRuntime.Pick pick) { }

    Arenas(Store store, String defaultStrategy, Executor bootstraps, Metrics metrics) {
        this.store = store;
        this.defaultStrategy = defaultStrategy;
        this.bootstraps = bootstraps;
        this.metrics = metrics;
        for (Arena arena : store.arenas()) {
            load(arena);
        }
    }

    /** Builds (or rebuilds) the in-memory arena from what the store holds. */
    ArenaRuntime load(Arena arena) {
        ArenaRuntime runtime = new ArenaRuntime(arena.id(), strategy(effectiveStrategy(arena)), arena.battleSize(),
                store.comparisonTable(arena.id()), store.items(arena.id()), store.prompts(arena.id()), bootstraps);
        byId.put(arena.id(), runtime);
        return runtime;
    }

    /** The arena of the request's {@code {arena}} path parameter, or a 404. */
    ArenaRuntime of(Context ctx) {
        String id = ctx.pathParam("arena");
        ArenaRuntime arena = byId.get(id);
        if (arena == null) {
            throw new ProblemException(404, "Not found", "unknown arena '" + id + "'");
        }
        return arena;
    }

    /** Judgments in each arena's table, for the metrics. */
    Map<String, Long> judgmentCounts() {
        Map<String, Long> counts = new HashMap<>();
        byId.values().forEach(arena -> counts.put(arena.id(), arena.table().judgments()));
        return counts;
    }

    /** The arena's own strategy, or the server's default. */
    String effectiveStrategy(Arena arena) {
        return arena.strategy().orElse(defaultStrategy);
    }

    /** A strategy by name, or a 400 that lists the names. */
    static MatchmakingStrategy strategy(String name) {
        return Registries.strategies().create(name);
    }

    /** The prompt and items of the arena's next battle, or empty when no prompt has two answers. */
    Optional<ArenaRuntime.Pick> pick(ArenaRuntime arena) {
        return arena.pick(random.get());
    }

    /** Stores a picked battle as issued to {@code session}, with how its items were chosen. */
    Issued issue(ArenaRuntime arena, ArenaRuntime.Pick pick, String session) {
        Battle battle = store.issueBattle(arena.id(), pick.prompt().id(), pick.items(), session,
                Optional.of(pick.selection()));
        metrics.battle();
        return new Issued(battle, pick);
    }
}
