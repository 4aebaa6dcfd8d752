package fi.hoitomalli.phone;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import fi.hoitomalli.team.SecretaryId;

/**
 * A published phone window on a concrete date (PH-6, PH-7, PH-10): local date and times, interpreted in
 * the plan's zone, and who answers it.
 *
 * @param date the day
 * @param owner the secretary whose published window it is
 * @param start local start
 * @param end local end, after {@code start}
 * @param answeredBy who answers the owner's customers in it
 */
public record DatedWindow(LocalDate date, SecretaryId owner, LocalTime start, LocalTime end, Answerer answeredBy) {
    public DatedWindow {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        Objects.requireNonNull(answeredBy, "answeredBy must not be null");
        checkArgument(start.isBefore(end), "window of %s on %s ends before it starts", owner, date);
    }

    /** The length in minutes. */
    public int minutes() {
        return (end.toSecondOfDay() - start.toSecondOfDay()) / 60;
    }

    /** The start as a zoned moment (PH-10: a local time in a DST gap moves forward, as java.time does). */
    public ZonedDateTime startIn(ZoneId zone) {
        return ZonedDateTime.of(date, start, zone);
    }

    /** The end as a zoned moment. */
    public ZonedDateTime endIn(ZoneId zone) {
        return ZonedDateTime.of(date, end, zone);
    }

    /** The same window answered by someone else (used to edit a plan by hand). */
    public DatedWindow answeredBy(Answerer other) {
        return new DatedWindow(date, owner, start, end, other);
    }
}
