package fi.hoitomalli.reminder;

import java.util.Objects;

/**
 * What happened when a channel tried to send one reminder. Failures are values, classified so that the
 * dispatcher knows whether to retry.
 */
public sealed interface DeliveryOutcome {

    /** The reminder tried. */
    ReminderKey key();

    /**
     * Handed to the mail server (or written, in a dry run).
     *
     * @param key the reminder
     * @param messageId the {@code Message-ID} it carried, stable per key
     */
    record Delivered(ReminderKey key, String messageId) implements DeliveryOutcome {
        public Delivered {
            Objects.requireNonNull(key, "key must not be null");
            Objects.requireNonNull(messageId, "messageId must not be null");
        }
    }

    /**
     * Failed in a way that may pass (server down, timeout, 4xx): retry later.
     *
     * @param key the reminder
     * @param reason what went wrong
     */
    record TransientFailure(ReminderKey key, String reason) implements DeliveryOutcome {
        public TransientFailure {
            Objects.requireNonNull(key, "key must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }

    /**
     * Failed in a way that will not pass (address rejected with 5xx, unsafe header, the mail server refused
     * the channel's login): do not retry.
     *
     * @param key the reminder
     * @param reason what went wrong
     */
    record PermanentFailure(ReminderKey key, String reason) implements DeliveryOutcome {
        public PermanentFailure {
            Objects.requireNonNull(key, "key must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }
    }
}
