package fi.hoitomalli.jdbc;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The customer-snapshot round trip on H2. */
@OnDatabase(TestDatabase.H2)
class H2CustomerSnapshotProperties extends CustomerSnapshotRoundTrip {

    private static DatabaseFixture fixture;

    @BeforeContainer
    static void open() {
        fixture = DatabaseFixture.open(TestDatabase.H2, H2CustomerSnapshotProperties.class);
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
