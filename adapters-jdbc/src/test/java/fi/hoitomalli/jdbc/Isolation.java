package fi.hoitomalli.jdbc;

import java.sql.Connection;

/**
 * The transaction isolation levels the adapter supports, as the pools of the tests set them (HikariCP
 * {@code transactionIsolation}): the contract tests of the stores that can lose a race run once per level.
 */
enum Isolation {
    READ_COMMITTED(Connection.TRANSACTION_READ_COMMITTED),
    REPEATABLE_READ(Connection.TRANSACTION_REPEATABLE_READ),
    SERIALIZABLE(Connection.TRANSACTION_SERIALIZABLE);

    private final int level;

    Isolation(int level) {
        this.level = level;
    }

    /** The JDBC constant, e.g. {@link Connection#TRANSACTION_SERIALIZABLE}. */
    int level() {
        return level;
    }

    /** The name HikariCP's {@code transactionIsolation} takes. */
    String hikariName() {
        return "TRANSACTION_" + name();
    }
}
