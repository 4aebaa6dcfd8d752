package fi.hoitomalli.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.reminder.DeliveryState;
import fi.hoitomalli.reminder.DeliveryStatus;
import fi.hoitomalli.reminder.DeliveryTransition;
import fi.hoitomalli.reminder.OutboxEntry;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderKey;
import fi.hoitomalli.reminder.ReminderOutbox;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * An in-memory {@link ReminderOutbox} for tests and demos: every operation is atomic (one lock), so
 * concurrent dispatchers never claim one reminder twice. Passes {@link ReminderOutboxContract}.
 */
public final class InMemoryReminderOutbox implements ReminderOutbox {

    private static final Comparator<OutboxEntry> DUE_ORDER = Comparator
            .comparing((OutboxEntry e) -> e.reminder().dueAt())
            .thenComparing(e -> e.key().asText());

    private final Map<ReminderKey, OutboxEntry> entries = new LinkedHashMap<>();

    @Override
    public synchronized boolean addIfAbsent(Reminder reminder) {
        Objects.requireNonNull(reminder, "reminder must not be null");
        if (entries.containsKey(reminder.key())) {
            return false;
        }
        entries.put(reminder.key(), new OutboxEntry(reminder, DeliveryState.initial(reminder.dueAt())));
        return true;
    }

    @Override
    public synchronized List<OutboxEntry> claimDue(String dispatcher, Instant now, Duration lease, int limit) {
        Objects.requireNonNull(dispatcher, "dispatcher must not be null");
        Objects.requireNonNull(now, "now must not be null");
        checkArgument(limit >= 1, "limit must be positive");
        checkArgument(!lease.isNegative() && !lease.isZero(), "lease must be positive");
        List<OutboxEntry> claimable = entries.values().stream()
                .filter(e -> !e.reminder().dueAt().isAfter(now) && e.state().claimableAt(now))
                .sorted(DUE_ORDER)
                .limit(limit)
                .toList();
        List<OutboxEntry> claimed = new ArrayList<>();
        for (OutboxEntry entry : claimable) {
            DeliveryTransition t = entry.state().claim(dispatcher, now, lease);
            if (t instanceof DeliveryTransition.Moved moved) {
                OutboxEntry next = entry.withState(moved.next());
                entries.put(entry.key(), next);
                claimed.add(next);
            }
        }
        return List.copyOf(claimed);
    }

    @Override
    public boolean markSent(ReminderKey key, String dispatcher, Instant at) {
        return apply(key, s -> s.sent(dispatcher, at));
    }

    @Override
    public boolean markFailed(ReminderKey key, String dispatcher, String reason, Instant at) {
        return apply(key, s -> s.failed(dispatcher, reason, at));
    }

    @Override
    public boolean scheduleRetry(ReminderKey key, String dispatcher, String reason, Instant notBefore) {
        return apply(key, s -> s.retry(dispatcher, reason, notBefore));
    }

    @Override
    public synchronized Optional<OutboxEntry> find(ReminderKey key) {
        return Optional.ofNullable(entries.get(key));
    }

    @Override
    public synchronized List<OutboxEntry> withStatus(DeliveryStatus status) {
        return entries.values().stream().filter(e -> e.state().status() == status).sorted(DUE_ORDER).toList();
    }

    private synchronized boolean apply(ReminderKey key, Function<DeliveryState, DeliveryTransition> transition) {
        Objects.requireNonNull(key, "key must not be null");
        OutboxEntry entry = entries.get(key);
        if (entry == null) {
            return false;
        }
        DeliveryTransition t = transition.apply(entry.state());
        if (t instanceof DeliveryTransition.Moved moved) {
            entries.put(key, entry.withState(moved.next()));
            return true;
        }
        return false;
    }
}
