package fi.hoitomalli.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import fi.hoitomalli.team.SecretaryId;

/**
 * A secretary's absence (poissaolo) over a closed date range. PH-7: an absence of at most
 * {@link #SHORT_LIMIT_WORKING_DAYS} working days is short and not substituted; a longer one is.
 *
 * @param secretary who is away
 * @param from the first day away
 * @param to the last day away, not before {@code from}
 * @param kind why
 */
public record Absence(SecretaryId secretary, LocalDate from, LocalDate to, AbsenceKind kind) {

    /** PH-7: absences of at most this many working days are short. */
    public static final int SHORT_LIMIT_WORKING_DAYS = 2;

    public Absence {
        Objects.requireNonNull(secretary, "secretary must not be null");
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        checkArgument(!to.isBefore(from), "absence of %s ends (%s) before it starts (%s)", secretary, to, from);
    }

    /** Whether the secretary is away on the date. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** PH-7: whether the absence lasts more than two working days in the calendar, so it is substituted. */
    public boolean isLong(WorkingCalendar calendar) {
        return calendar.workingDaysIn(from, to) > SHORT_LIMIT_WORKING_DAYS;
    }
}
