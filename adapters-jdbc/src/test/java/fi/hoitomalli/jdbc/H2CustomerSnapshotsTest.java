package fi.hoitomalli.jdbc;

import fi.hoitomalli.customer.CustomerSnapshots;
import fi.hoitomalli.testkit.CustomerSnapshotsContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link CustomerSnapshots} contract on H2. */
class H2CustomerSnapshotsTest extends CustomerSnapshotsContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Override
    protected CustomerSnapshots emptyStore() {
        return DB.emptyStores("hm_customer_snapshot").customerSnapshots();
    }
}
