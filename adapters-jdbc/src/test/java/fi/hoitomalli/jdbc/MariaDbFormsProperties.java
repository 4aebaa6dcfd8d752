package fi.hoitomalli.jdbc;

import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The forms' round trips, SQL summaries and retention on MARIADB. */
@PropertyDefaults(tries = 5)
@OnDatabase(TestDatabase.MARIADB)
class MariaDbFormsProperties extends FormsRoundTrip {

    private static DatabaseFixture fixture;

    @BeforeContainer
    static void open() {
        fixture = DatabaseFixture.open(TestDatabase.MARIADB, MariaDbFormsProperties.class);
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
