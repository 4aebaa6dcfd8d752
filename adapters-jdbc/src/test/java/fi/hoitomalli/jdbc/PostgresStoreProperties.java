package fi.hoitomalli.jdbc;

import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The round trips of plans, cards, promises and clock activities on POSTGRESQL. */
@PropertyDefaults(tries = 8)
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresStoreProperties extends StoreRoundTrip {

    private static DatabaseFixture fixture;

    @BeforeContainer
    static void open() {
        fixture = DatabaseFixture.open(TestDatabase.POSTGRESQL, PostgresStoreProperties.class);
    }

    @AfterContainer
    static void close() {
        if (fixture != null) {
            fixture.close();
        }
    }

    @Override
    DatabaseFixture fixture() {
        return fixture;
    }
}
