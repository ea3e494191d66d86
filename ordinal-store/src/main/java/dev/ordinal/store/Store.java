package dev.ordinal.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.ordinal.judgment.ComparisonTable;
import dev.ordinal.judgment.Outcome;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The durable store of an Ordinal server: arenas, items, prompts with responses, battles,
 * access tokens, and each arena's append-only log of judgments. This class opens and closes the
 * database (embedded SQLite or PostgreSQL, a connection pool, the Flyway migrations) and is the
 * one entry point callers use; each table family has its own repository behind it
 * ({@link ArenaRepository}, {@link BattleRepository}, {@link JudgmentLog}, {@link TokenRepository}).
 *
 * <p>Every write goes through one {@link GroupCommitWriter}: an acknowledged write is durable
 * (SQLite runs in WAL mode with {@code synchronous=FULL}; PostgreSQL commits synchronously by
 * default), a refused write leaves no trace, and concurrent writers share one fsync. Reads use the
 * pool and never wait for the writer. One process writes to a database at a time; sequence numbers
 * and battle ids are assigned by its writer.
 *
 * <p>Refusals: a bad argument (an id too long or blank, a battle size or side count out of range,
 * a vote that ranks another number of sides, a short token) is an
 * {@link dev.ordinal.error.InvalidParameterException} naming the parameter; a refusal about what is
 * stored is a {@link StoreException} whose kind says which (not found, conflict, forbidden,
 * invalid record in a batch, database failure).
 */
public final class Store implements AutoCloseable {
    /** The database engine behind a store. */
    public enum Backend { SQLITE, POSTGRESQL }

    /** The SQLite file a store opens inside its data directory. */
    public static final String SQLITE_FILE = "ordinal.db";

    /** The shortest token {@link #registerToken} accepts. */
    public static final int MIN_TOKEN_LENGTH = 16;

    private final Backend backend;
    private final Database database;
    private final ArenaRepository arenas;
    private final BattleRepository battles;
    private final JudgmentLog log;
    private final TokenRepository tokens;

    private Store(Backend backend, HikariDataSource pool, Clock clock) {
        this.backend = backend;
        this.database = new Database(pool, clock);
        this.arenas = new ArenaRepository(database);
        this.log = new JudgmentLog(database);
        this.battles = new BattleRepository(database, log);
        this.tokens = new TokenRepository(database);
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
    // Arenas, items, prompts (ArenaRepository)

    /** A pairwise arena with the server's default strategy. */
    public Arena createArena(String id, String name) {
        return createArena(id, name, Optional.empty(), 2);
    }

    /**
     * Creates an arena; CONFLICT if it exists.
     *
     * @param strategy   the matchmaking strategy's name, or empty for the server's default
     * @param battleSize items per battle (the parameter {@code k}), 2 to {@value Arena#MAX_BATTLE_SIZE}
     */
    public Arena createArena(String id, String name, Optional<String> strategy, int battleSize) {
        return arenas.create(id, name, strategy, battleSize);
    }

    /**
     * Changes an arena's name, strategy or battle size (empty: unchanged). Battles already issued
     * keep the sides they were issued with.
     */
    public Arena configureArena(String id, Optional<String> name, Optional<String> strategy, OptionalInt battleSize) {
        return arenas.configure(id, name, strategy, battleSize);
    }

    public Optional<Arena> arena(String id) {
        return arenas.arena(id);
    }

    /** Every arena, by id. */
    public List<Arena> arenas() {
        return arenas.arenas();
    }

    /** Adds an item to an arena, or renames it if it exists. */
    public Item putItem(String arena, String id, String name) {
        return arenas.putItem(arena, id, name);
    }

    /** The items of an arena, by id. */
    public List<Item> items(String arena) {
        return arenas.items(arena);
    }

    /** Adds a prompt with each item's response to it (item id to text); the items must exist. */
    public Prompt addPrompt(String arena, String id, String text, Map<String, String> responses) {
        return arenas.addPrompt(arena, id, text, responses);
    }

    public Optional<Prompt> prompt(String arena, String id) {
        return arenas.prompt(arena, id);
    }

    /** The prompts of an arena, by id. */
    public List<Prompt> prompts(String arena) {
        return arenas.prompts(arena);
    }

    // ------------------------------------------------------------------------------------------
    // Battles (BattleRepository)

    /**
     * Issues a battle to a voter session: the prompt and the items shown as sides A, B, C, ... in
     * that order (the caller chooses the items and the order), with how a strategy chose them
     * (empty when none did). The items (2 to {@value Arena#MAX_BATTLE_SIZE}) must be distinct and
     * each have a response to the prompt.
     */
    public Battle issueBattle(String arena, String prompt, List<String> items, String session,
                              Optional<Selection> selection) {
        return battles.issue(arena, prompt, items, session, selection);
    }

    public Optional<Battle> battle(long id) {
        return battles.battle(id);
    }

    /**
     * Records the one vote of a battle and appends to the arena's log, in the same transaction,
     * the pairwise judgments it implies ({@link Battle#judgments()}): {@code battle-<id>} for a
     * two-sided battle, {@code battle-<id>-<side><side>} (e.g. {@code battle-7-ac}) for each pair
     * of a K-sided one. Refused if the battle is unknown (NOT_FOUND), was issued to another
     * session (FORBIDDEN) or already has its vote (CONFLICT), or if the vote ranks another number
     * of sides (an invalid {@code vote}). Returns the voted battle, which reveals the items, with
     * the judgments exactly as the log now holds them.
     */
    public VotedBattle vote(long battle, String session, BattleVote vote) {
        return battles.vote(battle, session, vote);
    }

    // ------------------------------------------------------------------------------------------
    // The judgment log (JudgmentLog)

    /**
     * Appends judgments to an arena's log, all or nothing. An id already in the log, or repeated
     * in the batch, is not stored again and is reported as a duplicate. The future completes once
     * the judgments are durable, or exceptionally with a {@link StoreException} naming the
     * offending record (unknown arena or item, self-comparison), in which case nothing was stored.
     */
    public CompletableFuture<AppendResult> appendJudgments(String arena, List<NewJudgment> judgments) {
        return log.append(arena, judgments);
    }

    /** {@link #appendJudgments} and wait for it. */
    public AppendResult append(String arena, List<NewJudgment> judgments) {
        return GroupCommitWriter.await(appendJudgments(arena, judgments));
    }

    /** Number of judgments in an arena's log. */
    public long judgmentCount(String arena) {
        return log.count(arena);
    }

    /** Streams an arena's log in order. */
    public void judgments(String arena, Consumer<StoredJudgment> consumer) {
        judgments(arena, 0, consumer);
    }

    /** Streams the judgments of an arena's log with {@code seq > afterSeq}, in order. */
    public void judgments(String arena, long afterSeq, Consumer<StoredJudgment> consumer) {
        log.judgments(arena, afterSeq, consumer);
    }

    /**
     * The comparison table of an arena's log, counted in the database. Items and cells come in
     * the order of their first appearance in the log, so the table equals
     * {@code ComparisonTable.of} the streamed log. Both-bad stays {@link Outcome#BOTH_BAD}.
     */
    public ComparisonTable comparisonTable(String arena) {
        return log.comparisonTable(arena);
    }

    // ------------------------------------------------------------------------------------------
    // Tokens (TokenRepository)

    /** Creates a token with a role and returns it; only its SHA-256 hash is stored. */
    public String createToken(Role role) {
        return tokens.create(role);
    }

    /** Stores the hash of a token chosen elsewhere (the admin token from the environment); idempotent. */
    public void registerToken(String token, Role role) {
        tokens.register(token, role);
    }

    /** The role of a token, or empty if the store does not know it. */
    public Optional<Role> verifyToken(String token) {
        return tokens.verify(token);
    }

    /** Waits for the writes already submitted, stops the writer and closes the database. */
    @Override
    public void close() {
        database.close();
    }

    /** The value of a SQLite pragma on a pooled connection (for tests of the durability settings). */
    String sqlitePragma(String name) {
        if (backend != Backend.SQLITE || !name.matches("[a-z_]+")) {
            throw new IllegalArgumentException("not a SQLite pragma: " + name);
        }
        return database.read(c -> Jdbc.first(c, r -> r.getString(1), "PRAGMA " + name).orElseThrow());
    }
}
