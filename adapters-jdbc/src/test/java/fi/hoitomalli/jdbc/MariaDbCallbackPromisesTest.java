package fi.hoitomalli.jdbc;

import fi.hoitomalli.contact.CallbackPromises;
import fi.hoitomalli.testkit.CallbackPromisesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link CallbackPromises} contract on MARIADB. */
class MariaDbCallbackPromisesTest extends CallbackPromisesContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.MARIADB);

    @Override
    protected CallbackPromises newCallbackPromises() {
        return DB.emptyStores("hm_callback_promise").callbackPromises();
    }
}
