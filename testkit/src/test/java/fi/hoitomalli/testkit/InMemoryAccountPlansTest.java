package fi.hoitomalli.testkit;

import fi.hoitomalli.plan.AccountPlans;

class InMemoryAccountPlansTest extends AccountPlansContract {

    @Override
    protected AccountPlans emptyStore() {
        return new InMemoryAccountPlans();
    }
}
