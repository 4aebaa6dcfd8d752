package fi.hoitomalli.examples.web;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Objects;
import fi.hoitomalli.jdbc.JdbcStores;
import fi.hoitomalli.jdbc.SchemaMode;

/**
 * The database the web forms store into: a connection pool on a JDBC URL (H2, PostgreSQL or MariaDB) with
 * the JDBC adapter on it, its schema migrated on open and never reset. The pool keeps an H2 file database
 * open while the server runs (opening and closing it on every request could lose writes); closing this
 * closes the pool and with it the database.
 */
final class FormsDatabase implements AutoCloseable {

    private final HikariDataSource pool;
    private final JdbcStores stores;

    private FormsDatabase(HikariDataSource pool, JdbcStores stores) {
        this.pool = pool;
        this.stores = stores;
    }

    /**
     * Connects and migrates the schema.
     *
     * @param url a JDBC URL of H2, PostgreSQL or MariaDB
     * @param user the database user ("" for none)
     * @param password the user's password ("" for none)
     * @throws fi.hoitomalli.jdbc.StorageException if the database cannot be reached or migrated
     * @throws RuntimeException from the pool if no driver knows the URL
     * @throws NullPointerException if an argument is null
     */
    static FormsDatabase open(String url, String user, String password) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(Objects.requireNonNull(url, "url must not be null"));
        config.setUsername(Objects.requireNonNull(user, "user must not be null"));
        config.setPassword(Objects.requireNonNull(password, "password must not be null"));
        config.setPoolName("hoitomalli-web");
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(1);
        HikariDataSource pool = new HikariDataSource(config);
        try {
            return new FormsDatabase(pool, JdbcStores.builder(pool, SchemaMode.MIGRATE).build());
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** The JDBC adapter on the database. */
    JdbcStores stores() {
        return stores;
    }

    @Override
    public void close() {
        pool.close();
    }
}
