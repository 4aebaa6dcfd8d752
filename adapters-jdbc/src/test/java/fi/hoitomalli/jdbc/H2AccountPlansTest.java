package fi.hoitomalli.jdbc;

import fi.hoitomalli.plan.AccountPlans;
import fi.hoitomalli.testkit.AccountPlansContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link AccountPlans} contract on H2. */
class H2AccountPlansTest extends AccountPlansContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Override
    protected AccountPlans emptyStore() {
        return DB.emptyStores("hm_account_plan_version", "hm_account_plan").accountPlans();
    }
}
