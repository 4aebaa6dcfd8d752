package fi.hoitomalli.jdbc;

import fi.hoitomalli.plan.AccountPlans;
import fi.hoitomalli.testkit.AccountPlansContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@link AccountPlans} contract on H2, once per supported isolation level. */
@ParameterizedClass
@EnumSource(Isolation.class)
class H2AccountPlansTest extends AccountPlansContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Parameter
    Isolation isolation;

    @Override
    protected AccountPlans emptyStore() {
        return DB.emptyStores(isolation, "hm_account_plan_version", "hm_account_plan").accountPlans();
    }
}
