package fi.hoitomalli.reminder;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a reminder is on its way out (lähetyksen tila). A state machine: {@link Pending} → {@link Claimed}
 * → {@link Sent}, {@link Failed} or back to {@link Pending} for a retry; a claim whose lease has run out
 * can be claimed again (its dispatcher is presumed dead). Transitions return the next state or a
 * {@link DeliveryTransition.Refused} with the reason, and never mutate.
 */
public sealed interface DeliveryState {

    /** The state as a plain value. */
    DeliveryStatus status();

    /** How many send attempts have been started. */
    int attempts();

    /** Whether a dispatcher may claim the reminder now. */
    default boolean claimableAt(Instant now) {
        return false;
    }

    /** A dispatcher claims the reminder for one send attempt, holding it for the lease. */
    default DeliveryTransition claim(String dispatcher, Instant now, Duration lease) {
        Objects.requireNonNull(dispatcher, "dispatcher must not be null");
        Objects.requireNonNull(lease, "lease must not be null");
        checkArgument(!lease.isNegative() && !lease.isZero(), "lease must be positive");
        if (!claimableAt(now)) {
            return new DeliveryTransition.Refused("not claimable at " + now + " in state " + status());
        }
        return new DeliveryTransition.Moved(new Claimed(dispatcher, now.plus(lease), attempts() + 1));
    }

    /** The dispatcher that claimed it reports it handed to the mail server. */
    default DeliveryTransition sent(String dispatcher, Instant at) {
        return refusedUnlessClaimedBy(dispatcher).orElseGet(() -> new DeliveryTransition.Moved(new Sent(at, attempts())));
    }

    /** The dispatcher that claimed it reports a transient failure: try again from {@code notBefore}. */
    default DeliveryTransition retry(String dispatcher, String reason, Instant notBefore) {
        return refusedUnlessClaimedBy(dispatcher).orElseGet(() ->
                new DeliveryTransition.Moved(new Pending(attempts(), notBefore, Optional.of(reason))));
    }

    /** The dispatcher that claimed it reports a permanent failure, or gives up. */
    default DeliveryTransition failed(String dispatcher, String reason, Instant at) {
        return refusedUnlessClaimedBy(dispatcher).orElseGet(() ->
                new DeliveryTransition.Moved(new Failed(at, reason, attempts())));
    }

    private Optional<DeliveryTransition> refusedUnlessClaimedBy(String dispatcher) {
        if (this instanceof Claimed claimed && claimed.dispatcher().equals(dispatcher)) {
            return Optional.empty();
        }
        return Optional.of(new DeliveryTransition.Refused("not claimed by " + dispatcher + " (state " + status() + ")"));
    }

    /** The state of a newly added reminder. */
    static DeliveryState initial(Instant dueAt) {
        return new Pending(0, dueAt, Optional.empty());
    }

    /**
     * Waiting: claimable from {@code notBefore} on.
     *
     * @param attempts attempts started so far
     * @param notBefore not to be sent before this (the due time, or the retry time)
     * @param lastError the reason of the last transient failure, if any
     */
    record Pending(int attempts, Instant notBefore, Optional<String> lastError) implements DeliveryState {
        public Pending {
            checkArgument(attempts >= 0, "attempts must not be negative");
            Objects.requireNonNull(notBefore, "notBefore must not be null");
            Objects.requireNonNull(lastError, "lastError must not be null");
        }

        @Override
        public DeliveryStatus status() {
            return DeliveryStatus.PENDING;
        }

        @Override
        public boolean claimableAt(Instant now) {
            return !notBefore.isAfter(now);
        }
    }

    /**
     * Held by a dispatcher until the lease runs out.
     *
     * @param dispatcher who holds it
     * @param leaseUntil when another dispatcher may take it over
     * @param attempts attempts started, including this one
     */
    record Claimed(String dispatcher, Instant leaseUntil, int attempts) implements DeliveryState {
        public Claimed {
            Objects.requireNonNull(dispatcher, "dispatcher must not be null");
            Objects.requireNonNull(leaseUntil, "leaseUntil must not be null");
            checkArgument(attempts >= 1, "a claim is an attempt");
        }

        @Override
        public DeliveryStatus status() {
            return DeliveryStatus.CLAIMED;
        }

        @Override
        public boolean claimableAt(Instant now) {
            return !leaseUntil.isAfter(now);
        }
    }

    /**
     * Handed to the mail server.
     *
     * @param at when
     * @param attempts attempts it took
     */
    record Sent(Instant at, int attempts) implements DeliveryState {
        public Sent {
            Objects.requireNonNull(at, "at must not be null");
        }

        @Override
        public DeliveryStatus status() {
            return DeliveryStatus.SENT;
        }
    }

    /**
     * Given up on.
     *
     * @param at when
     * @param reason why, e.g. the server's rejection of the address
     * @param attempts attempts made
     */
    record Failed(Instant at, String reason, int attempts) implements DeliveryState {
        public Failed {
            Objects.requireNonNull(at, "at must not be null");
            Objects.requireNonNull(reason, "reason must not be null");
        }

        @Override
        public DeliveryStatus status() {
            return DeliveryStatus.FAILED;
        }
    }
}
