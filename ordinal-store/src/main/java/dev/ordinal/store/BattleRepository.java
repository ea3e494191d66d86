package dev.ordinal.store;

import dev.ordinal.error.InvalidParameterException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The tables of battles: {@code battles} (sides A and B, the selection, the vote),
 * {@code battle_sides} (sides C, D, ... of a K-wise battle) and the {@code battle} counter. A vote
 * is stored with the judgments it implies in one unit of work, so a battle is never voted without
 * its judgments in the log, nor the other way round.
 */
final class BattleRepository {
    private final Database database;
    private final JudgmentLog log;

    BattleRepository(Database database, JudgmentLog log) {
        this.database = database;
        this.log = log;
    }

    Battle issue(String arena, String prompt, List<String> items, String session, Optional<Selection> selection) {
        ArenaRepository.requireId("session", session);
        List<String> sides = List.copyOf(items);
        if (sides.size() < 2 || sides.size() > Arena.MAX_BATTLE_SIZE || new HashSet<>(sides).size() != sides.size()) {
            throw new InvalidParameterException("items", sides.toString(),
                    "2 to " + Arena.MAX_BATTLE_SIZE + " different items");
        }
        return database.write(c -> {
            ArenaRepository.requireArena(c, arena);
            Prompt p = ArenaRepository.findPrompt(c, arena, prompt).orElseThrow(() -> new StoreException(
                    StoreException.Kind.NOT_FOUND, "unknown prompt '" + prompt + "' in arena '" + arena + "'"));
            for (String item : sides) {
                if (!p.responses().containsKey(item)) {
                    throw new StoreException(StoreException.Kind.NOT_FOUND, "item '" + item
                            + "' has no response to prompt '" + prompt + "' in arena '" + arena + "'");
                }
            }
            long id = nextBattleId(c);
            Instant now = database.now();
            Jdbc.update(c, "INSERT INTO battles (id, arena, prompt, item_a, item_b, session, issued_at, propensity, "
                    + "weight) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, arena, prompt, sides.get(0), sides.get(1), session,
                    now.toEpochMilli(), selection.map(Selection::propensity).orElse(null),
                    selection.map(Selection::weight).orElse(null));
            for (int position = 2; position < sides.size(); position++) {
                Jdbc.update(c, "INSERT INTO battle_sides (battle, position, arena, item) VALUES (?, ?, ?, ?)", id,
                        position, arena, sides.get(position));
            }
            return new Battle(id, arena, prompt, sides, session, now, selection, Optional.empty(), Optional.empty());
        });
    }

    Optional<Battle> battle(long id) {
        return database.read(c -> find(c, id));
    }

    VotedBattle vote(long battle, String session, BattleVote vote) {
        return database.write(c -> {
            Battle b = find(c, battle).orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND,
                    "unknown battle " + battle));
            if (!b.session().equals(session)) {
                throw new StoreException(StoreException.Kind.FORBIDDEN, "battle " + battle
                        + " was issued to another session");
            }
            if (b.voted()) {
                throw alreadyVoted(battle);
            }
            int sides = b.items().size();
            if (vote.sides() != sides) {
                throw new InvalidParameterException("vote", vote.toString(), "a ranking of the " + sides
                        + " sides battle " + battle + " shows");
            }
            Instant now = database.now();
            boolean pairwise = sides == 2;
            if (Jdbc.update(c, "UPDATE battles SET outcome = ?, ranks = ?, voted_at = ? WHERE id = ? AND voted_at IS NULL",
                    pairwise ? vote.between(0, 1).label() : null, pairwise ? null : vote.code(), now.toEpochMilli(),
                    battle) != 1) {
                throw alreadyVoted(battle);
            }
            Battle voted = new Battle(b.id(), b.arena(), b.prompt(), b.items(), b.session(), b.issuedAt(),
                    b.selection(), Optional.of(vote), Optional.of(now));
            JudgmentLog.Appended appended = log.append(c, b.arena(), voted.judgments(), OptionalLong.of(battle),
                    b.selection());
            return new VotedBattle(voted, appended.stored());
        });
    }

    private static StoreException alreadyVoted(long battle) {
        return new StoreException(StoreException.Kind.CONFLICT, "battle " + battle + " already has its vote");
    }

    private static long nextBattleId(Connection c) throws SQLException {
        Jdbc.update(c, "UPDATE counters SET next_value = next_value + 1 WHERE name = 'battle'");
        return Jdbc.first(c, r -> r.getLong(1), "SELECT next_value FROM counters WHERE name = 'battle'")
                .orElseThrow() - 1;
    }

    private record Row(String arena, String prompt, String itemA, String itemB, String session, Instant issuedAt,
                       Optional<String> outcome, Optional<String> ranks, Optional<Instant> votedAt,
                       Optional<Selection> selection) {
    }

    private static Optional<Battle> find(Connection c, long id) throws SQLException {
        Optional<Row> found = Jdbc.first(c, r -> {
            long voted = r.getLong(9);
            Optional<Instant> votedAt = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(voted));
            return new Row(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                    Instant.ofEpochMilli(r.getLong(6)), Optional.ofNullable(r.getString(7)),
                    Optional.ofNullable(r.getString(8)), votedAt, Jdbc.selection(r, 10));
        }, "SELECT arena, prompt, item_a, item_b, session, issued_at, outcome, ranks, voted_at, propensity, weight "
                + "FROM battles WHERE id = ?", id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Row row = found.get();
        List<String> items = new ArrayList<>(List.of(row.itemA(), row.itemB()));
        items.addAll(Jdbc.list(c, r -> r.getString(1), "SELECT item FROM battle_sides WHERE battle = ? ORDER BY position",
                id));
        Optional<BattleVote> vote = row.ranks().isPresent() ? row.ranks().map(BattleVote::parse)
                : row.outcome().map(code -> BattleVote.of(Jdbc.outcome(code)));
        return Optional.of(new Battle(id, row.arena(), row.prompt(), items, row.session(), row.issuedAt(),
                row.selection(), vote, row.votedAt()));
    }
}
