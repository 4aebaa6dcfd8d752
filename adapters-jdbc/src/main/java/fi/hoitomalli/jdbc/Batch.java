package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * A JDBC batch insert that sends every {@code size} rows, and the rest on close. Bulk writes of every
 * store go through it, so the drivers' batch rewriting (PostgreSQL {@code reWriteBatchedInserts},
 * MariaDB bulk statements) applies everywhere. Runs inside the caller's transaction: a failure in any
 * batch rolls back the rows of the earlier ones too.
 */
final class Batch implements AutoCloseable {

    private final PreparedStatement statement;
    private final int size;
    private int pending;

    Batch(Connection connection, String sql, int size) throws SQLException {
        this.statement = connection.prepareStatement(sql);
        this.size = size;
    }

    /** The statement whose parameters the next row sets before {@link #add()}. */
    PreparedStatement statement() {
        return statement;
    }

    /** Adds the row whose parameters were set; sends the batch when it is full. */
    void add() throws SQLException {
        statement.addBatch();
        if (++pending == size) {
            flush();
        }
    }

    private void flush() throws SQLException {
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    /** Sends the remaining rows and closes the statement. */
    @Override
    public void close() throws SQLException {
        try {
            flush();
        } finally {
            statement.close();
        }
    }
}
