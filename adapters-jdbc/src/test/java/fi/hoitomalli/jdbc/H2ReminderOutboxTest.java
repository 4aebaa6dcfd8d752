package fi.hoitomalli.jdbc;

import fi.hoitomalli.reminder.ReminderOutbox;
import fi.hoitomalli.testkit.ReminderOutboxContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link ReminderOutbox} contract on H2. */
class H2ReminderOutboxTest extends ReminderOutboxContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.H2);

    @Override
    protected ReminderOutbox newOutbox() {
        return DB.emptyStores("hm_reminder_outbox").reminderOutbox();
    }
}
