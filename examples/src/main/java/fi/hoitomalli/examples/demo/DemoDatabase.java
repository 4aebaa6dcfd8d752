package fi.hoitomalli.examples.demo;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The demo's database: an embedded H2 file database inside the output folder (gone with the folder when
 * the demo starts again), or a dedicated schema {@value #SCHEMA} on the PostgreSQL or MariaDB server of a
 * given URL, dropped and created again on every run so that nothing else on the server is touched.
 */
public final class DemoDatabase implements AutoCloseable {

    /** The schema (PostgreSQL) or database (MariaDB) the demo owns on a server. */
    public static final String SCHEMA = "hoitomalli_demo";

    private final HikariDataSource dataSource;
    private final String description;

    private DemoDatabase(HikariDataSource dataSource, String description) {
        this.dataSource = dataSource;
        this.description = description;
    }

    /**
     * Opens (and resets) the database the options name.
     *
     * @throws IllegalArgumentException if the URL is neither PostgreSQL nor MariaDB
     * @throws IllegalStateException if the server refuses the reset
     */
    public static DemoDatabase open(DemoOptions options) {
        if (options.jdbcUrl().isEmpty()) {
            Path file = options.output().toAbsolutePath().resolve("h2").resolve("hoitomalli-demo");
            return new DemoDatabase(pool("jdbc:h2:file:" + file + ";DB_CLOSE_DELAY=-1", "sa", ""),
                    "embedded H2 file database " + file + ".mv.db (new on every run)");
        }
        String url = options.jdbcUrl().get();
        String lower = url.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            reset(url, options, "DROP SCHEMA IF EXISTS " + SCHEMA + " CASCADE", "CREATE SCHEMA " + SCHEMA);
            String own = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + SCHEMA;
            return new DemoDatabase(pool(own, options.jdbcUser(), options.jdbcPassword()),
                    "PostgreSQL " + url + ", schema " + SCHEMA + " (dropped and created again on every run)");
        }
        if (lower.startsWith("jdbc:mariadb:") || lower.startsWith("jdbc:mysql:")) {
            reset(url, options, "DROP DATABASE IF EXISTS " + SCHEMA, "CREATE DATABASE " + SCHEMA
                    + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            return new DemoDatabase(pool(withDatabase(url), options.jdbcUser(), options.jdbcPassword()),
                    "MariaDB " + url + ", database " + SCHEMA + " (dropped and created again on every run)");
        }
        throw new IllegalArgumentException("--jdbc-url must be a PostgreSQL or MariaDB URL: " + url);
    }

    /** The pooled data source the JDBC adapter runs on. */
    public DataSource dataSource() {
        return dataSource;
    }

    /** Where the data lives, for the report. */
    public String description() {
        return description;
    }

    @Override
    public void close() {
        dataSource.close();
    }

    private static HikariDataSource pool(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(4);
        config.setPoolName("hoitomalli-demo");
        return new HikariDataSource(config);
    }

    private static void reset(String url, DemoOptions options, String drop, String create) {
        try (Connection connection = DriverManager.getConnection(url, options.jdbcUser(), options.jdbcPassword());
             Statement statement = connection.createStatement()) {
            statement.execute(drop);
            statement.execute(create);
        } catch (SQLException e) {
            throw new IllegalStateException("could not reset " + SCHEMA + " on " + url + ": " + e.getMessage(), e);
        }
    }

    /** The MariaDB URL with the demo's database instead of the one it names. */
    static String withDatabase(String url) {
        int schemeEnd = url.indexOf("//");
        int pathStart = url.indexOf('/', schemeEnd + 2);
        if (schemeEnd < 0) {
            throw new IllegalArgumentException("not a MariaDB URL with a host: " + url);
        }
        if (pathStart < 0) {
            int query = url.indexOf('?');
            return query < 0 ? url + "/" + SCHEMA : url.substring(0, query) + "/" + SCHEMA + url.substring(query);
        }
        int query = url.indexOf('?', pathStart);
        return url.substring(0, pathStart + 1) + SCHEMA + (query < 0 ? "" : url.substring(query));
    }
}
