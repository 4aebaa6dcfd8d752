package fi.hoitomalli.forms;

import java.time.LocalDate;
import fi.hoitomalli.calendar.WorkingCalendar;

/**
 * Working days between two dates in constant time inside a window (a prefix count of working days),
 * falling back to the calendar outside it. Same result as {@link WorkingCalendar#workingDaysBetween}.
 */
final class WorkingDayIndex {

    private final WorkingCalendar calendar;
    private final long firstDay;
    private final int[] cumulative;

    WorkingDayIndex(WorkingCalendar calendar, LocalDate from, LocalDate to) {
        this.calendar = calendar;
        this.firstDay = from.toEpochDay();
        int size = (int) (to.toEpochDay() - firstDay + 1);
        this.cumulative = new int[size];
        int count = 0;
        for (int i = 0; i < size; i++) {
            if (calendar.isWorkingDay(LocalDate.ofEpochDay(firstDay + i))) {
                count++;
            }
            cumulative[i] = count;
        }
    }

    /** Working days after {@code from} up to and including {@code to}; zero when {@code to} is not after it. */
    int between(LocalDate from, LocalDate to) {
        long a = from.toEpochDay() - firstDay;
        long b = to.toEpochDay() - firstDay;
        if (a < 0 || b >= cumulative.length) {
            return calendar.workingDaysBetween(from, to);
        }
        return b <= a ? 0 : cumulative[(int) b] - cumulative[(int) a];
    }
}
