package fi.hoitomalli.jdbc;

import fi.hoitomalli.contact.CallbackPromises;
import fi.hoitomalli.testkit.CallbackPromisesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link CallbackPromises} contract on POSTGRESQL. */
class PostgresCallbackPromisesTest extends CallbackPromisesContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.POSTGRESQL);

    @Override
    protected CallbackPromises newCallbackPromises() {
        return DB.emptyStores("hm_callback_promise").callbackPromises();
    }
}
