package fi.hoitomalli.clock;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One dated activity of a recorded annual clock (vuosikellon tapahtuma) as a store keeps it: the
 * occurrence as it was planned (day, time, who is booked), whose clock it belongs to, its latest status
 * mark and its version for optimistic locking. Planned activities start at version 1 without a mark;
 * every mark makes the next version. Times are whole seconds, as calendar invitations carry them, so
 * that every store keeps them exactly.
 *
 * @param scope whose clock it was planned in
 * @param occurrence the template's occurrence: day, start (empty for all-day marks), duration, people
 * @param mark the latest mark, empty while it was never marked
 * @param version the version number, at least 1
 */
public record ClockActivity(ClockScope scope, Occurrence occurrence, Optional<ActivityMark> mark, long version) {

    /**
     * The order of every list of activities: by day, all-day marks before timed ones, by start, by template
     * id (as Java compares strings), then by scope — the order of {@link AnnualClock}'s occurrences.
     */
    public static final Comparator<ClockActivity> ORDER = Comparator
            .comparing((ClockActivity a) -> a.occurrence().date())
            .thenComparing(a -> a.occurrence().start().orElse(null), Comparator.nullsFirst(Comparator.naturalOrder()))
            .thenComparing(a -> a.occurrence().template().value())
            .thenComparing(ClockActivity::scope, ClockScope.ORDER);

    public ClockActivity {
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(occurrence, "occurrence must not be null");
        Objects.requireNonNull(mark, "mark must not be null");
        checkArgument(version >= 1, "activity versions start at 1: %s", version);
        occurrence.start().ifPresent(s -> checkArgument(s.getNano() == 0,
                "an activity starts on a whole second: %s", s));
        checkArgument(occurrence.duration().getNano() == 0, "an activity lasts whole seconds: %s",
                occurrence.duration());
    }

    /** A newly planned activity: version 1, not marked. */
    public static ClockActivity planned(ClockScope scope, Occurrence occurrence) {
        return new ClockActivity(scope, occurrence, Optional.empty(), 1);
    }

    /**
     * Every occurrence of the clock as a newly planned activity of the scope, in the clock's order.
     *
     * @throws IllegalArgumentException if the clock has two occurrences of one template on one day (a store
     *     keeps one activity per template and day), or a time that is not whole seconds
     * @throws NullPointerException if an argument is null
     */
    public static List<ClockActivity> plannedFrom(ClockScope scope, AnnualClock clock) {
        Objects.requireNonNull(scope, "scope must not be null");
        Objects.requireNonNull(clock, "clock must not be null");
        Set<ActivityKey> keys = new HashSet<>();
        List<ClockActivity> result = new ArrayList<>();
        for (Occurrence occurrence : clock.occurrences()) {
            ClockActivity activity = planned(scope, occurrence);
            checkArgument(keys.add(activity.key()), "the clock has %s twice on %s", occurrence.template(),
                    occurrence.date());
            result.add(activity);
        }
        return List.copyOf(result);
    }

    /** Which activity this is: scope, template and day. */
    public ActivityKey key() {
        return new ActivityKey(scope, occurrence.template(), occurrence.date());
    }

    /** Held, cancelled or planned: the latest mark's status, planned while never marked. */
    public ActivityStatus status() {
        return mark.map(ActivityMark::status).orElse(ActivityStatus.PLANNED);
    }

    /** The next version of this activity with the mark. */
    public ClockActivity marked(ActivityMark newMark) {
        Objects.requireNonNull(newMark, "newMark must not be null");
        return new ClockActivity(scope, occurrence, Optional.of(newMark), version + 1);
    }

    /** What the compliance check needs of it: template, day and status. */
    public ActivityRecord record() {
        return new ActivityRecord(occurrence.template(), occurrence.date(), status());
    }
}
