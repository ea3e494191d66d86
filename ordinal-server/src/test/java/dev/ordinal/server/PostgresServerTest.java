package dev.ordinal.server;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * Runs when {@code ORDINAL_TEST_POSTGRES_URL} names a database the tests may wipe; it is wiped
 * the way the store's tests wipe it ({@code DROP SCHEMA public CASCADE}) before each test.
 */
@EnabledIfEnvironmentVariable(named = "ORDINAL_TEST_POSTGRES_URL", matches = "jdbc:postgresql:.*")
class PostgresServerTest extends ServerContract {
    private static final String URL = System.getenv("ORDINAL_TEST_POSTGRES_URL");

    @Override
    Optional<String> emptyDatabase() throws Exception {
        try (Connection c = DriverManager.getConnection(URL); Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA public CASCADE");
            s.execute("CREATE SCHEMA public");
        }
        return Optional.of(URL);
    }

    @Override
    Optional<String> reuseDatabase() {
        return Optional.of(URL);
    }
}
