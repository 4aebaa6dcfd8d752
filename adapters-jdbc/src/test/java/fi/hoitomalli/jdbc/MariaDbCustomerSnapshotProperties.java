package fi.hoitomalli.jdbc;

import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** The customer-snapshot round trip on MARIADB. */
@OnDatabase(TestDatabase.MARIADB)
class MariaDbCustomerSnapshotProperties extends CustomerSnapshotRoundTrip {

    private static DatabaseFixture fixture;

    @BeforeContainer
    static void open() {
        fixture = DatabaseFixture.open(TestDatabase.MARIADB, MariaDbCustomerSnapshotProperties.class);
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
