package fi.hoitomalli.jdbc;

import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The forms' round trips, SQL summaries and retention on POSTGRESQL. */
@PropertyDefaults(tries = 5)
@OnDatabase(TestDatabase.POSTGRESQL)
class PostgresFormsProperties extends FormsRoundTrip {

    private static DatabaseFixture fixture;

    @BeforeContainer
    static void open() {
        fixture = DatabaseFixture.open(TestDatabase.POSTGRESQL, PostgresFormsProperties.class);
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
