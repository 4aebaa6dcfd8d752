package fi.hoitomalli.reminder;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The outbox of reminders (port): each reminder stored once per key, claimed by dispatchers with a lease,
 * marked sent, failed, or due for a retry. Implementations must be safe for several dispatchers (threads or
 * processes) at once: a reminder is never claimed by two dispatchers while a lease holds. In-memory in the
 * testkit ({@code InMemoryReminderOutbox}), durable in the JDBC adapter; both pass
 * {@code ReminderOutboxContract}. Implementations may throw an unchecked storage exception; they never
 * throw checked exceptions.
 */
public interface ReminderOutbox {

    /**
     * Adds the reminder in state {@link DeliveryState.Pending} (due at its {@code dueAt}) unless a reminder
     * with the same key is stored already, whatever its state.
     *
     * @return true if it was added, false if the key was present (nothing changed)
     * @throws IllegalArgumentException if the reminder is more than the outbox keeps: a key or text too long
     *     or a character it cannot store (an implementation's documented limit on lengths and characters; the JDBC adapter's are in
     *     {@code JdbcStores}); nothing is stored then
     */
    boolean addIfAbsent(Reminder reminder);

    /**
     * Claims up to {@code limit} reminders claimable at {@code now} (pending and due, or claimed with an
     * expired lease) for the dispatcher, oldest due first, moving each to {@link DeliveryState.Claimed}.
     *
     * @return the claimed entries in their new state; empty when nothing is due
     * @throws IllegalArgumentException if the limit is not positive or the lease not positive, or the
     *     dispatcher's id is more than the outbox keeps (an implementation's documented limit on lengths and characters; the JDBC adapter's are in
     *     {@code JdbcStores})
     */
    List<OutboxEntry> claimDue(String dispatcher, Instant now, Duration lease, int limit);

    /**
     * Marks a reminder the dispatcher holds as sent.
     *
     * @return false if the dispatcher no longer holds it (its lease was taken over) or the key is unknown
     */
    boolean markSent(ReminderKey key, String dispatcher, Instant at);

    /**
     * Marks a reminder the dispatcher holds as failed for good, with the reason.
     *
     * @return false if the dispatcher no longer holds it or the key is unknown
     * @throws IllegalArgumentException if the reason is more than the outbox keeps (an implementation's documented limit on lengths and characters; the JDBC adapter's are in
     *     {@code JdbcStores})
     */
    boolean markFailed(ReminderKey key, String dispatcher, String reason, Instant at);

    /**
     * Puts a reminder the dispatcher holds back to pending after a transient failure, claimable again from
     * {@code notBefore}; the attempt count is kept.
     *
     * @return false if the dispatcher no longer holds it or the key is unknown
     * @throws IllegalArgumentException if the reason is more than the outbox keeps (an implementation's documented limit on lengths and characters; the JDBC adapter's are in
     *     {@code JdbcStores})
     */
    boolean scheduleRetry(ReminderKey key, String dispatcher, String reason, Instant notBefore);

    /** The entry with the key, if stored. */
    Optional<OutboxEntry> find(ReminderKey key);

    /** Every entry in the given status, oldest due first (for operators and tests). */
    List<OutboxEntry> withStatus(DeliveryStatus status);
}
