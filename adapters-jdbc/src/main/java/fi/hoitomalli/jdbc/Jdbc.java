package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import javax.sql.DataSource;
import fi.hoitomalli.common.ConcurrentUpdateException;
import fi.hoitomalli.common.DuplicateRecordException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Units of work on the user's DataSource. Each unit runs in one transaction that commits when the work
 * returns and rolls back when it throws anything, so a store never leaves half of a write behind. A unit
 * started while another runs on the same thread joins it (one connection, one commit), which is how
 * several stores write atomically together. {@link SQLException} is translated here and nowhere else:
 * <ul>
 *   <li>the database aborted the transaction for a concurrent one (serialization failure, deadlock, see
 *       {@link SqlStates#isConflict}): a store call of its own transaction runs again, up to
 *       {@value #ATTEMPTS} times in all, and then, or at once when it joined a caller's transaction, throws
 *       {@link ConcurrentUpdateException}; so does a lock wait that timed out ({@link SqlStates#isLockTimeout}),
 *       without running again;</li>
 *   <li>the database refused a text parameter ({@link SqlStates#isUnstorableText}): {@link IllegalArgumentException};</li>
 *   <li>anything else: {@link StorageException}.</li>
 * </ul>
 * A store call that fails inside a caller's transaction — other than with the {@link ConcurrentUpdateException}
 * of its own version check, which leaves nothing behind — makes that transaction roll back at its end even if
 * the caller caught the exception, because the database may have kept part of the call's writes (MariaDB
 * rolls back only the failed statement) or already aborted the whole transaction (PostgreSQL; MariaDB after
 * a deadlock).
 */
final class Jdbc {

    /** How many times in all a store call of its own transaction runs when the database aborts it. */
    static final int ATTEMPTS = 8;

    private static final Logger LOG = LoggerFactory.getLogger(Jdbc.class);
    private static final long MAX_PAUSE_MILLIS = 50;

    private final DataSource dataSource;
    private final Vendor vendor;
    private final ThreadLocal<Unit> current = new ThreadLocal<>();

    Jdbc(DataSource dataSource, Vendor vendor) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource must not be null");
        this.vendor = Objects.requireNonNull(vendor, "vendor must not be null");
    }

    Vendor vendor() {
        return vendor;
    }

    /**
     * Runs a store call's work in the current transaction, or in a new one that commits when the work
     * returns; a new one that the database aborts for a concurrent transaction runs again (see the class
     * comment), so the work must do nothing but its SQL and pure computation.
     *
     * @param what what the work does, for the message of a {@link StorageException}
     * @throws ConcurrentUpdateException if the database aborted the work for a concurrent transaction
     *     ({@code "the data read to <what>"} after version 0)
     * @throws IllegalArgumentException if the database refused a text parameter
     * @throws StorageException if the database failed otherwise
     */
    <T> T inTransaction(String what, SqlWork<T> work) {
        return inTransaction(what, "the data read to " + what, 0, work);
    }

    /**
     * {@link #inTransaction(String, SqlWork)} for a save based on a version: a conflict the database
     * reports is the {@link ConcurrentUpdateException} of the subject and that version.
     */
    <T> T inTransaction(String what, String subject, long basedOn, SqlWork<T> work) {
        return retried(what, e -> new ConcurrentUpdateException(subject, basedOn, e), OptionalInt.empty(), work);
    }

    /**
     * {@link #inTransaction(String, SqlWork)} at READ COMMITTED when it starts a transaction of its own,
     * whatever the DataSource's level (which the connection gets back afterwards): for work whose
     * correctness rests on the row locks it takes ({@code SELECT … FOR UPDATE [SKIP LOCKED]}) and which a
     * stricter level would only make abort its concurrent copies, such as the outbox's dispatchers.
     */
    <T> T inReadCommittedTransaction(String what, SqlWork<T> work) {
        return retried(what, e -> new ConcurrentUpdateException("the data read to " + what, 0, e),
                OptionalInt.of(Connection.TRANSACTION_READ_COMMITTED), work);
    }

    private <T> T retried(String what, Function<SQLException, ConcurrentUpdateException> conflict,
                          OptionalInt isolation, SqlWork<T> work) {
        Unit joined = current.get();
        if (joined != null) {
            return joined.run(what, conflict, work);
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return inNewTransaction(what, conflict, isolation, work);
            } catch (Retry retry) {
                if (attempt == ATTEMPTS || !pause(attempt)) {
                    throw retry.exception;
                }
                LOG.debug("{}: attempt {} aborted for a concurrent transaction; running it again", what, attempt);
            }
        }
    }

    /**
     * Runs the caller's work ({@code JdbcStores.inTransaction}) in the current transaction or a new one,
     * once: the caller's work may do more than SQL, so it is never run again.
     */
    <T> T inCallersTransaction(SqlWork<T> work) {
        String what = "run a transaction";
        Function<SQLException, ConcurrentUpdateException> conflict =
                e -> new ConcurrentUpdateException("the data read in the transaction", 0, e);
        Unit joined = current.get();
        if (joined != null) {
            return joined.run(what, conflict, work);
        }
        try {
            return inNewTransaction(what, conflict, OptionalInt.empty(), work);
        } catch (Retry retry) {
            throw retry.exception;
        }
    }

    private <T> T inNewTransaction(String what, Function<SQLException, ConcurrentUpdateException> conflict,
                                   OptionalInt isolation, SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            int level = connection.getTransactionIsolation();
            boolean autoCommit = connection.getAutoCommit();
            if (isolation.isPresent() && isolation.getAsInt() != level) {
                connection.setTransactionIsolation(isolation.getAsInt());
            }
            connection.setAutoCommit(false);
            Unit unit = new Unit(connection);
            current.set(unit);
            try {
                T result = work.run(connection);
                unit.throwIfFailed();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(connection, e);
                throw e;
            } finally {
                current.remove();
                restore(connection, autoCommit, level);
            }
        } catch (SQLException e) {
            RuntimeException translated = translate(what, conflict, e);
            if (SqlStates.isConflict(e)) {
                throw new Retry(translated);
            }
            throw translated;
        }
    }

    /** Waits a little, more after each attempt, so that aborted rivals do not meet again at once. */
    private static boolean pause(int attempt) {
        long bound = Math.min(MAX_PAUSE_MILLIS, 1L << attempt);
        try {
            TimeUnit.MILLISECONDS.sleep(ThreadLocalRandom.current().nextLong(bound));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A connection that cannot take its setting back is broken; the pool discards it on close. The
     * outcome of the work (committed, or its exception) is what the caller must see, so this only logs.
     */
    private static void restore(Connection connection, boolean autoCommit, int level) {
        try {
            connection.setAutoCommit(autoCommit);
            if (connection.getTransactionIsolation() != level) {
                connection.setTransactionIsolation(level);
            }
        } catch (SQLException e) {
            LOG.warn("could not restore auto-commit and isolation level on a connection: {}", e.getMessage());
        }
    }

    private static void rollback(Connection connection, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static RuntimeException translate(String what, Function<SQLException, ConcurrentUpdateException> conflict,
                                              SQLException e) {
        if (SqlStates.isConflict(e) || SqlStates.isLockTimeout(e)) {
            return conflict.apply(e);
        }
        if (SqlStates.isUnstorableText(e)) {
            return new IllegalArgumentException("could not " + what + ": the database refused a text (SQL state "
                    + e.getSQLState() + "): " + e.getMessage(), e);
        }
        return new StorageException("could not " + what + " (SQL state " + e.getSQLState() + "): " + e.getMessage(), e);
    }

    /** A transaction in progress on this thread, and the first failure of a unit that joined it. */
    private static final class Unit {

        private final Connection connection;
        private RuntimeException failure;

        Unit(Connection connection) {
            this.connection = connection;
        }

        <T> T run(String what, Function<SQLException, ConcurrentUpdateException> conflict, SqlWork<T> work) {
            try {
                return work.run(connection);
            } catch (SQLException e) {
                RuntimeException translated = translate(what, conflict, e);
                failed(translated);
                throw translated;
            } catch (ConcurrentUpdateException | DuplicateRecordException e) {
                // a store's own version or "record new" check, thrown before it wrote anything or after rolling
                // back to its savepoint: the caller's transaction is unchanged and may go on
                throw e;
            } catch (RuntimeException e) {
                failed(e);
                throw e;
            }
        }

        private void failed(RuntimeException e) {
            if (failure == null) {
                failure = e;
            }
        }

        /** Refuses to commit after a joined unit failed, whether or not the caller caught its exception. */
        void throwIfFailed() {
            if (failure instanceof ConcurrentUpdateException conflict) {
                throw new ConcurrentUpdateException(conflict.subject(), conflict.expectedVersion(), conflict);
            }
            if (failure != null) {
                throw new StorageException("the transaction was rolled back: a store call in it failed: "
                        + failure.getMessage(), failure);
            }
        }
    }

    /** A new transaction the database aborted for a concurrent one, and what to throw if it is not run again. */
    private static final class Retry extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient RuntimeException exception;

        Retry(RuntimeException exception) {
            super(null, null, false, false);
            this.exception = exception;
        }
    }
}
