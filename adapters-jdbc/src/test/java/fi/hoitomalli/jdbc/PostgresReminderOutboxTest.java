package fi.hoitomalli.jdbc;

import fi.hoitomalli.reminder.ReminderOutbox;
import fi.hoitomalli.testkit.ReminderOutboxContract;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The {@link ReminderOutbox} contract on POSTGRESQL, once per supported isolation level. */
@ParameterizedClass
@EnumSource(Isolation.class)
class PostgresReminderOutboxTest extends ReminderOutboxContract {

    @RegisterExtension
    static final DatabaseExtension DB = new DatabaseExtension(TestDatabase.POSTGRESQL);

    @Parameter
    Isolation isolation;

    @Override
    protected ReminderOutbox newOutbox() {
        return DB.emptyStores(isolation, "hm_reminder_outbox").reminderOutbox();
    }
}
