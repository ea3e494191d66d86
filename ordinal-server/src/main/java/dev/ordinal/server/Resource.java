package dev.ordinal.server;

import io.javalin.Javalin;

/**
 * One resource of the API or the pages: it registers its own routes, each with the
 * {@link Access} that {@link AccessControl} checks before the handler runs.
 */
interface Resource {
    void register(Javalin app);
}
