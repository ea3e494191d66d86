package dev.ordinal.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends StoreContract {
    @TempDir
    Path dataDirectory;

    @Override
    String emptyLocation() {
        return dataDirectory.resolve("data").toString();
    }

    @Override
    Store.Backend expectedBackend() {
        return Store.Backend.SQLITE;
    }

    /** WAL with synchronous=FULL: a commit is on disk (WAL fsynced) before it is acknowledged. */
    @Test
    void runsInWalModeWithFullSync() {
        try (Store store = Store.openSqlite(dataDirectory.resolve("pragmas"))) {
            assertThat(store.sqlitePragma("journal_mode")).isEqualToIgnoringCase("wal");
            assertThat(store.sqlitePragma("synchronous")).isEqualTo("2"); // FULL
            assertThat(store.sqlitePragma("foreign_keys")).isEqualTo("1");
        }
        assertThat(Files.exists(dataDirectory.resolve("pragmas").resolve(Store.SQLITE_FILE))).isTrue();
    }
}
