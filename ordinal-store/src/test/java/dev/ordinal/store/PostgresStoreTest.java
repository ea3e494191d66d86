package dev.ordinal.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** Runs when {@code ORDINAL_TEST_POSTGRES_URL} names a database the tests may wipe. */
@EnabledIfEnvironmentVariable(named = "ORDINAL_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
class PostgresStoreTest extends StoreContract {
    @Override
    String emptyLocation() throws Exception {
        String url = System.getenv("ORDINAL_TEST_POSTGRES_URL");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return url;
    }

    @Override
    Store.Backend expectedBackend() {
        return Store.Backend.POSTGRESQL;
    }
}
