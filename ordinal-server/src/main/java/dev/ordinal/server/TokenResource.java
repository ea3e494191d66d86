package dev.ordinal.server;

import dev.ordinal.store.Role;
import dev.ordinal.store.Store;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;

/** Judge tokens, issued by the admin; the token is shown once (the store keeps only its hash). */
final class TokenResource implements Resource {
    private final Store store;
    private final long maxBodyBytes;

    record TokenBody(String role) { }

    record TokenJson(String token, String role) { }

    TokenResource(Store store, long maxBodyBytes) {
        this.store = store;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void register(Javalin app) {
        app.post("/api/v1/tokens", this::create, Access.ADMIN);
    }

    private void create(Context ctx) throws IOException {
        TokenBody body = JsonBodies.read(ctx, maxBodyBytes, TokenBody.class, "token");
        String role = JsonBodies.required(body.role(), "role", "token");
        if (!role.equals("judge")) {
            throw ProblemException.badRequest("token: role '" + role + "' cannot be issued; expected judge");
        }
        ctx.status(201).json(new TokenJson(store.createToken(Role.JUDGE), "judge"));
    }
}
