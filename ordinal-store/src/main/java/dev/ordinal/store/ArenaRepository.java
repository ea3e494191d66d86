package dev.ordinal.store;

import dev.ordinal.error.InvalidParameterException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The tables that describe an arena: {@code arenas}, {@code items}, {@code prompts} and
 * {@code responses}. Also the lookups the other repositories make inside their own work (does
 * the arena exist, which items does it have, what does a prompt hold), so that each table family
 * is queried from one class.
 */
final class ArenaRepository {
    private static final String ARENA_COLUMNS = "id, name, created_at, strategy, battle_size";

    private final Database database;

    ArenaRepository(Database database) {
        this.database = database;
    }

    Arena create(String id, String name, Optional<String> strategy, int battleSize) {
        requireId("arena", id);
        requireBattleSize(battleSize);
        return database.write(c -> {
            if (find(c, id).isPresent()) {
                throw new StoreException(StoreException.Kind.CONFLICT, "arena '" + id + "' already exists");
            }
            Instant now = database.now();
            Jdbc.update(c, "INSERT INTO arenas (id, name, created_at, next_seq, strategy, battle_size) "
                    + "VALUES (?, ?, ?, 1, ?, ?)", id, name, now.toEpochMilli(), strategy.orElse(null), battleSize);
            return new Arena(id, name, now, strategy, battleSize);
        });
    }

    Arena configure(String id, Optional<String> name, Optional<String> strategy, OptionalInt battleSize) {
        battleSize.ifPresent(ArenaRepository::requireBattleSize);
        return database.write(c -> {
            Arena arena = find(c, id).orElseThrow(() -> unknownArena(id));
            Arena changed = new Arena(id, name.orElse(arena.name()), arena.created(),
                    strategy.isPresent() ? strategy : arena.strategy(), battleSize.orElse(arena.battleSize()));
            Jdbc.update(c, "UPDATE arenas SET name = ?, strategy = ?, battle_size = ? WHERE id = ?", changed.name(),
                    changed.strategy().orElse(null), changed.battleSize(), id);
            return changed;
        });
    }

    Optional<Arena> arena(String id) {
        return database.read(c -> find(c, id));
    }

    List<Arena> arenas() {
        return database.read(c -> Jdbc.list(c, ArenaRepository::arena, "SELECT " + ARENA_COLUMNS
                + " FROM arenas ORDER BY id"));
    }

    Item putItem(String arena, String id, String name) {
        requireId("item", id);
        return database.write(c -> {
            requireArena(c, arena);
            if (Jdbc.update(c, "UPDATE items SET name = ? WHERE arena = ? AND id = ?", name, arena, id) == 0) {
                Jdbc.update(c, "INSERT INTO items (arena, id, name) VALUES (?, ?, ?)", arena, id, name);
            }
            return new Item(arena, id, name);
        });
    }

    List<Item> items(String arena) {
        return database.read(c -> {
            requireArena(c, arena);
            return Jdbc.list(c, r -> new Item(arena, r.getString(1), r.getString(2)),
                    "SELECT id, name FROM items WHERE arena = ? ORDER BY id", arena);
        });
    }

    Prompt addPrompt(String arena, String id, String text, Map<String, String> responses) {
        requireId("prompt", id);
        Prompt prompt = new Prompt(arena, id, text, responses);
        return database.write(c -> {
            requireArena(c, arena);
            if (findPrompt(c, arena, id).isPresent()) {
                throw new StoreException(StoreException.Kind.CONFLICT,
                        "prompt '" + id + "' already exists in arena '" + arena + "'");
            }
            Set<String> items = itemIds(c, arena);
            for (String item : responses.keySet()) {
                if (!items.contains(item)) {
                    throw new StoreException(StoreException.Kind.NOT_FOUND,
                            "prompt '" + id + "': response of unknown item '" + item + "' in arena '" + arena + "'");
                }
            }
            Jdbc.update(c, "INSERT INTO prompts (arena, id, text) VALUES (?, ?, ?)", arena, id, text);
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO responses (arena, prompt, item, text) VALUES (?, ?, ?, ?)")) {
                for (Map.Entry<String, String> response : responses.entrySet()) {
                    s.setString(1, arena);
                    s.setString(2, id);
                    s.setString(3, response.getKey());
                    s.setString(4, response.getValue());
                    s.addBatch();
                }
                s.executeBatch();
            }
            return prompt;
        });
    }

    Optional<Prompt> prompt(String arena, String id) {
        return database.read(c -> findPrompt(c, arena, id));
    }

    List<Prompt> prompts(String arena) {
        return database.read(c -> {
            requireArena(c, arena);
            List<String> ids = Jdbc.list(c, r -> r.getString(1), "SELECT id FROM prompts WHERE arena = ? ORDER BY id",
                    arena);
            List<Prompt> prompts = new ArrayList<>();
            for (String id : ids) {
                findPrompt(c, arena, id).ifPresent(prompts::add);
            }
            return prompts;
        });
    }

    // ------------------------------------------------------------------------------------------
    // Lookups inside a unit of work, shared with the other repositories

    /** The id of an arena, item, prompt or session, checked against its column's width. */
    static void requireId(String parameter, String id) {
        if (!Jdbc.fits(id)) {
            throw new InvalidParameterException(parameter, String.valueOf(id),
                    "1 to " + Jdbc.MAX_ID_LENGTH + " characters, not blank");
        }
    }

    /** Items per battle: the arena setting {@code k}, 2 to {@value Arena#MAX_BATTLE_SIZE}. */
    static void requireBattleSize(int battleSize) {
        if (battleSize < 2 || battleSize > Arena.MAX_BATTLE_SIZE) {
            throw new InvalidParameterException("k", Integer.toString(battleSize),
                    "2 to " + Arena.MAX_BATTLE_SIZE + " items per battle");
        }
    }

    static StoreException unknownArena(String arena) {
        return new StoreException(StoreException.Kind.NOT_FOUND, "unknown arena '" + arena + "'");
    }

    /** The seq the next judgment of an existing arena gets; NOT_FOUND if there is no such arena. */
    static long requireArena(Connection c, String arena) throws SQLException {
        return Jdbc.first(c, r -> r.getLong(1), "SELECT next_seq FROM arenas WHERE id = ?", arena)
                .orElseThrow(() -> unknownArena(arena));
    }

    /** Moves an arena's next seq on, in the transaction that appended up to it. */
    static void advanceSeq(Connection c, String arena, long nextSeq) throws SQLException {
        Jdbc.update(c, "UPDATE arenas SET next_seq = ? WHERE id = ?", nextSeq, arena);
    }

    static Set<String> itemIds(Connection c, String arena) throws SQLException {
        return new HashSet<>(Jdbc.list(c, r -> r.getString(1), "SELECT id FROM items WHERE arena = ?", arena));
    }

    static Optional<Prompt> findPrompt(Connection c, String arena, String id) throws SQLException {
        Optional<String> text = Jdbc.first(c, r -> r.getString(1), "SELECT text FROM prompts WHERE arena = ? AND id = ?",
                arena, id);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> responses = new LinkedHashMap<>();
        for (String[] response : Jdbc.list(c, r -> new String[] {r.getString(1), r.getString(2)},
                "SELECT item, text FROM responses WHERE arena = ? AND prompt = ? ORDER BY item", arena, id)) {
            responses.put(response[0], response[1]);
        }
        return Optional.of(new Prompt(arena, id, text.get(), responses));
    }

    private static Optional<Arena> find(Connection c, String id) throws SQLException {
        return Jdbc.first(c, ArenaRepository::arena, "SELECT " + ARENA_COLUMNS + " FROM arenas WHERE id = ?", id);
    }

    private static Arena arena(ResultSet r) throws SQLException {
        return new Arena(r.getString(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3)),
                Optional.ofNullable(r.getString(4)), r.getInt(5));
    }
}
