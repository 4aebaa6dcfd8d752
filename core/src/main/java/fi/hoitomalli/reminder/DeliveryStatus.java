package fi.hoitomalli.reminder;

/** The four states of a reminder in the outbox, as a plain value for queries. */
public enum DeliveryStatus {
    /** Waiting to be sent (first time or after a transient failure). */
    PENDING,
    /** Taken by a dispatcher that holds a lease on it. */
    CLAIMED,
    /** Handed to the mail server. */
    SENT,
    /** Given up on, with the reason. */
    FAILED
}
