package fi.hoitomalli.testkit;

import fi.hoitomalli.contact.CallbackPromises;

/** The in-memory promise store passes the port's contract. */
class InMemoryCallbackPromisesTest extends CallbackPromisesContract {

    @Override
    protected CallbackPromises newCallbackPromises() {
        return new InMemoryCallbackPromises();
    }
}
