package dev.ordinal.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.ordinal.error.DataException;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.error.UnsupportedCombinationException;
import dev.ordinal.fit.NoFiniteEstimateException;
import dev.ordinal.store.StoreException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.validation.ValidationError;
import io.javalin.validation.ValidationException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The one exception mapper: every refusal becomes an RFC 7807 problem document. Bad parameters
 * and parameters that cannot go together are 400, naming the query parameter ({@code ?level});
 * data that do not allow the request are 422; the store's refusals keep their meaning (404, 400,
 * 409, 403); a 5xx is left for an unavailable database and for bugs.
 */
final class Problems {
    static final String PROBLEM_JSON = "application/problem+json; charset=utf-8";
    private static final String WRITTEN = "ordinal.problem";

    /** RFC 7807's members; {@code type} is always {@code about:blank}, so the title is the status's. */
    record Problem(String type, String title, int status, String detail) { }

    private Problems() {
    }

    static void register(Javalin app) {
        app.exception(ProblemException.class, (e, ctx) -> {
            if (e.retryAfterSeconds() > 0) {
                ctx.header("Retry-After", Long.toString(e.retryAfterSeconds()));
            }
            write(ctx, e.status(), e.title(), e.getMessage());
        });
        app.exception(ValidationException.class, (e, ctx) -> write(ctx, 400, "Bad request", detail(e, ctx)));
        app.exception(InvalidParameterException.class, (e, ctx) -> write(ctx, 400, "Bad request",
                ctx.queryParamMap().containsKey(e.parameter()) ? e.messageFor("?" + e.parameter()) : e.getMessage()));
        app.exception(UnsupportedCombinationException.class, (e, ctx) -> write(ctx, 400, "Bad request",
                e.getMessage()));
        app.exception(DataException.class, (e, ctx) -> write(ctx, 422, "Unprocessable data", e.getMessage()));
        app.exception(NoFiniteEstimateException.class, (e, ctx) -> write(ctx, 422, "No finite estimate",
                e.getMessage() + " (on this endpoint: ?prior=2)"));
        app.exception(StoreException.class, (e, ctx) -> {
            switch (e.kind()) {
                case NOT_FOUND -> write(ctx, 404, "Not found", e.getMessage());
                case INVALID -> write(ctx, 400, "Bad request", e.getMessage());
                case CONFLICT -> write(ctx, 409, "Conflict", e.getMessage());
                case FORBIDDEN -> write(ctx, 403, "Forbidden", e.getMessage());
                default -> {
                    System.err.println("ordinal-server: database error: " + e.getMessage());
                    write(ctx, 503, "Database unavailable", "the database refused the request; try again");
                }
            }
        });
        app.exception(HttpResponseException.class, (e, ctx) -> {
            switch (e.getStatus()) {
                case 404 -> write(ctx, 404, "Not found", noRoute(ctx));
                case 405 -> write(ctx, 405, "Method not allowed", noRoute(ctx));
                case 413 -> write(ctx, 413, "Payload too large", e.getMessage());
                default -> write(ctx, e.getStatus(), e.getStatus() < 500 ? "Bad request" : "Server error",
                        e.getMessage());
            }
        });
        app.exception(Exception.class, (e, ctx) -> {
            System.err.println("ordinal-server: unexpected error on " + ctx.method() + " " + ctx.path());
            e.printStackTrace();
            write(ctx, 500, "Internal server error", "an unexpected error; this is a bug in Ordinal");
        });
        app.error(404, ctx -> {
            if (ctx.attribute(WRITTEN) == null) {
                write(ctx, 404, "Not found", noRoute(ctx));
            }
        });
    }

    /**
     * What Javalin's validators refused, one sentence per parameter, the check's message saying
     * what was expected: {@code ?format must be one of jsonl, csv, got 'xml'}.
     */
    private static String detail(ValidationException e, Context ctx) {
        List<String> sentences = new ArrayList<>();
        for (Map.Entry<String, List<ValidationError<Object>>> field : e.getErrors().entrySet()) {
            for (ValidationError<Object> error : field.getValue()) {
                String expected = error.getMessage().equals("TYPE_CONVERSION_FAILED")
                        ? "a value of the parameter's type" : error.getMessage();
                sentences.add(name(field.getKey(), ctx) + " must be " + expected + ", got '" + error.getValue() + "'");
            }
        }
        return String.join("; ", sentences);
    }

    /** A validator's key: a path parameter as itself ({@code battle}), a query parameter as {@code ?name}. */
    private static String name(String key, Context ctx) {
        return ctx.pathParamMap().containsKey(key) ? key : "?" + key;
    }

    private static String noRoute(Context ctx) {
        return "no route " + ctx.method() + " " + ctx.path() + "; see /api/openapi.json";
    }

    /** Answers with a problem document (and marks the request, so the 404 page does not overwrite it). */
    static void write(Context ctx, int status, String title, String detail) {
        ctx.attribute(WRITTEN, Boolean.TRUE);
        try {
            ctx.status(status).contentType(PROBLEM_JSON)
                    .result(JsonBodies.MAPPER.writeValueAsString(new Problem("about:blank", title, status, detail)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a problem document could not be written", e);
        }
    }
}
