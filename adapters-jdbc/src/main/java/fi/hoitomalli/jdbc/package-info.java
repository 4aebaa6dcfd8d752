/**
 * The JDBC adapter of Hoitomalli: {@link fi.hoitomalli.jdbc.JdbcStores} implements the store ports of
 * core over plain JDBC on PostgreSQL, MariaDB or H2, with the schema managed by Flyway. Only the factory,
 * its configuration types and {@link fi.hoitomalli.jdbc.StorageException} are public; the stores are
 * package-private classes reached through the ports.
 */
package fi.hoitomalli.jdbc;
