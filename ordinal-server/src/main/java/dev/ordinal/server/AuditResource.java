package dev.ordinal.server;

import dev.ordinal.audit.run.AuditSettings;
import dev.ordinal.audit.run.LogAudit;
import dev.ordinal.io.audit.AuditReport;
import dev.ordinal.judgment.PairwiseJudgment;
import dev.ordinal.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The audit of an arena's own log, for its admin: the library's {@link LogAudit} on the stored
 * judgments, with {@code ordinal audit}'s options as query parameters ({@link AuditSettings}),
 * rendered as the same JSON report, so that it equals the command's audit of the exported log.
 */
final class AuditResource implements Resource {
    private final Store store;
    private final Arenas arenas;

    AuditResource(Store store, Arenas arenas) {
        this.store = store;
        this.arenas = arenas;
    }

    @Override
    public void register(Javalin app) {
        app.get("/api/v1/arenas/{arena}/audit", this::audit, Access.ADMIN);
    }

    private void audit(Context ctx) throws IOException {
        ArenaRuntime arena = arenas.of(ctx);
        AuditSettings settings = AuditSettings.parse(Resource.query(ctx, AuditSettings.PARAMETERS));
        List<PairwiseJudgment> log = new ArrayList<>();
        store.judgments(arena.id(), judgment -> log.add(judgment.toPairwise()));
        StringWriter json = new StringWriter();
        AuditReport.writeJson(LogAudit.run(arena.id(), log, settings), json);
        ctx.contentType("application/json; charset=utf-8").result(json.toString());
    }
}
