package fi.hoitomalli.testkit;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.clock.ActivityKey;
import fi.hoitomalli.clock.ActivityMark;
import fi.hoitomalli.clock.ActivityStatus;
import fi.hoitomalli.clock.AnnualClock;
import fi.hoitomalli.clock.ClockActivities;
import fi.hoitomalli.clock.ClockActivity;
import fi.hoitomalli.clock.ClockScope;
import fi.hoitomalli.common.ConcurrentUpdateException;
import java.time.LocalDate;
import java.time.Year;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * {@link ClockActivities} in memory, for tests and demos: one map by key, versions checked under one lock.
 * Thread-safe. Passes {@link ClockActivitiesContract}.
 */
public final class InMemoryClockActivities implements ClockActivities {

    private final Map<ActivityKey, ClockActivity> activities = new HashMap<>();

    @Override
    public synchronized List<ClockActivity> plan(ClockScope scope, AnnualClock clock) {
        List<ClockActivity> added = ClockActivity.plannedFrom(scope, clock).stream()
                .filter(a -> !activities.containsKey(a.key()))
                .sorted(ClockActivity.ORDER)
                .toList();
        added.forEach(a -> activities.put(a.key(), a));
        return added;
    }

    @Override
    public synchronized ClockActivity mark(ActivityKey key, long expectedVersion, ActivityMark mark) {
        Objects.requireNonNull(key, "key must not be null");
        Objects.requireNonNull(mark, "mark must not be null");
        ClockActivity stored = activities.get(key);
        checkArgument(stored != null, "no clock activity %s is stored", key.describe());
        if (stored.version() != expectedVersion) {
            throw new ConcurrentUpdateException("clock activity " + key.describe(), expectedVersion);
        }
        ClockActivity next = stored.marked(mark);
        activities.put(key, next);
        return next;
    }

    @Override
    public synchronized Optional<ClockActivity> find(ActivityKey key) {
        return Optional.ofNullable(activities.get(Objects.requireNonNull(key, "key must not be null")));
    }

    @Override
    public synchronized List<ClockActivity> ofYear(ClockScope scope, Year year) {
        Objects.requireNonNull(year, "year must not be null");
        return between(scope, year.atDay(1), year.atMonth(12).atEndOfMonth());
    }

    @Override
    public synchronized List<ClockActivity> between(ClockScope scope, LocalDate from, LocalDate to) {
        return select(scope, from, to, a -> true);
    }

    @Override
    public synchronized List<ClockActivity> inStatus(ClockScope scope, ActivityStatus status, LocalDate from,
                                                     LocalDate to) {
        Objects.requireNonNull(status, "status must not be null");
        return select(scope, from, to, a -> a.status() == status);
    }

    @Override
    public synchronized List<ClockScope> scopes(Year year) {
        Objects.requireNonNull(year, "year must not be null");
        return activities.values().stream()
                .filter(a -> a.occurrence().date().getYear() == year.getValue())
                .map(ClockActivity::scope)
                .distinct()
                .sorted(ClockScope.ORDER)
                .toList();
    }

    private List<ClockActivity> select(ClockScope scope, LocalDate from, LocalDate to, Predicate<ClockActivity> also) {
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        checkArgument(!to.isBefore(from), "the range ends (%s) before it starts (%s)", to, from);
        return activities.values().stream()
                .filter(a -> a.scope().equals(scope))
                .filter(a -> !a.occurrence().date().isBefore(from) && !a.occurrence().date().isAfter(to))
                .filter(also)
                .sorted(ClockActivity.ORDER)
                .toList();
    }
}
