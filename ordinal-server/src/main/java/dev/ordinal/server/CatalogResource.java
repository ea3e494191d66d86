package dev.ordinal.server;

import dev.ordinal.store.Item;
import dev.ordinal.store.Prompt;
import dev.ordinal.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/** What an arena's battles show: its items (the contestants) and its prompts with each item's response. Admin only. */
final class CatalogResource implements Resource {
    private final Store store;
    private final Arenas arenas;
    private final long maxBodyBytes;

    record ItemBody(String name) { }

    record ItemJson(String id, String name) { }

    /** A prompt and the response of each item (by item id) that answered it. */
    record PromptBody(String id, String text, Map<String, String> responses) { }

    record PromptJson(String id, int responses) { }

    CatalogResource(Store store, Arenas arenas, long maxBodyBytes) {
        this.store = store;
        this.arenas = arenas;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void register(Javalin app) {
        app.put("/api/v1/arenas/{arena}/items/{item}", this::putItem, Access.ADMIN);
        app.post("/api/v1/arenas/{arena}/prompts", this::addPrompt, Access.ADMIN);
    }

    /** Adds an item, or renames it. */
    private void putItem(Context ctx) throws IOException {
        ArenaRuntime arena = arenas.of(ctx);
        ItemBody body = JsonBodies.read(ctx, maxBodyBytes, ItemBody.class, "item");
        String id = ctx.pathParam("item");
        Item item = store.putItem(arena.id(), id, Optional.ofNullable(body.name()).orElse(id));
        arena.putItem(item);
        ctx.json(new ItemJson(item.id(), item.name()));
    }

    private void addPrompt(Context ctx) throws IOException {
        ArenaRuntime arena = arenas.of(ctx);
        PromptBody body = JsonBodies.read(ctx, maxBodyBytes, PromptBody.class, "prompt");
        String id = JsonBodies.required(body.id(), "id", "prompt");
        String text = JsonBodies.required(body.text(), "text", "prompt");
        Map<String, String> responses = JsonBodies.required(body.responses(), "responses", "prompt");
        responses.forEach((item, response) -> JsonBodies.required(response, "responses." + item, "prompt"));
        Prompt prompt = store.addPrompt(arena.id(), id, text, responses);
        arena.addPrompt(prompt);
        ctx.status(201).json(new PromptJson(prompt.id(), prompt.responses().size()));
    }
}
