package fi.hoitomalli.reminder;

import java.util.Objects;

/**
 * A reminder in the outbox (lähtevät-kansio) with its delivery state.
 *
 * @param reminder the reminder
 * @param state where it is on its way out
 */
public record OutboxEntry(Reminder reminder, DeliveryState state) {

    public OutboxEntry {
        Objects.requireNonNull(reminder, "reminder must not be null");
        Objects.requireNonNull(state, "state must not be null");
    }

    /** The reminder's key. */
    public ReminderKey key() {
        return reminder.key();
    }

    /** The same reminder in another state. */
    public OutboxEntry withState(DeliveryState next) {
        return new OutboxEntry(reminder, next);
    }
}
