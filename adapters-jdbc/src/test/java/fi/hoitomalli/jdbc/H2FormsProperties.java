package fi.hoitomalli.jdbc;

import net.jqwik.api.PropertyDefaults;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The forms' round trips, SQL summaries and retention on H2. */
@PropertyDefaults(tries = 10)
@OnDatabase(TestDatabase.H2)
class H2FormsProperties extends FormsRoundTrip {

    private static DatabaseFixture fixture;

    @BeforeContainer
    static void open() {
        fixture = DatabaseFixture.open(TestDatabase.H2, H2FormsProperties.class);
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
