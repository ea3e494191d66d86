package dev.ordinal.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.flywaydb.core.Flyway;

/**
 * The durable store of an Ordinal server: arenas, items, prompts with responses, battles,
 * access tokens, and each arena's append-only log of judgments.
 *
 * <p>Every write goes through one writer thread that practises <em>group commit</em>: it takes
 * all writes waiting in its queue, applies each inside its own savepoint (so a refused write
 * leaves no trace and does not disturb the others), commits them in one transaction, and only
 * then completes each caller's future. An acknowledged write is therefore durable (SQLite runs in
 * WAL mode with {@code synchronous=FULL}; PostgreSQL commits synchronously by default), and one
 * fsync is shared by every writer that arrived while the previous commit was on its way to disk.
 * Reads use a connection pool and never wait for the writer.
 *
 * <p>One process writes to a database at a time; sequence numbers are assigned by this writer.
 */
public final class Store implements AutoCloseable {
    /** The database engine behind a store. */
    public enum Backend { SQLITE, POSTGRESQL }

    /** The SQLite file a store opens inside its data directory. */
    public static final String SQLITE_FILE = "ordinal.db";

    /** The shortest token {@link #registerToken} accepts. */
    public static final int MIN_TOKEN_LENGTH = 16;
    private static final int MAX_GROUP = 4096;
    private static final int MAX_ID_LENGTH = 200;
    private static final String TOKEN_PREFIX = "ord_";

    private final Backend backend;
    private final HikariDataSource pool;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final BlockingQueue<PendingWrite<?>> queue = new LinkedBlockingQueue<>();
    private final Thread writerThread;
    private final Connection writerConnection;
    private volatile boolean closed;

    private Store(Backend backend, HikariDataSource pool, Clock clock) {
        this.backend = backend;
        this.pool = pool;
        this.clock = clock;
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration/ordinal").load().migrate();
            writerConnection = pool.getConnection();
            writerConnection.setAutoCommit(false);
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new StoreException(StoreException.Kind.DATABASE, "cannot open the store: " + e.getMessage(), e);
        }
        writerThread = new Thread(this::writerLoop, "ordinal-store-writer");
        writerThread.setDaemon(true);
        writerThread.start();
    }

    /** Opens (creating if needed) the embedded SQLite store {@value #SQLITE_FILE} in {@code dataDirectory}. */
    public static Store openSqlite(Path dataDirectory) {
        return openSqlite(dataDirectory, Clock.systemUTC());
    }

    public static Store openSqlite(Path dataDirectory, Clock clock) {
        try {
            Files.createDirectories(dataDirectory);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.DATABASE, "cannot create data directory " + dataDirectory, e);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:sqlite:" + dataDirectory.resolve(SQLITE_FILE).toAbsolutePath());
        config.addDataSourceProperty("journal_mode", "WAL");
        config.addDataSourceProperty("synchronous", "FULL");
        config.addDataSourceProperty("foreign_keys", "true");
        config.addDataSourceProperty("busy_timeout", "30000");
        config.setMaximumPoolSize(5);
        config.setPoolName("ordinal-sqlite");
        return new Store(Backend.SQLITE, new HikariDataSource(config), clock);
    }

    /** Opens the PostgreSQL database at a JDBC URL ({@code jdbc:postgresql://host/db?user=..&password=..}). */
    public static Store openPostgres(String jdbcUrl) {
        return openPostgres(jdbcUrl, Clock.systemUTC());
    }

    public static Store openPostgres(String jdbcUrl, Clock clock) {
        if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(jdbcUrl);
        config.setMaximumPoolSize(10);
        config.setPoolName("ordinal-postgres");
        return new Store(Backend.POSTGRESQL, new HikariDataSource(config), clock);
    }

    /** A PostgreSQL JDBC URL, or else a data directory for the embedded SQLite store. */
    public static Store open(String location) {
        return location.startsWith("jdbc:") ? openPostgres(location) : openSqlite(Path.of(location));
    }

    public Backend backend() {
        return backend;
    }

    // ------------------------------------------------------------------------------------------
    // Arenas, items, prompts

    /** A pairwise arena with the server's default strategy. */
    public Arena createArena(String id, String name) {
        return createArena(id, name, Optional.empty(), 2);
    }

    /**
     * Creates an arena.
     *
     * @param strategy   the matchmaking strategy's name, or empty for the server's default
     * @param battleSize items per battle, 2 to {@value Arena#MAX_BATTLE_SIZE}
     */
    public Arena createArena(String id, String name, Optional<String> strategy, int battleSize) {
        checkId("arena id", id);
        checkBattleSize(battleSize);
        return write(c -> {
            if (findArena(c, id).isPresent()) {
                throw new StoreException(StoreException.Kind.CONFLICT, "arena '" + id + "' already exists");
            }
            Instant now = now();
            update(c, "INSERT INTO arenas (id, name, created_at, next_seq, strategy, battle_size) VALUES (?, ?, ?, 1, ?, ?)",
                    id, name, now.toEpochMilli(), strategy.orElse(null), battleSize);
            return new Arena(id, name, now, strategy, battleSize);
        });
    }

    /**
     * Changes an arena's name, strategy or battle size (empty: unchanged). Battles already issued
     * keep the sides they were issued with.
     */
    public Arena configureArena(String id, Optional<String> name, Optional<String> strategy, OptionalInt battleSize) {
        battleSize.ifPresent(Store::checkBattleSize);
        return write(c -> {
            Arena arena = findArena(c, id).orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND,
                    "unknown arena '" + id + "'"));
            Arena changed = new Arena(id, name.orElse(arena.name()), arena.created(),
                    strategy.isPresent() ? strategy : arena.strategy(), battleSize.orElse(arena.battleSize()));
            update(c, "UPDATE arenas SET name = ?, strategy = ?, battle_size = ? WHERE id = ?", changed.name(),
                    changed.strategy().orElse(null), changed.battleSize(), id);
            return changed;
        });
    }

    private static void checkBattleSize(int battleSize) {
        if (battleSize < 2 || battleSize > Arena.MAX_BATTLE_SIZE) {
            throw new StoreException(StoreException.Kind.INVALID, "a battle shows 2 to " + Arena.MAX_BATTLE_SIZE
                    + " items, got " + battleSize);
        }
    }

    public Optional<Arena> arena(String id) {
        return read(c -> findArena(c, id));
    }

    public List<Arena> arenas() {
        return read(c -> {
            List<Arena> arenas = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT " + ARENA_COLUMNS + " FROM arenas ORDER BY id");
                 ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    arenas.add(arena(r));
                }
            }
            return arenas;
        });
    }

    /** Adds an item to an arena, or renames it if it exists. */
    public Item putItem(String arena, String id, String name) {
        checkId("item id", id);
        return write(c -> {
            requireArena(c, arena);
            if (update(c, "UPDATE items SET name = ? WHERE arena = ? AND id = ?", name, arena, id) == 0) {
                update(c, "INSERT INTO items (arena, id, name) VALUES (?, ?, ?)", arena, id, name);
            }
            return new Item(arena, id, name);
        });
    }

    public List<Item> items(String arena) {
        return read(c -> {
            requireArena(c, arena);
            List<Item> items = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id, name FROM items WHERE arena = ? ORDER BY id")) {
                s.setString(1, arena);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        items.add(new Item(arena, r.getString(1), r.getString(2)));
                    }
                }
            }
            return items;
        });
    }

    /** Adds a prompt with each item's response to it (item id to text); the items must exist. */
    public Prompt addPrompt(String arena, String id, String text, Map<String, String> responses) {
        checkId("prompt id", id);
        Prompt prompt = new Prompt(arena, id, text, responses);
        return write(c -> {
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
            update(c, "INSERT INTO prompts (arena, id, text) VALUES (?, ?, ?)", arena, id, text);
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

    public Optional<Prompt> prompt(String arena, String id) {
        return read(c -> findPrompt(c, arena, id));
    }

    /** The prompts of an arena, by id. */
    public List<Prompt> prompts(String arena) {
        return read(c -> {
            requireArena(c, arena);
            List<String> ids = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM prompts WHERE arena = ? ORDER BY id")) {
                s.setString(1, arena);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        ids.add(r.getString(1));
                    }
                }
            }
            List<Prompt> prompts = new ArrayList<>();
            for (String id : ids) {
                findPrompt(c, arena, id).ifPresent(prompts::add);
            }
            return prompts;
        });
    }

    // ------------------------------------------------------------------------------------------
    // Battles

    /**
     * Issues a battle to a voter session: the prompt and the items shown as sides A, B, C, ... in
     * that order (the caller chooses the items and the order), with how a strategy chose them
     * (empty when none did). Every item must be distinct and have a response to the prompt.
     */
    public Battle issueBattle(String arena, String prompt, List<String> items, String session,
                              Optional<Selection> selection) {
        checkId("session", session);
        List<String> sides = List.copyOf(items);
        if (sides.size() < 2 || sides.size() > Arena.MAX_BATTLE_SIZE) {
            throw new StoreException(StoreException.Kind.INVALID, "a battle shows 2 to " + Arena.MAX_BATTLE_SIZE
                    + " items, got " + sides.size());
        }
        if (new HashSet<>(sides).size() != sides.size()) {
            throw new StoreException(StoreException.Kind.INVALID, "a battle needs different items, got " + sides);
        }
        return write(c -> {
            requireArena(c, arena);
            Prompt p = findPrompt(c, arena, prompt).orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND,
                    "unknown prompt '" + prompt + "' in arena '" + arena + "'"));
            for (String item : sides) {
                if (!p.responses().containsKey(item)) {
                    throw new StoreException(StoreException.Kind.NOT_FOUND, "item '" + item
                            + "' has no response to prompt '" + prompt + "' in arena '" + arena + "'");
                }
            }
            long id = nextCounter(c, "battle");
            Instant now = now();
            update(c, "INSERT INTO battles (id, arena, prompt, item_a, item_b, session, issued_at, propensity, weight) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", id, arena, prompt, sides.get(0), sides.get(1), session,
                    now.toEpochMilli(), selection.map(Selection::propensity).orElse(null),
                    selection.map(Selection::weight).orElse(null));
            for (int position = 2; position < sides.size(); position++) {
                update(c, "INSERT INTO battle_sides (battle, position, arena, item) VALUES (?, ?, ?, ?)", id, position,
                        arena, sides.get(position));
            }
            return new Battle(id, arena, prompt, sides, session, now, selection, Optional.empty(), Optional.empty());
        });
    }

    public Optional<Battle> battle(long id) {
        return read(c -> findBattle(c, id));
    }

    /**
     * Records the one vote of a battle and appends to the arena's log the pairwise judgments it
     * implies: {@code battle-<id>} for a two-sided battle, {@code battle-<id>-<side><side>} (e.g.
     * {@code battle-7-ac}) for each pair of a K-sided one, side A of the judgment being the
     * earlier side. Refused if the battle is unknown (NOT_FOUND), was issued to another session
     * (FORBIDDEN), already has its vote (CONFLICT) or the vote ranks another number of sides
     * (INVALID). Returns the voted battle, which reveals the items.
     */
    public Battle vote(long battle, String session, BattleVote vote) {
        return write(c -> {
            Battle b = findBattle(c, battle).orElseThrow(() -> new StoreException(StoreException.Kind.NOT_FOUND,
                    "unknown battle " + battle));
            if (!b.session().equals(session)) {
                throw new StoreException(StoreException.Kind.FORBIDDEN, "battle " + battle + " was issued to another session");
            }
            if (b.voted()) {
                throw new StoreException(StoreException.Kind.CONFLICT, "battle " + battle + " already has its vote");
            }
            int sides = b.items().size();
            if (vote.sides() != sides) {
                throw new StoreException(StoreException.Kind.INVALID, "battle " + battle + " shows " + sides
                        + " items; the vote ranks " + vote.sides());
            }
            Instant now = now();
            boolean pairwise = sides == 2;
            if (update(c, "UPDATE battles SET outcome = ?, ranks = ?, voted_at = ? WHERE id = ? AND voted_at IS NULL",
                    pairwise ? code(vote.between(0, 1)) : null, pairwise ? null : vote.code(), now.toEpochMilli(),
                    battle) != 1) {
                throw new StoreException(StoreException.Kind.CONFLICT, "battle " + battle + " already has its vote");
            }
            Battle voted = new Battle(b.id(), b.arena(), b.prompt(), b.items(), b.session(), b.issuedAt(),
                    b.selection(), Optional.of(vote), Optional.of(now));
            append(c, b.arena(), voted.judgments(), OptionalLong.of(battle));
            return voted;
        });
    }

    // ------------------------------------------------------------------------------------------
    // Judgments

    /**
     * Appends judgments to an arena's log, all or nothing. An id already in the log, or repeated
     * in the batch, is not stored again and is reported as a duplicate. The future completes once
     * the judgments are durable, or exceptionally with a {@link StoreException} naming the
     * offending record (unknown arena or item, self-comparison), in which case nothing was stored.
     */
    public CompletableFuture<AppendResult> appendJudgments(String arena, List<NewJudgment> judgments) {
        List<NewJudgment> batch = List.copyOf(judgments);
        return submit(c -> append(c, arena, batch, OptionalLong.empty()));
    }

    /** {@link #appendJudgments} and wait for it. */
    public AppendResult append(String arena, List<NewJudgment> judgments) {
        return await(appendJudgments(arena, judgments));
    }

    /** Number of judgments in an arena's log. */
    public long judgmentCount(String arena) {
        return read(c -> requireArena(c, arena) - 1);
    }

    /** Streams an arena's log in order. */
    public void judgments(String arena, Consumer<StoredJudgment> consumer) {
        judgments(arena, 0, consumer);
    }

    /** Streams the judgments of an arena's log with {@code seq > afterSeq}, in order. */
    public void judgments(String arena, long afterSeq, Consumer<StoredJudgment> consumer) {
        read(c -> {
            requireArena(c, arena);
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false); // PostgreSQL streams with a fetch size only inside a transaction
            try (PreparedStatement s = c.prepareStatement("SELECT j.seq, j.client_id, j.item_a, j.item_b, j.outcome, "
                    + "j.judge, j.judged_at, j.category, j.battle, b.propensity, b.weight FROM judgments j "
                    + "LEFT JOIN battles b ON b.id = j.battle WHERE j.arena = ? AND j.seq > ? ORDER BY j.seq")) {
                s.setFetchSize(1000);
                s.setString(1, arena);
                s.setLong(2, afterSeq);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long battle = r.getLong(9);
                        OptionalLong battleId = r.wasNull() ? OptionalLong.empty() : OptionalLong.of(battle);
                        consumer.accept(new StoredJudgment(arena, r.getLong(1), r.getString(2), r.getString(3),
                                r.getString(4), outcome(r.getString(5)), Optional.ofNullable(r.getString(6)),
                                Instant.ofEpochMilli(r.getLong(7)), Optional.ofNullable(r.getString(8)), battleId,
                                selection(r, 10)));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    /**
     * The comparison table of an arena's log, counted in the database. Items and cells come in
     * the order of their first appearance in the log, so the table equals
     * {@code ComparisonTable.of} the streamed log. Both-bad stays {@link Outcome#BOTH_BAD}.
     */
    public ComparisonTable comparisonTable(String arena) {
        return read(c -> {
            requireArena(c, arena);
            ComparisonTable.Builder builder = ComparisonTable.builder();
            try (PreparedStatement s = c.prepareStatement("SELECT item_a, item_b, outcome, COUNT(*), MIN(seq) AS first "
                    + "FROM judgments WHERE arena = ? GROUP BY item_a, item_b, outcome ORDER BY first")) {
                s.setString(1, arena);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long count = r.getLong(4);
                        builder.add(builder.item(r.getString(1)), builder.item(r.getString(2)), outcome(r.getString(3)),
                                count, count);
                    }
                }
            }
            return builder.build();
        });
    }

    private AppendResult append(Connection c, String arena, List<NewJudgment> judgments, OptionalLong battle)
            throws SQLException {
        long next = requireArena(c, arena);
        Set<String> items = itemIds(c, arena);
        for (int i = 0; i < judgments.size(); i++) {
            NewJudgment j = judgments.get(i);
            String where = "judgment " + (i + 1) + " (id '" + j.id() + "')";
            if (j.id().isBlank() || j.id().length() > MAX_ID_LENGTH) {
                throw new StoreException(StoreException.Kind.INVALID, where + ": the id must be 1 to "
                        + MAX_ID_LENGTH + " characters");
            }
            if (j.a().equals(j.b())) {
                throw new StoreException(StoreException.Kind.INVALID, where + ": item '" + j.a()
                        + "' is compared with itself");
            }
            for (String item : List.of(j.a(), j.b())) {
                if (!items.contains(item)) {
                    throw new StoreException(StoreException.Kind.NOT_FOUND, where + ": unknown item '" + item
                            + "' in arena '" + arena + "'");
                }
            }
        }
        List<String> stored = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant now = now();
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM judgments WHERE arena = ? AND client_id = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO judgments (arena, seq, client_id, item_a, item_b, "
                     + "outcome, judge, judged_at, category, battle) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewJudgment j : judgments) {
                if (!seen.add(j.id()) || exists(exists, arena, j.id())) {
                    duplicates.add(j.id());
                    continue;
                }
                insert.setString(1, arena);
                insert.setLong(2, next++);
                insert.setString(3, j.id());
                insert.setString(4, j.a());
                insert.setString(5, j.b());
                insert.setString(6, code(j.outcome()));
                setNullable(insert, 7, j.judge().orElse(null));
                insert.setLong(8, j.time().orElse(now).toEpochMilli());
                setNullable(insert, 9, j.category().orElse(null));
                if (battle.isPresent()) {
                    insert.setLong(10, battle.getAsLong());
                } else {
                    insert.setNull(10, Types.BIGINT);
                }
                insert.addBatch();
                stored.add(j.id());
            }
            if (!stored.isEmpty()) {
                insert.executeBatch();
                update(c, "UPDATE arenas SET next_seq = ? WHERE id = ?", next, arena);
            }
        }
        return new AppendResult(stored, duplicates);
    }

    private static boolean exists(PreparedStatement exists, String arena, String id) throws SQLException {
        exists.setString(1, arena);
        exists.setString(2, id);
        try (ResultSet r = exists.executeQuery()) {
            return r.next();
        }
    }

    // ------------------------------------------------------------------------------------------
    // Tokens

    /** Creates a token with a role and returns it; only its SHA-256 hash is stored. */
    public String createToken(Role role) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = TOKEN_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        registerToken(token, role);
        return token;
    }

    /** Stores the hash of a token chosen elsewhere (the admin token from the environment); idempotent. */
    public void registerToken(String token, Role role) {
        if (token.length() < MIN_TOKEN_LENGTH) {
            throw new StoreException(StoreException.Kind.INVALID, "a token needs at least " + MIN_TOKEN_LENGTH
                    + " characters");
        }
        String hash = hash(token);
        write(c -> {
            if (update(c, "UPDATE tokens SET role = ? WHERE hash = ?", role.code(), hash) == 0) {
                update(c, "INSERT INTO tokens (hash, role, created_at) VALUES (?, ?, ?)", hash, role.code(),
                        now().toEpochMilli());
            }
            return null;
        });
    }

    /** The role of a token, or empty if the store does not know it. */
    public Optional<Role> verifyToken(String token) {
        String hash = hash(token);
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("SELECT role FROM tokens WHERE hash = ?")) {
                s.setString(1, hash);
                try (ResultSet r = s.executeQuery()) {
                    return r.next() ? Optional.of(Role.ofCode(r.getString(1))) : Optional.empty();
                }
            }
        });
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    // ------------------------------------------------------------------------------------------
    // The writer thread and group commit

    @FunctionalInterface
    private interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    private record PendingWrite<T>(Work<T> work, CompletableFuture<T> future) {
        void run(Connection c, List<Runnable> completions) {
            try {
                Savepoint savepoint = c.setSavepoint();
                try {
                    T result = work.apply(c);
                    c.releaseSavepoint(savepoint);
                    completions.add(() -> future.complete(result));
                } catch (SQLException | RuntimeException e) {
                    c.rollback(savepoint);
                    completions.add(() -> future.completeExceptionally(translate(e)));
                }
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }
    }

    private <T> CompletableFuture<T> submit(Work<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (closed) {
            future.completeExceptionally(new StoreException(StoreException.Kind.DATABASE, "the store is closed"));
            return future;
        }
        queue.add(new PendingWrite<>(work, future));
        return future;
    }

    private <T> T write(Work<T> work) {
        return await(submit(work));
    }

    private void writerLoop() {
        List<PendingWrite<?>> group = new ArrayList<>();
        while (true) {
            try {
                PendingWrite<?> first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first == null) {
                    if (closed && queue.isEmpty()) {
                        return;
                    }
                    continue;
                }
                group.add(first);
                queue.drainTo(group, MAX_GROUP - 1);
                commitGroup(group);
                group.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void commitGroup(List<PendingWrite<?>> group) {
        List<Runnable> completions = new ArrayList<>(group.size());
        try {
            for (PendingWrite<?> pending : group) {
                pending.run(writerConnection, completions);
            }
            writerConnection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                writerConnection.rollback();
            } catch (SQLException ignored) {
                // the connection is broken; the failure below is reported to every writer
            }
            StoreException failure = new StoreException(StoreException.Kind.DATABASE,
                    "commit failed, nothing of it was stored: " + e.getMessage(), e);
            group.forEach(pending -> pending.future().completeExceptionally(failure));
            return;
        }
        completions.forEach(Runnable::run);
    }

    private static StoreException translate(Throwable e) {
        if (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof StoreException store) {
            return store;
        }
        if (e instanceof IllegalArgumentException) {
            return new StoreException(StoreException.Kind.INVALID, e.getMessage(), e);
        }
        return new StoreException(StoreException.Kind.DATABASE, "database error: " + e.getMessage(), e);
    }

    private static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            StoreException failure = translate(e.getCause());
            // rethrow with this caller's stack, keeping the writer's as the cause
            throw new StoreException(failure.kind(), failure.getMessage(), failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.DATABASE, "interrupted while waiting for the store", e);
        }
    }

    private <T> T read(Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (SQLException | RuntimeException e) {
            throw translate(e);
        }
    }

    /** Waits for the writes already submitted, stops the writer and closes the database. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            writerThread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            writerConnection.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
        pool.close();
    }

    /** The value of a SQLite pragma on a pooled connection (for tests of the durability settings). */
    String sqlitePragma(String name) {
        if (backend != Backend.SQLITE || !name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a SQLite pragma: " + name);
        }
        return read(c -> {
            try (PreparedStatement s = c.prepareStatement("PRAGMA " + name); ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        });
    }

    // ------------------------------------------------------------------------------------------
    // Small SQL helpers

    private Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    private static void checkId(String what, String id) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            throw new StoreException(StoreException.Kind.INVALID, what + " must be 1 to " + MAX_ID_LENGTH
                    + " characters, got '" + id + "'");
        }
    }

    private static String code(Outcome outcome) {
        return outcome.name().toLowerCase(Locale.ROOT);
    }

    private static Outcome outcome(String code) {
        return Outcome.valueOf(code.toUpperCase(Locale.ROOT));
    }

    private static void setNullable(PreparedStatement s, int index, String value) throws SQLException {
        if (value == null) {
            s.setNull(index, Types.VARCHAR);
        } else {
            s.setString(index, value);
        }
    }

    private static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private static final String ARENA_COLUMNS = "id, name, created_at, strategy, battle_size";

    private static Arena arena(ResultSet r) throws SQLException {
        return new Arena(r.getString(1), r.getString(2), Instant.ofEpochMilli(r.getLong(3)),
                Optional.ofNullable(r.getString(4)), r.getInt(5));
    }

    private static Optional<Arena> findArena(Connection c, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT " + ARENA_COLUMNS + " FROM arenas WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                return r.next() ? Optional.of(arena(r)) : Optional.empty();
            }
        }
    }

    /** The next seq of an existing arena. */
    private static long requireArena(Connection c, String arena) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT next_seq FROM arenas WHERE id = ?")) {
            s.setString(1, arena);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    throw new StoreException(StoreException.Kind.NOT_FOUND, "unknown arena '" + arena + "'");
                }
                return r.getLong(1);
            }
        }
    }

    private static Set<String> itemIds(Connection c, String arena) throws SQLException {
        Set<String> ids = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT id FROM items WHERE arena = ?")) {
            s.setString(1, arena);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
        }
        return ids;
    }

    private static Optional<Prompt> findPrompt(Connection c, String arena, String id) throws SQLException {
        String text;
        try (PreparedStatement s = c.prepareStatement("SELECT text FROM prompts WHERE arena = ? AND id = ?")) {
            s.setString(1, arena);
            s.setString(2, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                text = r.getString(1);
            }
        }
        Map<String, String> responses = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement(
                "SELECT item, text FROM responses WHERE arena = ? AND prompt = ? ORDER BY item")) {
            s.setString(1, arena);
            s.setString(2, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    responses.put(r.getString(1), r.getString(2));
                }
            }
        }
        return Optional.of(new Prompt(arena, id, text, responses));
    }

    private static Optional<Battle> findBattle(Connection c, long id) throws SQLException {
        String arena;
        String prompt;
        List<String> items = new ArrayList<>();
        String session;
        long issuedAt;
        String outcome;
        String ranks;
        Optional<Instant> votedAt;
        Optional<Selection> selection;
        try (PreparedStatement s = c.prepareStatement("SELECT arena, prompt, item_a, item_b, session, issued_at, "
                + "outcome, ranks, voted_at, propensity, weight FROM battles WHERE id = ?")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                if (!r.next()) {
                    return Optional.empty();
                }
                arena = r.getString(1);
                prompt = r.getString(2);
                items.add(r.getString(3));
                items.add(r.getString(4));
                session = r.getString(5);
                issuedAt = r.getLong(6);
                outcome = r.getString(7);
                ranks = r.getString(8);
                long voted = r.getLong(9);
                votedAt = r.wasNull() ? Optional.empty() : Optional.of(Instant.ofEpochMilli(voted));
                selection = selection(r, 10);
            }
        }
        try (PreparedStatement s = c.prepareStatement("SELECT item FROM battle_sides WHERE battle = ? ORDER BY position")) {
            s.setLong(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    items.add(r.getString(1));
                }
            }
        }
        Optional<BattleVote> vote = ranks != null ? Optional.of(BattleVote.parse(ranks))
                : Optional.ofNullable(outcome).map(code -> BattleVote.of(outcome(code)));
        return Optional.of(new Battle(id, arena, prompt, items, session, Instant.ofEpochMilli(issuedAt), selection,
                vote, votedAt));
    }

    /** The selection in columns {@code column} (propensity) and {@code column + 1} (weight), if stored. */
    private static Optional<Selection> selection(ResultSet r, int column) throws SQLException {
        double propensity = r.getDouble(column);
        if (r.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new Selection(propensity, r.getDouble(column + 1)));
    }

    private static long nextCounter(Connection c, String name) throws SQLException {
        update(c, "UPDATE counters SET next_value = next_value + 1 WHERE name = ?", name);
        try (PreparedStatement s = c.prepareStatement("SELECT next_value FROM counters WHERE name = ?")) {
            s.setString(1, name);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1) - 1;
            }
        }
    }
}
