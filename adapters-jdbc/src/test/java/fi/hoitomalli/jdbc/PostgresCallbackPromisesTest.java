package fi.hoitomalli.jdbc;

import fi.hoitomalli.contact.CallbackPromises;
import fi.hoitomalli.testkit.CallbackPromisesContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@link CallbackPromises} contract on POSTGRESQL, once per supported isolation level. */
@ParameterizedClass
@EnumSource(Isolation.class)
class PostgresCallbackPromisesTest extends CallbackPromisesContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.POSTGRESQL);

    @Parameter
    Isolation isolation;

    @Override
    protected CallbackPromises newCallbackPromises() {
        return DB.emptyStores(isolation, "hm_callback_promise").callbackPromises();
    }
}
