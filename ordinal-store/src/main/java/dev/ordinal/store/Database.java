package dev.ordinal.store;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.flywaydb.core.Flyway;

/**
 * What every repository works through: a connection pool for reads (which never wait for the
 * writer), the {@link GroupCommitWriter} for writes, and the clock that times records. Opening
 * applies the Flyway migrations.
 */
final class Database implements AutoCloseable {
    private final HikariDataSource pool;
    private final GroupCommitWriter writer;
    private final Clock clock;

    /** Migrates the database behind {@code pool} and starts its writer; closes the pool if either fails. */
    Database(HikariDataSource pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
        try {
            Flyway.configure().dataSource(pool).locations("classpath:db/migration/ordinal").load().migrate();
            writer = new GroupCommitWriter(pool.getConnection());
        } catch (SQLException | RuntimeException e) {
            pool.close();
            throw new StoreException(StoreException.Kind.DATABASE, "cannot open the store: " + e.getMessage(), e);
        }
    }

    /** Runs {@code work} on a pooled connection. */
    <T> T read(Jdbc.Work<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.apply(c);
        } catch (SQLException | RuntimeException e) {
            throw Jdbc.translate(e);
        }
    }

    /** Runs {@code work} in the writer's next group and waits until it is durable. */
    <T> T write(Jdbc.Work<T> work) {
        return writer.write(work);
    }

    /** Runs {@code work} in the writer's next group; the future completes once it is durable. */
    <T> CompletableFuture<T> submit(Jdbc.Work<T> work) {
        return writer.submit(work);
    }

    /** The clock's time, to the millisecond the columns keep. */
    Instant now() {
        return Instant.ofEpochMilli(clock.millis());
    }

    /** Waits for the writes already submitted, stops the writer and closes the pool. */
    @Override
    public void close() {
        writer.close();
        pool.close();
    }
}
