package fi.hoitomalli.jdbc;

import fi.hoitomalli.customer.CustomerSnapshots;
import fi.hoitomalli.testkit.CustomerSnapshotsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link CustomerSnapshots} contract on POSTGRESQL. */
class PostgresCustomerSnapshotsTest extends CustomerSnapshotsContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.POSTGRESQL);

    @Override
    protected CustomerSnapshots emptyStore() {
        return DB.emptyStores("hm_customer_snapshot").customerSnapshots();
    }
}
