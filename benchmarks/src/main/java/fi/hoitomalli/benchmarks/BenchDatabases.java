package fi.hoitomalli.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Random;

/**
 * The databases the JDBC benchmarks ({@link AccessScopeBenchmark}, {@link JdbcFeedbackBenchmark}) run on,
 * each in a dedicated schema or database of its own that {@link #drop} removes afterwards: H2 in memory,
 * a PostgreSQL schema and a MariaDB database. The servers come from the environment, as in the adapter's
 * tests: {@code HOITOMALLI_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}),
 * {@code HOITOMALLI_TEST_POSTGRES_USER} (default {@code postgres}), {@code HOITOMALLI_TEST_POSTGRES_PASSWORD}
 * (default empty), and {@code HOITOMALLI_TEST_MARIADB_URL} (default {@code jdbc:mariadb://127.0.0.1:3306/test}),
 * {@code HOITOMALLI_TEST_MARIADB_USER} (default {@code root}), {@code HOITOMALLI_TEST_MARIADB_PASSWORD}
 * (default empty). A blank variable counts as unset.
 */
final class BenchDatabases {

    private BenchDatabases() {
    }

    /** A database a benchmark runs on. */
    enum Db {
        H2, POSTGRESQL, MARIADB
    }

    /** The value of the environment variable {@code name}, or {@code fallback} where it is unset or blank. */
    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /** A fresh random name for a benchmark's schema (PostgreSQL), database (MariaDB) or in-memory database (H2). */
    static String newSchema() {
        return "hm_bench_" + Long.toHexString(new Random().nextLong() & Long.MAX_VALUE);
    }

    /**
     * {@link #open} or, where the database is not reachable, empty after printing that it is skipped.
     */
    static Optional<HikariDataSource> openOrSkip(Db db, String schema, int maximumPoolSize) {
        try {
            return Optional.of(open(db, schema, maximumPoolSize));
        } catch (RuntimeException e) {
            System.out.println(db + ": not reachable, skipped (" + e.getMessage() + ")");
            return Optional.empty();
        }
    }

    /**
     * A pool of at most {@code maximumPoolSize} connections to a new {@code schema} of {@code db}: created
     * here for PostgreSQL (a schema) and MariaDB (a database, utf8mb4 with binary collation); PostgreSQL
     * connections rewrite batched inserts.
     */
    static HikariDataSource open(Db db, String schema, int maximumPoolSize) {
        HikariConfig config = new HikariConfig();
        config.setMaximumPoolSize(maximumPoolSize);
        switch (db) {
            case H2 -> config.setJdbcUrl("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
            case POSTGRESQL -> {
                String url = env("HOITOMALLI_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
                admin(db, "CREATE SCHEMA " + schema);
                config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema
                        + "&reWriteBatchedInserts=true");
                config.setUsername(env("HOITOMALLI_TEST_POSTGRES_USER", "postgres"));
                config.setPassword(env("HOITOMALLI_TEST_POSTGRES_PASSWORD", ""));
            }
            case MARIADB -> {
                String url = env("HOITOMALLI_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
                admin(db, "CREATE DATABASE " + schema + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
                config.setJdbcUrl(url.replaceFirst("/[^/?]*(\\?|$)", "/" + schema + "$1"));
                config.setUsername(env("HOITOMALLI_TEST_MARIADB_USER", "root"));
                config.setPassword(env("HOITOMALLI_TEST_MARIADB_PASSWORD", ""));
            }
        }
        return new HikariDataSource(config);
    }

    /** Removes what {@link #open} created: shuts the H2 database down, drops the schema or database. */
    static void drop(Db db, String schema) {
        switch (db) {
            case H2 -> {
                try (Connection c = DriverManager.getConnection("jdbc:h2:mem:" + schema);
                     Statement s = c.createStatement()) {
                    s.execute("SHUTDOWN");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
            case POSTGRESQL -> admin(db, "DROP SCHEMA " + schema + " CASCADE");
            case MARIADB -> admin(db, "DROP DATABASE " + schema);
        }
    }

    /** Runs {@code sql} on the server of {@code db} (PostgreSQL or MariaDB) outside any benchmark schema. */
    private static void admin(Db db, String sql) {
        String url = db == Db.POSTGRESQL ? env("HOITOMALLI_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test")
                : env("HOITOMALLI_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
        String user = db == Db.POSTGRESQL ? env("HOITOMALLI_TEST_POSTGRES_USER", "postgres")
                : env("HOITOMALLI_TEST_MARIADB_USER", "root");
        String password = db == Db.POSTGRESQL ? env("HOITOMALLI_TEST_POSTGRES_PASSWORD", "")
                : env("HOITOMALLI_TEST_MARIADB_PASSWORD", "");
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }
}
