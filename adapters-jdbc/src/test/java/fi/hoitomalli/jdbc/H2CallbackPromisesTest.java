package fi.hoitomalli.jdbc;

import fi.hoitomalli.contact.CallbackPromises;
import fi.hoitomalli.testkit.CallbackPromisesContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link CallbackPromises} contract on H2. */
class H2CallbackPromisesTest extends CallbackPromisesContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Override
    protected CallbackPromises newCallbackPromises() {
        return DB.emptyStores("hm_callback_promise").callbackPromises();
    }
}
