package fi.hoitomalli.jdbc;

import static org.junit.jupiter.api.Assertions.fail;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Assumptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clean, uniquely named schemas of one test database for one test class: a PostgreSQL schema (the pool's
 * {@code currentSchema}), a MariaDB database, or an H2 in-memory database — dropped again on
 * {@link #close()}, so parallel test classes and reruns never see each other's tables. A database that is
 * not configured or not reachable skips the class ({@code Assumptions}), or fails it when
 * {@code HOITOMALLI_REQUIRE_DATABASES=true}.
 */
final class DatabaseFixture implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseFixture.class);

    private final TestDatabase database;
    private final String owner;
    private final List<HikariDataSource> pools = new ArrayList<>();
    private final List<String> schemas = new ArrayList<>();
    private String mainSchema;
    private DataSource main;
    private JdbcStores stores;
    private final Map<Isolation, JdbcStores> isolated = new EnumMap<>(Isolation.class);

    private DatabaseFixture(TestDatabase database, String owner) {
        this.database = database;
        this.owner = owner;
    }

    /** Checks that the database is there (skips or fails the caller otherwise). */
    static DatabaseFixture open(TestDatabase database, Class<?> owner) {
        Optional<String> unavailable = unavailability(database, owner);
        if (unavailable.isPresent()) {
            if (TestDatabase.required()) {
                fail(unavailable.get() + " (" + TestDatabase.REQUIRE + "=true)");
            }
            LOG.warn("skipped: {}", unavailable.get());
            Assumptions.abort(unavailable.get());
        }
        return new DatabaseFixture(database, owner.getSimpleName());
    }

    /** Why the database cannot be used for the owner's tests, or empty when it can. H2 always can. */
    static Optional<String> unavailability(TestDatabase database, Class<?> owner) {
        if (database == TestDatabase.H2) {
            return Optional.empty();
        }
        String url = database.url();
        if (url == null || url.isBlank()) {
            return Optional.of("set " + database.urlVariable() + " (and its _USER, _PASSWORD) to run "
                    + owner.getSimpleName() + " on " + database + "; see DEVELOPERS.md");
        }
        try (Connection ignored = DriverManager.getConnection(url, database.user(), database.password())) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(database + " at " + database.urlVariable() + "=" + url + " is not reachable for "
                    + owner.getSimpleName() + ": " + e.getMessage());
        }
    }

    TestDatabase database() {
        return database;
    }

    private Connection admin() throws SQLException {
        return DriverManager.getConnection(database.url(), database.user(), database.password());
    }

    /**
     * The fixture's main schema, migrated on first use, with the rows of the named tables deleted (child
     * rows go with their parents by ON DELETE CASCADE).
     */
    JdbcStores emptyStores(String... tables) {
        mainStores();
        empty(tables);
        return stores;
    }

    /**
     * {@link #emptyStores(String...)} on connections at the isolation level: the same main schema, through a
     * pool of its own whose connections start every transaction at that level.
     */
    JdbcStores emptyStores(Isolation isolation, String... tables) {
        mainStores();
        JdbcStores at = isolated.computeIfAbsent(isolation, level -> JdbcStores.builder(
                pool(mainSchema, Optional.of(level)), SchemaMode.VALIDATE).batchSize(100).build());
        empty(tables);
        return at;
    }

    private void mainStores() {
        if (stores == null) {
            main = newSchema();
            mainSchema = schemas.get(schemas.size() - 1);
            stores = JdbcStores.builder(main, SchemaMode.MIGRATE).batchSize(100).build();
        }
    }

    private void empty(String... tables) {
        try (Connection connection = main.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty " + String.join(", ", tables), e);
        }
    }

    /** The main schema's pool, after {@link #emptyStores(String...)} created it. */
    DataSource mainDataSource() {
        return main;
    }

    /** A new empty schema and a pool whose connections use it. */
    DataSource newSchema() {
        String name = ("hm_t_" + owner.toLowerCase(Locale.ROOT)).replaceAll("[^a-z0-9_]", "");
        name = name.substring(0, Math.min(name.length(), 40)) + "_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
        switch (database) {
            case H2 -> { }
            case POSTGRESQL -> execute("CREATE SCHEMA " + name);
            case MARIADB -> execute("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }
        schemas.add(name);
        return pool(name, Optional.empty());
    }

    /** A pool whose connections use the schema, at the isolation level if one is given (else the driver's). */
    private DataSource pool(String schema, Optional<Isolation> isolation) {
        HikariConfig config = new HikariConfig();
        config.setPoolName(schema + isolation.map(i -> "_" + i.name().toLowerCase(Locale.ROOT)).orElse(""));
        config.setMaximumPoolSize(12);
        config.setMinimumIdle(0);
        isolation.ifPresent(i -> config.setTransactionIsolation(i.hikariName()));
        switch (database) {
            case H2 -> config.setJdbcUrl("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1");
            case POSTGRESQL -> config.setJdbcUrl(withParameter(database.url(), "currentSchema=" + schema));
            case MARIADB -> config.setJdbcUrl(withDatabase(database.url(), schema));
        }
        if (database != TestDatabase.H2) {
            config.setUsername(database.user());
            config.setPassword(database.password());
        }
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /**
     * A second pool on the schema of a pool this fixture made — the connections of another process on the
     * same database; closed with the fixture.
     */
    DataSource anotherPoolOn(DataSource first) {
        HikariDataSource source = (HikariDataSource) first;
        HikariConfig config = new HikariConfig();
        config.setPoolName(source.getPoolName() + "_" + pools.size());
        config.setJdbcUrl(source.getJdbcUrl());
        config.setMaximumPoolSize(12);
        config.setMinimumIdle(0);
        if (database != TestDatabase.H2) {
            config.setUsername(database.user());
            config.setPassword(database.password());
        }
        HikariDataSource pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    private void execute(String sql) {
        try (Connection connection = admin(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static String withParameter(String url, String parameter) {
        return url + (url.contains("?") ? "&" : "?") + parameter;
    }

    /** The MariaDB URL with its database replaced: jdbc:mariadb://host:port/DB?params. */
    static String withDatabase(String url, String database) {
        int hosts = url.indexOf("//") + 2;
        int slash = url.indexOf('/', hosts);
        int query = url.indexOf('?', hosts);
        String base = slash < 0 ? (query < 0 ? url : url.substring(0, query)) : url.substring(0, slash);
        String parameters = query < 0 ? "" : url.substring(query);
        return base + "/" + database + parameters;
    }

    @Override
    public void close() {
        pools.forEach(HikariDataSource::close);
        if (database == TestDatabase.H2) {
            // several pools may share one in-memory database (one per isolation level)
            pools.stream().map(HikariDataSource::getJdbcUrl).distinct().forEach(DatabaseFixture::shutDownH2);
        }
        for (String schema : database == TestDatabase.H2 ? List.<String>of() : schemas) {
            execute(database == TestDatabase.POSTGRESQL ? "DROP SCHEMA " + schema + " CASCADE"
                    : "DROP DATABASE " + schema);
        }
    }

    /** DB_CLOSE_DELAY=-1 keeps an in-memory database past its last connection; SHUTDOWN frees it. */
    private static void shutDownH2(String url) {
        try (Connection connection = DriverManager.getConnection(url);
             Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN");
        } catch (SQLException e) {
            throw new IllegalStateException("could not shut down " + url + ": " + e.getMessage(), e);
        }
    }
}
