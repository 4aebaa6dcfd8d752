package fi.hoitomalli.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * JUnit 5 extension giving a test class its own {@link DatabaseFixture} (registered as a static
 * {@code @RegisterExtension} field): opened before the first test, dropped after the last.
 */
final class DatabaseExtension implements BeforeAllCallback, AfterAllCallback {

    private final TestDatabase database;
    private DatabaseFixture fixture;
    private DataSource main;
    private JdbcStores stores;

    DatabaseExtension(TestDatabase database) {
        this.database = database;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        fixture = DatabaseFixture.open(database, context.getRequiredTestClass());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (fixture != null) {
            fixture.close();
        }
    }

    TestDatabase database() {
        return database;
    }

    DatabaseFixture fixture() {
        return fixture;
    }

    /** The class's main schema, migrated once, emptied of the named tables' rows (parents cascade). */
    JdbcStores emptyStores(String... tables) {
        if (stores == null) {
            main = fixture.newSchema();
            stores = JdbcStores.builder(main, SchemaMode.MIGRATE).batchSize(100).build();
        }
        try (Connection connection = main.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : tables) {
                statement.executeUpdate("DELETE FROM " + table);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not empty " + String.join(", ", tables), e);
        }
        return stores;
    }
}
