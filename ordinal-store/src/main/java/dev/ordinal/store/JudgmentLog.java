package dev.ordinal.store;

import dev.ordinal.judgment.ComparisonTable;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The {@code judgments} table: each arena's append-only log. Rows are only ever inserted, with
 * the arena's next seq (1, 2, 3... without gaps) in the writer's transaction, so a reader can
 * resume from the last seq it saw. A client's id makes an append idempotent.
 */
final class JudgmentLog {
    private final Database database;

    JudgmentLog(Database database) {
        this.database = database;
    }

    /** What an append stored, as the log now holds it, and the ids it did not store again. */
    record Appended(List<StoredJudgment> stored, List<String> duplicates) {
        AppendResult result() {
            return new AppendResult(stored.stream().map(StoredJudgment::id).toList(), duplicates);
        }
    }

    CompletableFuture<AppendResult> append(String arena, List<NewJudgment> judgments) {
        List<NewJudgment> batch = List.copyOf(judgments);
        return database.submit(c -> append(c, arena, batch, OptionalLong.empty(), Optional.empty()).result());
    }

    long count(String arena) {
        return database.read(c -> ArenaRepository.requireArena(c, arena) - 1);
    }

    void judgments(String arena, long afterSeq, Consumer<StoredJudgment> consumer) {
        database.read(c -> {
            ArenaRepository.requireArena(c, arena);
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
                                r.getString(4), Jdbc.outcome(r.getString(5)), Optional.ofNullable(r.getString(6)),
                                Instant.ofEpochMilli(r.getLong(7)), Optional.ofNullable(r.getString(8)), battleId,
                                Jdbc.selection(r, 10)));
                    }
                }
            } finally {
                c.rollback();
                c.setAutoCommit(autoCommit);
            }
            return null;
        });
    }

    ComparisonTable comparisonTable(String arena) {
        return database.read(c -> {
            ArenaRepository.requireArena(c, arena);
            ComparisonTable.Builder builder = ComparisonTable.builder();
            try (PreparedStatement s = c.prepareStatement("SELECT item_a, item_b, outcome, COUNT(*), MIN(seq) AS first "
                    + "FROM judgments WHERE arena = ? GROUP BY item_a, item_b, outcome ORDER BY first")) {
                s.setString(1, arena);
                try (ResultSet r = s.executeQuery()) {
                    while (r.next()) {
                        long count = r.getLong(4);
                        builder.add(builder.item(r.getString(1)), builder.item(r.getString(2)),
                                Jdbc.outcome(r.getString(3)), count, count);
                    }
                }
            }
            return builder.build();
        });
    }

    /**
     * Appends inside the writer's transaction, all or nothing: every record is checked before
     * any is inserted, and a refusal names the record (its place in the batch and its id).
     *
     * @param battle    the battle whose vote the judgments are, if they are one
     * @param selection how that battle's items were chosen (kept in the battles table; returned
     *                  here so that the stored judgments read as {@link #judgments} will read them)
     */
    Appended append(Connection c, String arena, List<NewJudgment> judgments, OptionalLong battle,
                    Optional<Selection> selection) throws SQLException {
        long next = ArenaRepository.requireArena(c, arena);
        check(c, arena, judgments);
        List<StoredJudgment> stored = new ArrayList<>();
        List<String> duplicates = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Instant now = database.now();
        try (PreparedStatement exists = c.prepareStatement("SELECT 1 FROM judgments WHERE arena = ? AND client_id = ?");
             PreparedStatement insert = c.prepareStatement("INSERT INTO judgments (arena, seq, client_id, item_a, item_b, "
                     + "outcome, judge, judged_at, category, battle) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (NewJudgment j : judgments) {
                if (!seen.add(j.id()) || exists(exists, arena, j.id())) {
                    duplicates.add(j.id());
                    continue;
                }
                StoredJudgment row = new StoredJudgment(arena, next++, j.id(), j.a(), j.b(), j.outcome(), j.judge(),
                        j.time().orElse(now), j.category(), battle, selection);
                insert.setString(1, arena);
                insert.setLong(2, row.seq());
                insert.setString(3, row.id());
                insert.setString(4, row.a());
                insert.setString(5, row.b());
                insert.setString(6, row.outcome().label());
                Jdbc.setNullable(insert, 7, row.judge());
                insert.setLong(8, row.time().toEpochMilli());
                Jdbc.setNullable(insert, 9, row.category());
                if (battle.isPresent()) {
                    insert.setLong(10, battle.getAsLong());
                } else {
                    insert.setNull(10, Types.BIGINT);
                }
                insert.addBatch();
                stored.add(row);
            }
            if (!stored.isEmpty()) {
                insert.executeBatch();
                ArenaRepository.advanceSeq(c, arena, next);
            }
        }
        return new Appended(stored, duplicates);
    }

    private static void check(Connection c, String arena, List<NewJudgment> judgments) throws SQLException {
        Set<String> items = ArenaRepository.itemIds(c, arena);
        for (int i = 0; i < judgments.size(); i++) {
            NewJudgment j = judgments.get(i);
            String where = "judgment " + (i + 1) + " (id '" + j.id() + "')";
            if (!Jdbc.fits(j.id())) {
                throw new StoreException(StoreException.Kind.INVALID, where + ": the id must be 1 to "
                        + Jdbc.MAX_ID_LENGTH + " characters");
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
    }

    private static boolean exists(PreparedStatement exists, String arena, String id) throws SQLException {
        exists.setString(1, arena);
        exists.setString(2, id);
        try (ResultSet r = exists.executeQuery()) {
            return r.next();
        }
    }
}
