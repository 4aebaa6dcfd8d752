package fi.hoitomalli.calendar;

import java.time.LocalDate;
import java.util.Objects;
import fi.hoitomalli.common.LocalizedText;

/**
 * A Finnish public holiday (arkipyhä / pyhäpäivä) or de facto non-working day such as Midsummer Eve.
 *
 * @param date the day
 * @param name the holiday's name in fi/sv/en
 */
public record Holiday(LocalDate date, LocalizedText name) {
    public Holiday {
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(name, "name must not be null");
    }
}
