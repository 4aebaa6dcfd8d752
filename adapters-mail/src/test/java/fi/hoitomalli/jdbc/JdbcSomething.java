package fi.hoitomalli.jdbc;

/** Stands in for the JDBC adapter in the architecture fixture (test sources only). */
public class JdbcSomething {
}
