package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import fi.hoitomalli.common.ConcurrentUpdateException;

/**
 * Optimistic locking with a {@code version} column (optimistinen lukitus): a save names the version it
 * was based on; if the row has moved on, nothing is written and {@link ConcurrentUpdateException} tells
 * the caller to reload. Works on every vendor without row locks held across user think time.
 */
final class OptimisticLock {

    /** How a store binds its own parameters before the helper binds the version. */
    @FunctionalInterface
    interface Binder {
        /** Binds parameters 1…n; returns the index of the last one bound. */
        int bind(PreparedStatement statement) throws SQLException;
    }

    private OptimisticLock() {
    }

    /**
     * Runs an UPDATE whose last parameter is the expected version, e.g.
     * {@code UPDATE hm_x SET body = ?, version = version + 1 WHERE id = ? AND version = ?}.
     *
     * @return the new version ({@code expectedVersion + 1})
     * @throws ConcurrentUpdateException if no row had that version (somebody saved first, or it is gone)
     */
    static long update(Connection connection, String sql, Binder binder, String subject, long expectedVersion)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            int last = binder.bind(statement);
            statement.setLong(last + 1, expectedVersion);
            if (statement.executeUpdate() != 1) {
                throw new ConcurrentUpdateException(subject, expectedVersion);
            }
            return expectedVersion + 1;
        }
    }

    /**
     * Runs the INSERT of a record's first version (the SQL writes version 1); a record with the same key
     * saved meanwhile by somebody else is a concurrent update of version 0.
     *
     * @throws ConcurrentUpdateException if the key exists already
     */
    static long insertFirst(Connection connection, String sql, Binder binder, String subject) throws SQLException {
        // a savepoint keeps the enclosing transaction usable on PostgreSQL after the duplicate key
        Savepoint savepoint = connection.setSavepoint();
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            statement.executeUpdate();
            connection.releaseSavepoint(savepoint);
            return 1;
        } catch (SQLException e) {
            if (SqlStates.isUniqueViolation(e)) {
                connection.rollback(savepoint);
                throw new ConcurrentUpdateException(subject, 0);
            }
            throw e;
        }
    }
}
