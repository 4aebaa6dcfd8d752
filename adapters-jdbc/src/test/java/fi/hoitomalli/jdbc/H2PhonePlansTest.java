package fi.hoitomalli.jdbc;

import fi.hoitomalli.phone.PhonePlans;
import fi.hoitomalli.testkit.PhonePlansContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link PhonePlans} contract on H2. */
class H2PhonePlansTest extends PhonePlansContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Override
    protected PhonePlans newPhonePlans() {
        return DB.emptyStores("hm_phone_setup").phonePlans();
    }
}
