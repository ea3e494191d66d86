package dev.ordinal.server;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.ordinal.store.AppendResult;
import dev.ordinal.store.NewJudgment;
import dev.ordinal.store.Store;
import dev.ordinal.store.StoredJudgment;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * An arena's log of judgments: judges (and the admin) post them in bulk, all or nothing and
 * idempotent by id, and export the log in order as JSON Lines or CSV, streamed.
 */
final class JudgmentResource implements Resource {
    private static final CsvMapper CSV = new CsvMapper();
    private static final ObjectWriter CSV_LINE = CSV.writer(CSV.schemaFor(Exported.class));
    private static final String CSV_HEADER = String.join(",", CSV.schemaFor(Exported.class).getColumnNames()) + "\n";

    private final Store store;
    private final Arenas arenas;
    private final Metrics metrics;
    private final long maxBulkBytes;

    record Appended(int stored, List<String> duplicates) { }

    /**
     * One logged judgment as exported; the battle and its propensity and weight only for votes,
     * judge and category only when given (absent from JSON, empty in CSV).
     */
    @JsonPropertyOrder({"seq", "id", "a", "b", "outcome", "judge", "time", "category", "battle", "propensity",
            "weight"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Exported(long seq, String id, String a, String b, String outcome, String judge, String time,
                    String category, Long battle, Double propensity, Double weight) {
        static Exported of(StoredJudgment j) {
            return new Exported(j.seq(), j.id(), j.a(), j.b(), j.outcome().label(), j.judge().orElse(null),
                    j.time().toString(), j.category().orElse(null),
                    j.battle().isPresent() ? j.battle().getAsLong() : null,
                    j.selection().map(s -> s.propensity()).orElse(null),
                    j.selection().map(s -> s.weight()).orElse(null));
        }
    }

    JudgmentResource(Store store, Arenas arenas, Metrics metrics, long maxBulkBytes) {
        this.store = store;
        this.arenas = arenas;
        this.metrics = metrics;
        this.maxBulkBytes = maxBulkBytes;
    }

    @Override
    public void register(Javalin app) {
        app.post("/api/v1/arenas/{arena}/judgments", this::append, Access.JUDGE);
        app.get("/api/v1/arenas/{arena}/judgments", this::export, Access.JUDGE);
    }

    private void append(Context ctx) throws IOException {
        ArenaRuntime arena = arenas.of(ctx);
        List<NewJudgment> judgments = JsonBodies.judgments(JsonBodies.body(ctx, maxBulkBytes));
        AppendResult result = store.append(arena.id(), judgments);
        Set<String> stored = new HashSet<>(result.stored());
        for (NewJudgment judgment : judgments) {
            if (stored.remove(judgment.id())) {
                arena.record(judgment.a(), judgment.b(), judgment.outcome());
            }
        }
        metrics.judgmentsStored(result.stored().size());
        ctx.json(new Appended(result.stored().size(), result.duplicates()));
    }

    private void export(Context ctx) throws IOException {
        ArenaRuntime arena = arenas.of(ctx);
        boolean csv = ctx.queryParamAsClass("format", String.class)
                .check(format -> format.equals("jsonl") || format.equals("csv"), "one of jsonl, csv")
                .getOrDefault("jsonl").equals("csv");
        ctx.contentType(csv ? "text/csv; charset=utf-8" : "application/x-ndjson");
        Writer out = new BufferedWriter(new OutputStreamWriter(ctx.outputStream(), StandardCharsets.UTF_8), 1 << 16);
        if (csv) {
            out.write(CSV_HEADER);
        }
        store.judgments(arena.id(), judgment -> {
            try {
                Exported line = Exported.of(judgment);
                out.write(csv ? CSV_LINE.writeValueAsString(line) : JsonBodies.MAPPER.writeValueAsString(line) + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        out.flush();
    }
}
