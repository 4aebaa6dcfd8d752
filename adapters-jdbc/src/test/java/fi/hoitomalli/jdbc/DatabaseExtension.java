package fi.hoitomalli.jdbc;

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

    /** See {@link DatabaseFixture#emptyStores(String...)}. */
    JdbcStores emptyStores(String... tables) {
        return fixture.emptyStores(tables);
    }

    /** See {@link DatabaseFixture#emptyStores(Isolation, String...)}. */
    JdbcStores emptyStores(Isolation isolation, String... tables) {
        return fixture.emptyStores(isolation, tables);
    }
}
