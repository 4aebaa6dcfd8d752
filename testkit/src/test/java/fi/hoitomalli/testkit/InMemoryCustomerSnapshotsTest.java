package fi.hoitomalli.testkit;

import fi.hoitomalli.customer.CustomerSnapshots;

class InMemoryCustomerSnapshotsTest extends CustomerSnapshotsContract {

    @Override
    protected CustomerSnapshots emptyStore() {
        return new InMemoryCustomerSnapshots();
    }
}
