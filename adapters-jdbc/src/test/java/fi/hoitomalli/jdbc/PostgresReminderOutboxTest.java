package fi.hoitomalli.jdbc;

import fi.hoitomalli.reminder.ReminderOutbox;
import fi.hoitomalli.testkit.ReminderOutboxContract;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The {@link ReminderOutbox} contract on POSTGRESQL. */
class PostgresReminderOutboxTest extends ReminderOutboxContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.POSTGRESQL);

    @Override
    protected ReminderOutbox newOutbox() {
        return DB.emptyStores("hm_reminder_outbox").reminderOutbox();
    }
}
