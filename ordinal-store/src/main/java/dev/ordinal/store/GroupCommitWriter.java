package dev.ordinal.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The store's one writer: a thread with its own connection that practises <em>group commit</em>.
 * It takes every write waiting in its queue (up to {@value #MAX_GROUP}), applies each inside its
 * own savepoint (so a refused write leaves no trace and does not disturb the others), commits them
 * in one transaction, and only then completes each caller's future. An acknowledged write is
 * therefore durable, and one fsync is shared by every writer that arrived while the previous
 * commit was on its way to disk. If the commit fails, every write of the group fails and nothing
 * of it is stored. Because ids and sequence numbers are assigned inside this one thread, writes
 * never race each other.
 */
final class GroupCommitWriter implements AutoCloseable {
    private static final int MAX_GROUP = 4096;

    private final Connection connection;
    private final BlockingQueue<PendingWrite<?>> queue = new LinkedBlockingQueue<>();
    private final Thread thread;
    private volatile boolean closed;

    /** Starts the writer on {@code connection}, which it owns from now on (auto-commit off). */
    GroupCommitWriter(Connection connection) throws SQLException {
        this.connection = connection;
        connection.setAutoCommit(false);
        thread = new Thread(this::loop, "ordinal-store-writer");
        thread.setDaemon(true);
        thread.start();
    }

    private record PendingWrite<T>(Jdbc.Work<T> work, CompletableFuture<T> future) {
        void run(Connection c, List<Runnable> completions) {
            try {
                Savepoint savepoint = c.setSavepoint();
                try {
                    T result = work.apply(c);
                    c.releaseSavepoint(savepoint);
                    completions.add(() -> future.complete(result));
                } catch (SQLException | RuntimeException e) {
                    c.rollback(savepoint);
                    completions.add(() -> future.completeExceptionally(Jdbc.translate(e)));
                }
            } catch (SQLException e) {
                throw new CompletionException(e);
            }
        }
    }

    /** Queues a write; the future completes once it is committed, or with the reason it was not. */
    <T> CompletableFuture<T> submit(Jdbc.Work<T> work) {
        CompletableFuture<T> future = new CompletableFuture<>();
        if (closed) {
            future.completeExceptionally(new StoreException(StoreException.Kind.DATABASE, "the store is closed"));
            return future;
        }
        queue.add(new PendingWrite<>(work, future));
        return future;
    }

    /** {@link #submit} and wait for the commit. */
    <T> T write(Jdbc.Work<T> work) {
        return await(submit(work));
    }

    /** Waits for a submitted write; a refusal is rethrown with this caller's stack (the writer's as its cause). */
    static <T> T await(CompletableFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            RuntimeException failure = Jdbc.translate(e.getCause());
            if (failure instanceof StoreException store) {
                throw new StoreException(store.kind(), store.getMessage(), store);
            }
            throw failure;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException(StoreException.Kind.DATABASE, "interrupted while waiting for the store", e);
        }
    }

    private void loop() {
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
                commit(group);
                group.clear();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void commit(List<PendingWrite<?>> group) {
        List<Runnable> completions = new ArrayList<>(group.size());
        try {
            for (PendingWrite<?> pending : group) {
                pending.run(connection, completions);
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                connection.rollback();
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

    /** Lets the writes already submitted commit, then stops the thread and closes its connection. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing anyway
        }
    }
}
