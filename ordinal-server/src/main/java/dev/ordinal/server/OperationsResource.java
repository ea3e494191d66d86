package dev.ordinal.server;

import dev.ordinal.app.Registries;
import dev.ordinal.io.RegistryWriter;
import dev.ordinal.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * What operators and tools read: health, Prometheus metrics, the OpenAPI description and the
 * registry of everything a request can name (the JSON of {@code ordinal list --format json}).
 */
final class OperationsResource implements Resource {
    private final Store store;
    private final Arenas arenas;
    private final Metrics metrics;

    /** Health: the store answered a read. */
    record Health(String status, String backend) { }

    OperationsResource(Store store, Arenas arenas, Metrics metrics) {
        this.store = store;
        this.arenas = arenas;
        this.metrics = metrics;
    }

    @Override
    public void register(Javalin app) {
        app.get("/healthz", this::health, Access.ANYONE);
        app.get("/metrics", ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                .result(metrics.exposition(arenas.judgmentCounts())), Access.ANYONE);
        app.get("/api/openapi.json", this::openApi, Access.ANYONE);
        app.get("/api/v1/registry", ctx -> ctx.json(RegistryWriter.document(Registries.all())), Access.ANYONE);
    }

    private void health(Context ctx) {
        store.arenas();
        ctx.json(new Health("ok", store.backend().name().toLowerCase(Locale.ROOT)));
    }

    private void openApi(Context ctx) throws IOException {
        try (InputStream in = OperationsResource.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json").result(in.readAllBytes());
        }
    }
}
