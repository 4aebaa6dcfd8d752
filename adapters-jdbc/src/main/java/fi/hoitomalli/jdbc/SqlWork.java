package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

/** A piece of JDBC work on the connection of the current transaction. */
@FunctionalInterface
interface SqlWork<T> {

    T run(Connection connection) throws SQLException;
}
