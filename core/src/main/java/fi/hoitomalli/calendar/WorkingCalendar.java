package fi.hoitomalli.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableSortedSet;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * A team's working calendar: Monday to Friday minus Finnish public holidays and the city's extra closed
 * days, with payroll-run days marked, in the team's time zone (PH-10). Working-day arithmetic for due
 * dates and absences.
 *
 * @param zone the zone local times are interpreted in
 * @param payrollRuns when the payroll runs are
 * @param extraClosedDays additional closed days of the city (e.g. a bridge day), may be empty
 */
public record WorkingCalendar(ZoneId zone, PayrollRuns payrollRuns, Set<LocalDate> extraClosedDays) {

    /** Europe/Helsinki, the default zone of the library. */
    public static final ZoneId HELSINKI = ZoneId.of("Europe/Helsinki");

    public WorkingCalendar {
        Objects.requireNonNull(zone, "zone must not be null");
        Objects.requireNonNull(payrollRuns, "payrollRuns must not be null");
        extraClosedDays = ImmutableSortedSet.copyOf(
                Objects.requireNonNull(extraClosedDays, "extraClosedDays must not be null"));
    }

    /** Vantaa's defaults: Europe/Helsinki, runs on the 10th and 25th, no extra closed days. */
    public static WorkingCalendar vantaaDefault() {
        return new WorkingCalendar(HELSINKI, PayrollRuns.vantaaDefault(), Set.of());
    }

    /** Whether work is done on the date: not a weekend, a Finnish holiday or an extra closed day. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY
                && !FinnishHolidays.isHoliday(date) && !extraClosedDays.contains(date);
    }

    /** Whether the date is a payroll-run day (always a working day). */
    public boolean isPayrollRunDay(LocalDate date) {
        return isWorkingDay(date) && payrollRuns.isRunDay(date, d -> !isWorkingDay(d));
    }

    /** The first working day on or after the date. */
    public LocalDate nextWorkingDayOnOrAfter(LocalDate date) {
        LocalDate day = date;
        while (!isWorkingDay(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /**
     * The working day {@code n} working days after the date ({@code n ≥ 0}); for {@code n = 0} the first
     * working day on or after it. Counting starts on the next day: Friday plus one is Monday.
     *
     * @throws IllegalArgumentException if n is negative
     */
    public LocalDate plusWorkingDays(LocalDate date, int n) {
        checkArgument(n >= 0, "working days to add must not be negative: %s", n);
        if (n == 0) {
            return nextWorkingDayOnOrAfter(date);
        }
        LocalDate day = date;
        int left = n;
        while (left > 0) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                left--;
            }
        }
        return day;
    }

    /**
     * The number of working days after {@code from} up to and including {@code to}; zero when
     * {@code to} is not after {@code from}. E.g. from Friday to the next Monday is 1.
     */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            if (isWorkingDay(day)) {
                count++;
            }
        }
        return count;
    }

    /** The number of working days in the closed range {@code [from, to]}. */
    public int workingDaysIn(LocalDate from, LocalDate to) {
        return from.isAfter(to) ? 0 : workingDaysBetween(from.minusDays(1), to);
    }
}
