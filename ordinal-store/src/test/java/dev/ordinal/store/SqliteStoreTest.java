package dev.ordinal.store;

import java.nio.file.Path;
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
}
