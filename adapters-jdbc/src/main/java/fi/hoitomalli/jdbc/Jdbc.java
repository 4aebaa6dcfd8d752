package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Units of work on the user's DataSource. Each unit runs in one transaction that commits when the work
 * returns and rolls back when it throws anything, so a store never leaves half of a write behind. A unit
 * started while another runs on the same thread joins it (one connection, one commit), which is how
 * several stores write atomically together. {@link SQLException} is turned into {@link StorageException}
 * here and nowhere else.
 */
final class Jdbc {

    private static final Logger LOG = LoggerFactory.getLogger(Jdbc.class);

    private final DataSource dataSource;
    private final Vendor vendor;
    private final ThreadLocal<Connection> current = new ThreadLocal<>();

    Jdbc(DataSource dataSource, Vendor vendor) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
        this.vendor = Objects.requireNonNull(vendor, "vendor must not be null");
    }

    Vendor vendor() {
        return vendor;
    }

    /**
     * Runs the work in the current transaction, or in a new one that commits when the work returns.
     *
     * @param what what the work does, for the message of a {@link StorageException}
     */
    <T> T inTransaction(String what, SqlWork<T> work) {
        Connection joined = current.get();
        if (joined != null) {
            try {
                return work.run(joined);
            } catch (SQLException e) {
                throw failure(what, e);
            }
        }
        return inNewTransaction(what, work);
    }

    private <T> T inNewTransaction(String what, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(false);
            current.set(connection);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                current.remove();
                restoreAutoCommit(connection, autoCommit);
            }
        } catch (SQLException e) {
            throw failure(what, e);
        }
    }

    /**
     * A connection that cannot take its setting back is broken; the pool discards it on close. The
     * outcome of the work (committed, or its exception) is what the caller must see, so this only logs.
     */
    private static void restoreAutoCommit(Connection connection, boolean autoCommit) {
        try {
            connection.setAutoCommit(autoCommit);
        } catch (SQLException e) {
            LOG.warn("could not restore auto-commit on a connection: {}", e.getMessage());
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static StorageException failure(String what, SQLException e) {
        return new StorageException("could not " + what + " (SQL state " + e.getSQLState() + "): " + e.getMessage(), e);
    }
}
