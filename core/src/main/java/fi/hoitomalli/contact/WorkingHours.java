package fi.hoitomalli.contact;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalTime;
import java.util.Objects;

/**
 * A team's working hours on one weekday (työaika), local time in the team's zone.
 *
 * @param start when work starts
 * @param end when it ends, after {@code start}
 */
public record WorkingHours(LocalTime start, LocalTime end) {
    public WorkingHours {
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        checkArgument(start.isBefore(end), "working hours must start (%s) before they end (%s)", start, end);
    }
}
