package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import fi.hoitomalli.team.SecretaryId;

/**
 * One entry of a weekly template: the secretary's phone window (puhelinaika) on a weekday, in local time.
 *
 * @param secretary whose window
 * @param day the weekday
 * @param start when it starts
 * @param end when it ends, after {@code start}
 */
public record PhoneWindow(SecretaryId secretary, DayOfWeek day, LocalTime start, LocalTime end) {
    public PhoneWindow {
        Objects.requireNonNull(secretary, "secretary must not be null");
        Objects.requireNonNull(day, "day must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        checkArgument(start.isBefore(end), "window of %s on %s ends (%s) before it starts (%s)", secretary, day, end, start);
    }

    /** The length in minutes. */
    public int minutes() {
        return (end.toSecondOfDay() - start.toSecondOfDay()) / 60;
    }

    /** Whether the two windows share a moment. */
    public boolean overlaps(PhoneWindow other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }
}
