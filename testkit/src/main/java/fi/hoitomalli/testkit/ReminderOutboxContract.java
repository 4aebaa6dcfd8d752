package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import fi.hoitomalli.reminder.DeliveryState;
import fi.hoitomalli.reminder.DeliveryStatus;
import fi.hoitomalli.reminder.OutboxEntry;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderKey;
import fi.hoitomalli.reminder.ReminderOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link ReminderOutbox}: every implementation (the in-memory one, the JDBC adapter's, an
 * embedding system's) extends this class and supplies a fresh, empty outbox per test. Concurrent adds of one
 * key store it once; concurrent dispatchers never claim one reminder twice.
 */
public abstract class ReminderOutboxContract {

    /** A point in time all tests start from. */
    protected static final Instant T0 = Instant.parse("2027-03-02T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(5);

    private ReminderOutbox outbox;

    /** A new empty outbox; called before every test. */
    protected abstract ReminderOutbox newOutbox();

    @BeforeEach
    void freshOutbox() {
        outbox = newOutbox();
    }

    @Test
    void addIfAbsentStoresEachKeyOnce() {
        Reminder r = ReminderSamples.planAction(1, T0);
        assertThat(outbox.addIfAbsent(r)).isTrue();
        assertThat(outbox.addIfAbsent(r)).isFalse();
        assertThat(outbox.withStatus(DeliveryStatus.PENDING)).extracting(OutboxEntry::reminder).containsExactly(r);
        assertThat(outbox.find(r.key())).map(OutboxEntry::reminder).contains(r);
    }

    @Test
    void aSecondAddOfASentKeyChangesNothing() {
        Reminder r = ReminderSamples.planAction(1, T0);
        outbox.addIfAbsent(r);
        outbox.claimDue("d1", T0, LEASE, 10);
        outbox.markSent(r.key(), "d1", T0);
        assertThat(outbox.addIfAbsent(r)).isFalse();
        assertThat(status(r.key())).isEqualTo(DeliveryStatus.SENT);
    }

    @Test
    void onlyDueRemindersAreClaimedOldestFirstUpToTheLimit() {
        outbox.addIfAbsent(ReminderSamples.planAction(3, T0.minusSeconds(10)));
        outbox.addIfAbsent(ReminderSamples.planAction(1, T0.minusSeconds(30)));
        outbox.addIfAbsent(ReminderSamples.planAction(2, T0.minusSeconds(20)));
        outbox.addIfAbsent(ReminderSamples.planAction(4, T0.plusSeconds(60)));
        List<OutboxEntry> claimed = outbox.claimDue("d1", T0, LEASE, 2);
        assertThat(claimed).extracting(e -> e.reminder().key().subject()).containsExactly("action-1", "action-2");
        assertThat(claimed).allSatisfy(e -> {
            assertThat(e.state()).isEqualTo(new DeliveryState.Claimed("d1", T0.plus(LEASE), 1));
        });
        assertThat(outbox.claimDue("d2", T0, LEASE, 10)).extracting(e -> e.reminder().key().subject())
                .containsExactly("action-3");
        assertThat(outbox.claimDue("d2", T0, LEASE, 10)).isEmpty();
    }

    @Test
    void aClaimHoldsUntilItsLeaseRunsOutThenAnotherDispatcherTakesOver() {
        Reminder r = ReminderSamples.planAction(1, T0);
        outbox.addIfAbsent(r);
        assertThat(outbox.claimDue("d1", T0, LEASE, 10)).hasSize(1);
        assertThat(outbox.claimDue("d2", T0.plus(LEASE).minusSeconds(1), LEASE, 10)).isEmpty();
        List<OutboxEntry> taken = outbox.claimDue("d2", T0.plus(LEASE), LEASE, 10);
        assertThat(taken).hasSize(1);
        assertThat(taken.get(0).state().attempts()).isEqualTo(2);
        assertThat(outbox.markSent(r.key(), "d1", T0.plus(LEASE))).as("the old holder lost its lease").isFalse();
        assertThat(outbox.markSent(r.key(), "d2", T0.plus(LEASE))).isTrue();
        assertThat(outbox.find(r.key()).map(OutboxEntry::state))
                .contains(new DeliveryState.Sent(T0.plus(LEASE), 2));
    }

    @Test
    void sentRemindersAreNeverClaimedAgain() {
        Reminder r = ReminderSamples.planAction(1, T0);
        outbox.addIfAbsent(r);
        outbox.claimDue("d1", T0, LEASE, 10);
        assertThat(outbox.markSent(r.key(), "d1", T0)).isTrue();
        assertThat(outbox.claimDue("d1", T0.plus(Duration.ofDays(30)), LEASE, 10)).isEmpty();
        assertThat(outbox.markSent(r.key(), "d1", T0)).as("only a claimed reminder can be marked").isFalse();
    }

    @Test
    void aRetryKeepsTheAttemptCountAndWaitsUntilNotBefore() {
        Reminder r = ReminderSamples.planAction(1, T0);
        outbox.addIfAbsent(r);
        outbox.claimDue("d1", T0, LEASE, 10);
        Instant retryAt = T0.plusSeconds(120);
        assertThat(outbox.scheduleRetry(r.key(), "d1", "421 try later", retryAt)).isTrue();
        assertThat(outbox.find(r.key()).map(OutboxEntry::state))
                .contains(new DeliveryState.Pending(1, retryAt, Optional.of("421 try later")));
        assertThat(outbox.claimDue("d1", retryAt.minusSeconds(1), LEASE, 10)).isEmpty();
        List<OutboxEntry> again = outbox.claimDue("d1", retryAt, LEASE, 10);
        assertThat(again).singleElement().satisfies(e -> assertThat(e.state().attempts()).isEqualTo(2));
    }

    @Test
    void aFailureIsRecordedWithItsReasonAndNeverClaimedAgain() {
        Reminder r = ReminderSamples.planAction(1, T0);
        outbox.addIfAbsent(r);
        outbox.claimDue("d1", T0, LEASE, 10);
        assertThat(outbox.markFailed(r.key(), "d2", "550 no such user", T0)).as("not the holder").isFalse();
        assertThat(outbox.markFailed(r.key(), "d1", "550 no such user", T0)).isTrue();
        assertThat(outbox.withStatus(DeliveryStatus.FAILED)).singleElement()
                .satisfies(e -> assertThat(e.state()).isEqualTo(new DeliveryState.Failed(T0, "550 no such user", 1)));
        assertThat(outbox.claimDue("d1", T0.plus(Duration.ofDays(1)), LEASE, 10)).isEmpty();
    }

    @Test
    void unknownKeysAreNotMarked() {
        ReminderKey unknown = ReminderSamples.planAction(9, T0).key();
        assertThat(outbox.markSent(unknown, "d1", T0)).isFalse();
        assertThat(outbox.markFailed(unknown, "d1", "x", T0)).isFalse();
        assertThat(outbox.scheduleRetry(unknown, "d1", "x", T0)).isFalse();
        assertThat(outbox.find(unknown)).isEmpty();
    }

    @Test
    void concurrentDispatchersNeverClaimOneReminderTwice() throws Exception {
        int reminders = 300;
        for (int i = 0; i < reminders; i++) {
            outbox.addIfAbsent(ReminderSamples.planAction(i, T0.minusSeconds(i)));
        }
        int dispatchers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(dispatchers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<List<ReminderKey>>> results = new ArrayList<>();
            for (int d = 0; d < dispatchers; d++) {
                String id = "dispatcher-" + d;
                Callable<List<ReminderKey>> worker = () -> {
                    start.await();
                    List<ReminderKey> mine = new ArrayList<>();
                    List<OutboxEntry> batch;
                    while (!(batch = outbox.claimDue(id, T0, LEASE, 7)).isEmpty()) {
                        for (OutboxEntry e : batch) {
                            mine.add(e.key());
                            assertThat(outbox.markSent(e.key(), id, T0)).isTrue();
                        }
                    }
                    return mine;
                };
                results.add(pool.submit(worker));
            }
            start.countDown();
            List<ReminderKey> all = new ArrayList<>();
            for (Future<List<ReminderKey>> f : results) {
                all.addAll(f.get(60, TimeUnit.SECONDS));
            }
            Set<ReminderKey> distinct = new HashSet<>(all);
            assertThat(all).as("no reminder claimed twice").hasSize(distinct.size());
            assertThat(distinct).as("every reminder claimed").hasSize(reminders);
            assertThat(outbox.withStatus(DeliveryStatus.SENT)).hasSize(reminders);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofEightConcurrentAddsOfOneKeyExactlyOneAdds() throws Exception {
        Reminder r = ReminderSamples.planAction(1, T0);
        int added = Races.count(8, i -> () -> outbox.addIfAbsent(r));
        assertThat(added).isEqualTo(1);
        assertThat(outbox.withStatus(DeliveryStatus.PENDING)).extracting(OutboxEntry::reminder).containsExactly(r);
    }

    private DeliveryStatus status(ReminderKey key) {
        return outbox.find(key).orElseThrow().state().status();
    }
}
