package fi.hoitomalli.testkit;

import fi.hoitomalli.reminder.ReminderOutbox;

/** The in-memory outbox keeps the outbox contract. */
class InMemoryReminderOutboxTest extends ReminderOutboxContract {

    @Override
    protected ReminderOutbox newOutbox() {
        return new InMemoryReminderOutbox();
    }
}
