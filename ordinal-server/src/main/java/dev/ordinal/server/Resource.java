package dev.ordinal.server;

import dev.ordinal.app.Parameter;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One resource of the API or the pages: it registers its own routes, each with the
 * {@link Access} that {@link AccessControl} checks before the handler runs.
 */
interface Resource {
    void register(Javalin app);

    /**
     * The query parameters of {@code ctx} that name one of {@code parameters}, name → text, for a
     * core request's parser (which applies the defaults and says what a bad value should be).
     */
    static Map<String, String> query(Context ctx, List<Parameter> parameters) {
        Map<String, String> given = new LinkedHashMap<>();
        for (Parameter parameter : parameters) {
            String value = ctx.queryParam(parameter.name());
            if (value != null) {
                given.put(parameter.name(), value);
            }
        }
        return given;
    }
}
