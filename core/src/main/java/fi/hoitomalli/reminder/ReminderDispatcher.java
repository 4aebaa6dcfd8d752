package fi.hoitomalli.reminder;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what is due (muistutusten lähettäjä): claims due reminders from the outbox with a lease, sends
 * them through the channel as one batch, and records each outcome — sent; a transient failure retried
 * with exponential backoff until the {@link RetryPolicy} gives up; a permanent failure marked failed with
 * its reason while the rest go on.
 *
 * <p>Delivery is <em>at least once</em>: if the process dies (or the outbox fails) after the mail server
 * took a message but before it is marked sent, the lease runs out and the reminder is sent again. The
 * channel gives the resend the same {@code Message-ID}, so mail clients and servers that deduplicate on
 * it show it once. Several dispatchers may run at once against one outbox; each needs its own id.
 */
public final class ReminderDispatcher {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderDispatcher.class);

    private final ReminderOutbox outbox;
    private final ReminderChannel channel;
    private final Clock clock;
    private final String id;
    private final Duration lease;
    private final int batchSize;
    private final RetryPolicy retry;

    /**
     * @param outbox where reminders wait
     * @param channel where they go
     * @param clock the time of claims, retries and marks
     * @param id this dispatcher's id, unique among the dispatchers of the outbox
     * @param lease how long a claim holds; longer than sending a batch takes
     * @param batchSize how many reminders one pass claims and sends (≥ 1)
     * @param retry how transient failures are retried
     */
    public ReminderDispatcher(ReminderOutbox outbox, ReminderChannel channel, Clock clock, String id,
                              Duration lease, int batchSize, RetryPolicy retry) {
        this.outbox = Objects.requireNonNull(outbox, "outbox must not be null");
        this.channel = Objects.requireNonNull(channel, "channel must not be null");
        this.clock = Objects.requireNonNull(clock, "clock must not be null");
        this.id = Objects.requireNonNull(id, "id must not be null");
        checkArgument(!id.isBlank(), "id must not be blank");
        this.lease = Objects.requireNonNull(lease, "lease must not be null");
        checkArgument(!lease.isNegative() && !lease.isZero(), "lease must be positive");
        checkArgument(batchSize >= 1, "batchSize must be at least 1");
        this.batchSize = batchSize;
        this.retry = Objects.requireNonNull(retry, "retry must not be null");
    }

    /**
     * One pass: claim up to a batch, send it, record the outcomes. An outbox that fails while recording
     * is logged and counted as unconfirmed; those reminders are sent again when their lease runs out.
     *
     * @return what happened in this pass
     */
    public DispatchReport dispatchOnce() {
        List<OutboxEntry> claimed = outbox.claimDue(id, clock.instant(), lease, batchSize);
        if (claimed.isEmpty()) {
            return DispatchReport.EMPTY;
        }
        List<DeliveryOutcome> outcomes = send(claimed);
        DispatchReport report = new DispatchReport(claimed.size(), 0, 0, 0, 0);
        for (int i = 0; i < claimed.size(); i++) {
            report = report.plus(record(claimed.get(i), outcomes.get(i)));
        }
        return report;
    }

    /**
     * Passes until a pass claims nothing, or {@code maxPasses} passes.
     *
     * @return the sum of the passes
     */
    public DispatchReport drain(int maxPasses) {
        DispatchReport total = DispatchReport.EMPTY;
        for (int i = 0; i < maxPasses; i++) {
            DispatchReport pass = dispatchOnce();
            if (pass.claimed() == 0) {
                break;
            }
            total = total.add(pass);
        }
        return total;
    }

    private List<DeliveryOutcome> send(List<OutboxEntry> claimed) {
        List<Reminder> reminders = claimed.stream().map(OutboxEntry::reminder).toList();
        try {
            List<DeliveryOutcome> outcomes = channel.sendAll(reminders);
            checkArgument(outcomes.size() == reminders.size(), "channel returned %s outcomes for %s reminders",
                    outcomes.size(), reminders.size());
            return outcomes;
        } catch (RuntimeException e) {
            // A broken channel must not lose reminders: treat the whole batch as a transient failure.
            LOG.error("reminder channel failed for a batch of {}", reminders.size(), e);
            return reminders.stream().<DeliveryOutcome>map(r -> new DeliveryOutcome.TransientFailure(r.key(),
                    "channel error: " + e)).toList();
        }
    }

    private DispatchReport record(OutboxEntry entry, DeliveryOutcome outcome) {
        ReminderKey key = entry.key();
        checkArgument(outcome.key().equals(key), "outcome for %s reported for %s", outcome.key(), key);
        Instant now = clock.instant();
        try {
            if (outcome instanceof DeliveryOutcome.Delivered) {
                return confirmed(outbox.markSent(key, id, now), key, new DispatchReport(0, 1, 0, 0, 0));
            }
            if (outcome instanceof DeliveryOutcome.PermanentFailure permanent) {
                LOG.warn("reminder {} failed permanently: {}", key, permanent.reason());
                return confirmed(outbox.markFailed(key, id, permanent.reason(), now), key,
                        new DispatchReport(0, 0, 0, 1, 0));
            }
            DeliveryOutcome.TransientFailure failure = (DeliveryOutcome.TransientFailure) outcome;
            int attempts = entry.state().attempts();
            if (!retry.allowsAnotherAfter(attempts)) {
                String reason = "gave up after " + attempts + " attempts: " + failure.reason();
                LOG.warn("reminder {} {}", key, reason);
                return confirmed(outbox.markFailed(key, id, reason, now), key, new DispatchReport(0, 0, 0, 1, 0));
            }
            Instant next = now.plus(retry.backoffAfter(attempts));
            LOG.info("reminder {} will be retried at {}: {}", key, next, failure.reason());
            return confirmed(outbox.scheduleRetry(key, id, failure.reason(), next), key,
                    new DispatchReport(0, 0, 1, 0, 0));
        } catch (RuntimeException e) {
            LOG.error("could not record the outcome of reminder {}; it will be sent again after its lease", key, e);
            return new DispatchReport(0, 0, 0, 0, 1);
        }
    }

    private static DispatchReport confirmed(boolean applied, ReminderKey key, DispatchReport ifApplied) {
        if (applied) {
            return ifApplied;
        }
        LOG.warn("lease on reminder {} was lost before its outcome was recorded", key);
        return new DispatchReport(0, 0, 0, 0, 1);
    }

    /**
     * What one or more passes did.
     *
     * @param claimed reminders claimed
     * @param sent marked sent
     * @param retried put back for a retry
     * @param failed marked failed
     * @param unconfirmed outcomes that could not be recorded (sent again after the lease)
     */
    public record DispatchReport(int claimed, int sent, int retried, int failed, int unconfirmed) {

        /** Nothing happened. */
        public static final DispatchReport EMPTY = new DispatchReport(0, 0, 0, 0, 0);

        DispatchReport plus(DispatchReport other) {
            return new DispatchReport(claimed, sent + other.sent, retried + other.retried, failed + other.failed,
                    unconfirmed + other.unconfirmed);
        }

        DispatchReport add(DispatchReport other) {
            return new DispatchReport(claimed + other.claimed, sent + other.sent, retried + other.retried,
                    failed + other.failed, unconfirmed + other.unconfirmed);
        }
    }
}
