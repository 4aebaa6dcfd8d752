package fi.hoitomalli.jdbc;

import fi.hoitomalli.plan.AccountPlans;
import fi.hoitomalli.testkit.AccountPlansContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link AccountPlans} contract on MARIADB. */
class MariaDbAccountPlansTest extends AccountPlansContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.MARIADB);

    @Override
    protected AccountPlans emptyStore() {
        return DB.emptyStores("hm_account_plan_version", "hm_account_plan").accountPlans();
    }
}
