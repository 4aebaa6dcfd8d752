package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A closed range of days {@code [from, to]} (aikaväli), e.g. a reporting period or a query window.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record DateRange(LocalDate from, LocalDate to) {
    public DateRange {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        checkArgument(!to.isBefore(from), "range ends (%s) before it starts (%s)", to, from);
    }

    /** A range of one day. */
    public static DateRange day(LocalDate day) {
        return new DateRange(day, day);
    }

    /** Whether the day lies inside the range. */
    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The number of days in the range (at least 1). */
    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }
}
