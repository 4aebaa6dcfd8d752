package fi.hoitomalli.jdbc;

import java.sql.SQLException;

/** What a vendor's {@link SQLException} means, where a store must react to it rather than fail. */
final class SqlStates {

    private static final int MARIADB_DUPLICATE_KEY = 1062;

    private SqlStates() {
    }

    /** A unique or primary key was violated (PostgreSQL and H2: 23505; MariaDB: 23000 with error 1062). */
    static boolean isUniqueViolation(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            String state = cause.getSQLState();
            if ("23505".equals(state) || ("23000".equals(state) && cause.getErrorCode() == MARIADB_DUPLICATE_KEY)) {
                return true;
            }
        }
        return false;
    }
}
