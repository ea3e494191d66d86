package dev.ordinal.store;

import dev.ordinal.error.OrdinalException;
import dev.ordinal.judgment.Outcome;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;

/**
 * The JDBC plumbing the repositories share: a unit of database work, statement shortcuts, the
 * columns' encodings (outcomes as lower-case codes, a selection as two nullable columns) and the
 * translation of failures into {@link StoreException}. Portable SQL only: every statement here runs
 * unchanged on SQLite and PostgreSQL.
 */
final class Jdbc {
    /** The width of every id column ({@code VARCHAR(200)} in the schema). */
    static final int MAX_ID_LENGTH = 200;

    private Jdbc() {
    }

    /** Work on a connection: a read on a pooled connection, or a write inside the writer's transaction. */
    @FunctionalInterface
    interface Work<T> {
        T apply(Connection connection) throws SQLException;
    }

    /** Reads one row into a value. */
    @FunctionalInterface
    interface Row<T> {
        T read(ResultSet row) throws SQLException;
    }

    /** Whether an id fits its column: 1 to {@value #MAX_ID_LENGTH} characters, not blank. */
    static boolean fits(String id) {
        return id != null && !id.isBlank() && id.length() <= MAX_ID_LENGTH;
    }

    /** Runs an INSERT, UPDATE or DELETE with positional parameters; the number of rows changed. */
    static int update(Connection c, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, parameters)) {
            return s.executeUpdate();
        }
    }

    /** The first row of a query, read by {@code row}, or empty. */
    static <T> Optional<T> first(Connection c, Row<T> row, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement s = prepare(c, sql, parameters); ResultSet r = s.executeQuery()) {
            return r.next() ? Optional.of(row.read(r)) : Optional.empty();
        }
    }

    /** Every row of a query, read by {@code row}, in the query's order. */
    static <T> List<T> list(Connection c, Row<T> row, String sql, Object... parameters) throws SQLException {
        List<T> rows = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, parameters); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                rows.add(row.read(r));
            }
        }
        return rows;
    }

    private static PreparedStatement prepare(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s;
        } catch (SQLException e) {
            s.close();
            throw e;
        }
    }

    static void setNullable(PreparedStatement s, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            s.setString(index, value.get());
        } else {
            s.setNull(index, Types.VARCHAR);
        }
    }

    /** The outcome of a stored code ({@link Outcome#label()}: {@code a}, {@code b}, {@code tie}, {@code both_bad}). */
    static Outcome outcome(String code) {
        return Outcome.fromLabel(code).orElseThrow(() -> new IllegalStateException("stored outcome '" + code
                + "' is not a verdict label"));
    }

    /** The selection in columns {@code column} (propensity) and {@code column + 1} (weight), if stored. */
    static Optional<Selection> selection(ResultSet r, int column) throws SQLException {
        double propensity = r.getDouble(column);
        if (r.wasNull()) {
            return Optional.empty();
        }
        return Optional.of(new Selection(propensity, r.getDouble(column + 1)));
    }

    /**
     * A failure as the store reports it: a refusal keeps its kind; a caller's bad argument found
     * inside the work ({@link IllegalArgumentException}) is {@code INVALID}; anything else is the
     * database's failure.
     */
    static RuntimeException translate(Throwable e) {
        if (e instanceof CompletionException && e.getCause() != null) {
            e = e.getCause();
        }
        if (e instanceof StoreException || e instanceof OrdinalException) {
            return (RuntimeException) e;
        }
        if (e instanceof IllegalArgumentException) {
            return new StoreException(StoreException.Kind.INVALID, e.getMessage(), e);
        }
        return new StoreException(StoreException.Kind.DATABASE, "database error: " + e.getMessage(), e);
    }
}
