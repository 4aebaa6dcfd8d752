package fi.hoitomalli.jdbc;

import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The round trips of plans, cards, promises and clock activities on H2. */
@PropertyDefaults(tries = 25)
@OnDatabase(TestDatabase.H2)
class H2StoreProperties extends StoreRoundTrip {

    private static DatabaseFixture fixture;

    @BeforeContainer
    static void open() {
        fixture = DatabaseFixture.open(TestDatabase.H2, H2StoreProperties.class);
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
