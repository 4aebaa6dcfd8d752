package fi.hoitomalli.phone;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * The next published window in which somebody answers a customer's calls: who and when (local date and
 * times in the zone, PH-10).
 *
 * @param answerer who will answer
 * @param date the day
 * @param start local start
 * @param end local end
 * @param zone the zone of the times
 */
public record NextWindow(Answerer answerer, LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
    public NextWindow {
        Objects.requireNonNull(answerer, "answerer must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(start, "start must not be null");
        Objects.requireNonNull(end, "end must not be null");
        Objects.requireNonNull(zone, "zone must not be null");
    }

    /** When it opens, as a zoned moment. */
    public ZonedDateTime opensAt() {
        return ZonedDateTime.of(date, start, zone);
    }
}
