package fi.hoitomalli.reminder;

import java.util.List;

/**
 * Where reminders are sent (port): email over SMTP in the mail adapter, files in its dry-run mode. A
 * channel never throws for a failed delivery: it returns a {@link DeliveryOutcome} per reminder. It only
 * throws for programming errors (null arguments).
 */
public interface ReminderChannel {

    /** Sends one reminder. */
    DeliveryOutcome send(Reminder reminder);

    /**
     * Sends several reminders, one outcome each in the same order. Implementations reuse one connection for
     * the batch; this default sends them one by one.
     */
    default List<DeliveryOutcome> sendAll(List<Reminder> reminders) {
        return reminders.stream().map(this::send).toList();
    }
}
