package fi.hoitomalli.clock;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSet;
import fi.hoitomalli.meeting.Participant;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One dated activity of a concrete year's annual clock: a template's occurrence on a day, at a time
 * (scheduled activities) or all day (payroll runs).
 *
 * @param template the template it comes from
 * @param date the day
 * @param start the start time, empty for all-day marks
 * @param duration how long it takes (zero for all-day marks)
 * @param people who is booked
 */
public record Occurrence(TemplateId template, LocalDate date, Optional<LocalTime> start, Duration duration,
                         Set<Participant> people) {
    public Occurrence {
        Objects.requireNonNull(template, "template must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(duration, "duration must not be null");
        checkArgument(!duration.isNegative(), "duration must not be negative");
        people = ImmutableSet.copyOf(Objects.requireNonNull(people, "people must not be null"));
        checkArgument(start.isPresent() || people.isEmpty(), "an all-day mark books nobody");
        start.ifPresent(s -> checkArgument(!s.plus(duration).isBefore(s) || duration.isZero(),
                "an occurrence must end on the day it starts"));
    }

    /** Whether this and the other occurrence book somebody at overlapping times on the same day. */
    public boolean clashesWith(Occurrence other) {
        if (start.isEmpty() || other.start.isEmpty() || !date.equals(other.date)) {
            return false;
        }
        boolean overlap = start.get().isBefore(other.end().orElseThrow()) && other.start.get().isBefore(end().orElseThrow());
        return overlap && people.stream().anyMatch(other.people::contains);
    }

    /** The end time, empty for all-day marks. */
    public Optional<LocalTime> end() {
        return start.map(s -> s.plus(duration));
    }
}
