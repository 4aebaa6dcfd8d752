package fi.hoitomalli.testkit;

import fi.hoitomalli.reminder.DeliveryState;
import fi.hoitomalli.reminder.OutboxEntry;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderKey;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Provide;
import net.jqwik.api.domains.DomainContextBase;

/** The jqwik domain of reminders, used as {@code @Domain(ReminderDomain.class)}. */
public class ReminderDomain extends DomainContextBase {

    @Provide
    Arbitrary<Reminder> reminders() {
        return ReminderArbitraries.reminders();
    }

    @Provide
    Arbitrary<ReminderKey> keys() {
        return ReminderArbitraries.keys();
    }

    @Provide
    Arbitrary<Recipient> recipients() {
        return ReminderArbitraries.recipients();
    }

    @Provide
    Arbitrary<DeliveryState> states() {
        return ReminderArbitraries.deliveryStates();
    }

    @Provide
    Arbitrary<OutboxEntry> entries() {
        return ReminderArbitraries.outboxEntries();
    }
}
