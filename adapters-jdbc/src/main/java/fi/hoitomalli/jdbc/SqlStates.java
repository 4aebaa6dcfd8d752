package fi.hoitomalli.jdbc;

import java.sql.SQLException;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a vendor's {@link SQLException} means, where a store must react to it rather than fail. Each test
 * looks at the exception, the exceptions chained to it ({@link SQLException#getNextException()}, as a
 * batch reports them) and its causes.
 */
final class SqlStates {

    private static final int MARIADB_DUPLICATE_KEY = 1062;
    /** ER_LOCK_DEADLOCK: InnoDB chose this transaction as the victim of a deadlock and rolled it back. */
    private static final int MARIADB_DEADLOCK = 1213;
    /** ER_CHECKREAD: a row read by this REPEATABLE READ transaction was changed (innodb_snapshot_isolation). */
    private static final int MARIADB_RECORD_CHANGED = 1020;
    /** ER_LOCK_WAIT_TIMEOUT: innodb_lock_wait_timeout passed while waiting for a row lock. */
    private static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;
    /** H2's CONCURRENT_UPDATE_1: another transaction changed a row this REPEATABLE READ one read. */
    private static final int H2_CONCURRENT_UPDATE = 90131;
    /** H2's LOCK_TIMEOUT_1. */
    private static final int H2_LOCK_TIMEOUT = 50200;

    /**
     * serialization_failure (every vendor; MariaDB and H2 report their deadlocks with it too) and PostgreSQL's
     * deadlock_detected.
     */
    private static final Set<String> CONFLICT_STATES = Set.of("40001", "40P01");
    /** PostgreSQL's lock_not_available: lock_timeout passed, or NOWAIT found the row locked. */
    private static final String POSTGRES_LOCK_NOT_AVAILABLE = "55P03";
    /**
     * What the database refused to store as text: PostgreSQL's untranslatable_character (a NUL in a
     * {@code jsonb} document) and character_not_in_repertoire (a NUL in a text column); and
     * string_data_right_truncation (a text longer than its column, every vendor).
     */
    private static final Set<String> UNSTORABLE_TEXT_STATES = Set.of("22P05", "22021", "22001");

    private SqlStates() {
    }

    /** A unique or primary key was violated (PostgreSQL and H2: 23505; MariaDB: 23000 with error 1062). */
    static boolean isUniqueViolation(SQLException e) {
        return any(e, c -> "23505".equals(c.getSQLState())
                || ("23000".equals(c.getSQLState()) && c.getErrorCode() == MARIADB_DUPLICATE_KEY));
    }

    /**
     * The database aborted the transaction because of a concurrent one, and running it again may succeed:
     * a serialization failure (40001: PostgreSQL at REPEATABLE READ and SERIALIZABLE, MariaDB and H2
     * deadlocks), a PostgreSQL deadlock (40P01), a MariaDB deadlock (error 1213) or changed record (1020),
     * an H2 concurrent update (90131).
     */
    static boolean isConflict(SQLException e) {
        return any(e, c -> CONFLICT_STATES.contains(c.getSQLState()) || c.getErrorCode() == MARIADB_DEADLOCK
                || c.getErrorCode() == MARIADB_RECORD_CHANGED || c.getErrorCode() == H2_CONCURRENT_UPDATE);
    }

    /**
     * A lock held by a concurrent transaction was not released in time: MariaDB error 1205, PostgreSQL
     * 55P03, H2 error 50200. Not worth running again at once: the wait was long already.
     */
    static boolean isLockTimeout(SQLException e) {
        return any(e, c -> POSTGRES_LOCK_NOT_AVAILABLE.equals(c.getSQLState())
                || c.getErrorCode() == MARIADB_LOCK_WAIT_TIMEOUT || c.getErrorCode() == H2_LOCK_TIMEOUT);
    }

    /**
     * The database refused a text parameter: a character it cannot store (PostgreSQL: U+0000, states 22P05
     * and 22021) or a text longer than its column (22001). The caller's input, not the database, is wrong.
     */
    static boolean isUnstorableText(SQLException e) {
        return any(e, c -> UNSTORABLE_TEXT_STATES.contains(c.getSQLState()));
    }

    private static boolean any(SQLException e, Predicate<SQLException> test) {
        for (SQLException next = e; next != null; next = next.getNextException()) {
            for (Throwable cause = next; cause != null; cause = cause.getCause()) {
                if (cause instanceof SQLException sql && test.test(sql)) {
                    return true;
                }
                if (cause.getCause() == cause) {
                    break;
                }
            }
        }
        return false;
    }
}
