package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.reminder.DeliveryOutcome;
import fi.hoitomalli.reminder.DeliveryState;
import fi.hoitomalli.reminder.DeliveryStatus;
import fi.hoitomalli.reminder.OutboxEntry;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderChannel;
import fi.hoitomalli.reminder.ReminderDispatcher;
import fi.hoitomalli.reminder.ReminderKey;
import fi.hoitomalli.reminder.RetryPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The dispatcher's bookkeeping: sent, retried with backoff up to a cap, failed with a reason, at least once. */
class ReminderDispatcherTest {

    static final Instant T0 = Instant.parse("2027-03-02T08:00:00Z");
    final MutableClock clock = MutableClock.at(T0, ZoneOffset.UTC);
    final InMemoryReminderOutbox outbox = new InMemoryReminderOutbox();
    final RetryPolicy retry = new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(10));

    /** A channel whose outcome per reminder is scripted; records every send. */
    static final class ScriptedChannel implements ReminderChannel {
        Function<Reminder, DeliveryOutcome> script;
        final List<ReminderKey> sent = new ArrayList<>();
        int batches;

        ScriptedChannel(Function<Reminder, DeliveryOutcome> script) {
            this.script = script;
        }

        @Override
        public DeliveryOutcome send(Reminder reminder) {
            DeliveryOutcome outcome = script.apply(reminder);
            if (outcome instanceof DeliveryOutcome.Delivered) {
                sent.add(reminder.key());
            }
            return outcome;
        }

        @Override
        public List<DeliveryOutcome> sendAll(List<Reminder> reminders) {
            batches++;
            return ReminderChannel.super.sendAll(reminders);
        }
    }

    static DeliveryOutcome delivered(Reminder r) {
        return new DeliveryOutcome.Delivered(r.key(), "<" + r.key().subject() + "@test>");
    }

    ReminderDispatcher dispatcher(ReminderChannel channel, String id) {
        return new ReminderDispatcher(outbox, channel, clock, id, Duration.ofMinutes(5), 50, retry);
    }

    @Test
    void dueRemindersAreSentInOneBatchAndMarkedSent() {
        for (int i = 0; i < 5; i++) {
            outbox.addIfAbsent(ReminderSamples.planAction(i, T0));
        }
        outbox.addIfAbsent(ReminderSamples.planAction(99, T0.plusSeconds(3600)));
        ScriptedChannel channel = new ScriptedChannel(ReminderDispatcherTest::delivered);
        ReminderDispatcher.DispatchReport report = dispatcher(channel, "d1").dispatchOnce();
        assertThat(report).isEqualTo(new ReminderDispatcher.DispatchReport(5, 5, 0, 0, 0));
        assertThat(channel.batches).isEqualTo(1);
        assertThat(outbox.withStatus(DeliveryStatus.SENT)).hasSize(5);
        assertThat(outbox.withStatus(DeliveryStatus.PENDING)).hasSize(1);
    }

    @Test
    void transientFailuresAreRetriedWithBackoffThenGivenUp() {
        Reminder r = ReminderSamples.planAction(1, T0);
        outbox.addIfAbsent(r);
        ScriptedChannel channel = new ScriptedChannel(x -> new DeliveryOutcome.TransientFailure(x.key(), "421 busy"));
        ReminderDispatcher d = dispatcher(channel, "d1");
        assertThat(d.dispatchOnce().retried()).isEqualTo(1);
        assertThat(outbox.find(r.key()).map(OutboxEntry::state))
                .contains(new DeliveryState.Pending(1, T0.plus(Duration.ofMinutes(1)), java.util.Optional.of("421 busy")));
        clock.advance(Duration.ofSeconds(59));
        assertThat(d.dispatchOnce().claimed()).as("backoff not over").isZero();
        clock.advance(Duration.ofSeconds(1));
        assertThat(d.dispatchOnce().retried()).isEqualTo(1);
        clock.advance(Duration.ofMinutes(2));
        ReminderDispatcher.DispatchReport third = d.dispatchOnce();
        assertThat(third.failed()).isEqualTo(1);
        assertThat(outbox.find(r.key()).orElseThrow().state()).isInstanceOfSatisfying(DeliveryState.Failed.class,
                f -> assertThat(f.reason()).isEqualTo("gave up after 3 attempts: 421 busy"));
    }

    @Test
    void aPermanentFailureIsRecordedWhileTheRestGoOn() {
        Reminder bad = ReminderSamples.planAction(1, T0);
        Reminder good = ReminderSamples.planAction(2, T0);
        outbox.addIfAbsent(bad);
        outbox.addIfAbsent(good);
        ScriptedChannel channel = new ScriptedChannel(x -> x.equals(bad)
                ? new DeliveryOutcome.PermanentFailure(x.key(), "550 5.1.1 no such user") : delivered(x));
        assertThat(dispatcher(channel, "d1").dispatchOnce()).isEqualTo(new ReminderDispatcher.DispatchReport(2, 1, 0, 1, 0));
        assertThat(outbox.find(bad.key()).orElseThrow().state()).isEqualTo(new DeliveryState.Failed(T0, "550 5.1.1 no such user", 1));
        assertThat(channel.sent).containsExactly(good.key());
    }

    @Test
    void aFailingMarkLeadsToAResendAfterTheLease() {
        Reminder r = ReminderSamples.planAction(1, T0);
        outbox.addIfAbsent(r);
        ScriptedChannel channel = new ScriptedChannel(ReminderDispatcherTest::delivered);
        FailingMarks failing = new FailingMarks(outbox);
        ReminderDispatcher crashing = new ReminderDispatcher(failing, channel, clock, "d1", Duration.ofMinutes(5), 10, retry);
        assertThat(crashing.dispatchOnce().unconfirmed()).isEqualTo(1);
        assertThat(outbox.find(r.key()).orElseThrow().state().status()).isEqualTo(DeliveryStatus.CLAIMED);
        clock.advance(Duration.ofMinutes(5));
        assertThat(dispatcher(channel, "d2").dispatchOnce().sent()).isEqualTo(1);
        assertThat(channel.sent).containsExactly(r.key(), r.key());
        assertThat(outbox.withStatus(DeliveryStatus.SENT)).hasSize(1);
    }

    @Test
    void aThrowingChannelLosesNothing() {
        Reminder r = ReminderSamples.planAction(1, T0);
        outbox.addIfAbsent(r);
        ScriptedChannel channel = new ScriptedChannel(x -> {
            throw new IllegalStateException("boom");
        });
        assertThat(dispatcher(channel, "d1").dispatchOnce().retried()).isEqualTo(1);
        assertThat(outbox.find(r.key()).orElseThrow().state().status()).isEqualTo(DeliveryStatus.PENDING);
    }

    /** An outbox whose markSent fails, as if the process died between sending and marking. */
    static final class FailingMarks implements fi.hoitomalli.reminder.ReminderOutbox {
        private final fi.hoitomalli.reminder.ReminderOutbox delegate;

        FailingMarks(fi.hoitomalli.reminder.ReminderOutbox delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean addIfAbsent(Reminder reminder) {
            return delegate.addIfAbsent(reminder);
        }

        @Override
        public List<OutboxEntry> claimDue(String dispatcher, Instant now, Duration lease, int limit) {
            return delegate.claimDue(dispatcher, now, lease, limit);
        }

        @Override
        public boolean markSent(ReminderKey key, String dispatcher, Instant at) {
            throw new IllegalStateException("storage down");
        }

        @Override
        public boolean markFailed(ReminderKey key, String dispatcher, String reason, Instant at) {
            return delegate.markFailed(key, dispatcher, reason, at);
        }

        @Override
        public boolean scheduleRetry(ReminderKey key, String dispatcher, String reason, Instant notBefore) {
            return delegate.scheduleRetry(key, dispatcher, reason, notBefore);
        }

        @Override
        public java.util.Optional<OutboxEntry> find(ReminderKey key) {
            return delegate.find(key);
        }

        @Override
        public List<OutboxEntry> withStatus(DeliveryStatus status) {
            return delegate.withStatus(status);
        }
    }
}
