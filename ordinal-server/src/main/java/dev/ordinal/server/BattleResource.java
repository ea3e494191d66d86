package dev.ordinal.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.ordinal.error.InvalidParameterException;
import dev.ordinal.store.Battle;
import dev.ordinal.store.BattleVote;
import dev.ordinal.store.Store;
import dev.ordinal.store.VotedBattle;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Battles and votes: a voter is issued a double-blind battle (a prompt and the anonymous answers
 * of K items, as sides a, b, c, ...) and votes on it once, which reveals the items.
 */
final class BattleResource implements Resource {
    private final Store store;
    private final Arenas arenas;
    private final RateLimits rateLimits;
    private final Metrics metrics;
    private final long maxBodyBytes;

    record PromptJson(String id, String text) { }

    record Shown(String response) { }

    record Revealed(String item, String name) { }

    BattleResource(Store store, Arenas arenas, RateLimits rateLimits, Metrics metrics, long maxBodyBytes) {
        this.store = store;
        this.arenas = arenas;
        this.rateLimits = rateLimits;
        this.metrics = metrics;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void register(Javalin app) {
        app.post("/api/v1/arenas/{arena}/battles", this::issue, Access.VOTER);
        app.post("/api/v1/arenas/{arena}/battles/{battle}/vote", this::vote, Access.RETURNING_VOTER);
    }

    private void issue(Context ctx) {
        ArenaRuntime arena = arenas.of(ctx);
        String session = AccessControl.voter(ctx).orElseThrow().session();
        rateLimits.take(ctx, session);
        ArenaRuntime.Pick pick = arenas.pick(arena).orElseThrow(() -> new ProblemException(409, "Conflict",
                "arena '" + arena.id() + "' has no prompt with responses from two items yet"));
        Battle battle = arenas.issue(arena, pick, session).battle();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("battle", battle.id());
        body.put("arena", arena.id());
        body.put("k", pick.items().size());
        body.put("prompt", new PromptJson(pick.prompt().id(), pick.prompt().text()));
        List<String> sides = new ArrayList<>();
        for (int position = 0; position < pick.items().size(); position++) {
            sides.add(Battle.side(position));
        }
        body.put("sides", sides);
        for (int position = 0; position < pick.items().size(); position++) {
            body.put(Battle.side(position), new Shown(pick.prompt().responses().get(pick.items().get(position))));
        }
        ctx.status(201).json(body);
    }

    private void vote(Context ctx) throws IOException {
        ArenaRuntime arena = arenas.of(ctx);
        long battleId = ctx.pathParamAsClass("battle", Long.class).getOrThrow(errors ->
                new InvalidParameterException("battle", ctx.pathParam("battle"), "a battle number"));
        JsonNode request = JsonBodies.object(JsonBodies.body(ctx, maxBodyBytes));
        Optional<AccessControl.Voter> voter = AccessControl.voter(ctx);
        if (voter.isPresent()) {
            rateLimits.take(ctx, voter.get().session());
        } else {
            rateLimits.takeAnonymous(ctx);
        }
        Battle issued = store.battle(battleId).filter(b -> b.arena().equals(arena.id()))
                .orElseThrow(() -> new ProblemException(404, "Not found", "unknown battle " + battleId
                        + " in arena '" + arena.id() + "'"));
        if (voter.isEmpty()) {
            throw new ProblemException(403, "Forbidden", "battle " + battleId + " was issued to another session "
                    + "(this request has no session cookie or token)");
        }
        BattleVote vote = JsonBodies.vote(request, issued.items().size());
        Battle voted = record(arena, issued, voter.get().session(), vote);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("battle", voted.id());
        if (voted.items().size() == 2) {
            body.put("outcome", vote.between(0, 1).label());
        }
        List<List<String>> ranking = new ArrayList<>();
        for (int[] group : vote.groups()) {
            List<String> tied = new ArrayList<>();
            for (int position : group) {
                tied.add(Battle.side(position));
            }
            ranking.add(tied);
        }
        body.put("ranking", ranking);
        for (int position = 0; position < voted.items().size(); position++) {
            String item = voted.items().get(position);
            body.put(Battle.side(position), new Revealed(item, arena.itemName(item)));
        }
        ctx.json(body);
    }

    /**
     * The one place a vote is stored: the store logs the judgments it implies, then the arena's
     * table counts exactly the judgments stored and the matchmaking state the battle.
     */
    private Battle record(ArenaRuntime arena, Battle issued, String session, BattleVote vote) {
        VotedBattle cast = store.vote(issued.id(), session, vote);
        arena.record(cast.battle(), cast.judgments());
        metrics.vote();
        metrics.judgmentsStored(cast.judgments().size());
        return cast.battle();
    }
}
