package dev.ordinal.server;

import dev.ordinal.store.Arena;
import dev.ordinal.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Optional;
import java.util.OptionalInt;

/** Arenas: anyone lists them; the admin creates them and changes their name, strategy or battle size. */
final class ArenaResource implements Resource {
    /** The battle size of an arena that does not say. */
    private static final int DEFAULT_BATTLE_SIZE = 2;

    private final Store store;
    private final Arenas arenas;
    private final long maxBodyBytes;

    /** A request body: {@code id} is required to create, every field optional to change. */
    record ArenaBody(String id, String name, String strategy, Integer k) {
        Optional<String> optionalName() {
            return Optional.ofNullable(name);
        }

        /** The strategy, when given, checked by name (a 400 lists the names). */
        Optional<String> checkedStrategy() {
            Optional<String> given = Optional.ofNullable(strategy);
            given.ifPresent(Arenas::strategy);
            return given;
        }

        OptionalInt battleSize() {
            return k == null ? OptionalInt.empty() : OptionalInt.of(k);
        }
    }

    /** An arena as the API shows it: its effective strategy and battle size. */
    record ArenaJson(String id, String name, String strategy, int k) { }

    ArenaResource(Store store, Arenas arenas, long maxBodyBytes) {
        this.store = store;
        this.arenas = arenas;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/v1/arenas", this::list, Access.ANYONE);
        app.post("/api/v1/arenas", this::create, Access.ADMIN);
        app.patch("/api/v1/arenas/{arena}", this::configure, Access.ADMIN);
    }

    private void list(Context ctx) {
        ctx.json(store.arenas().stream().map(this::json).toList());
    }

    private void create(Context ctx) throws IOException {
        ArenaBody body = JsonBodies.read(ctx, maxBodyBytes, ArenaBody.class, "arena");
        String id = JsonBodies.required(body.id(), "id", "arena");
        Arena arena = store.createArena(id, body.optionalName().orElse(id), body.checkedStrategy(),
                body.battleSize().orElse(DEFAULT_BATTLE_SIZE));
        arenas.load(arena);
        ctx.status(201).json(json(arena));
    }

    /** Renames an arena or changes its strategy or battle size; battles already issued keep theirs. */
    private void configure(Context ctx) throws IOException {
        ArenaRuntime runtime = arenas.of(ctx);
        ArenaBody body = JsonBodies.read(ctx, maxBodyBytes, ArenaBody.class, "arena");
        Arena arena = store.configureArena(runtime.id(), body.optionalName(), body.checkedStrategy(),
                body.battleSize());
        runtime.configure(Arenas.strategy(arenas.effectiveStrategy(arena)), arena.battleSize());
        ctx.json(json(arena));
    }

    private ArenaJson json(Arena arena) {
        return new ArenaJson(arena.id(), arena.name(), arenas.effectiveStrategy(arena), arena.battleSize());
    }
}
