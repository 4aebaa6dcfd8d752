package fi.hoitomalli.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * When the payroll runs (palkka-ajot) are: the days that need quiet, precise work (PH-6). Data, not
 * code: either a monthly rule or a list of dates from the payroll system.
 */
public sealed interface PayrollRuns permits PayrollRuns.Monthly, PayrollRuns.Listed {

    /** Two runs a month, on the 10th and the 25th (moved back to the previous working day). */
    static PayrollRuns vantaaDefault() {
        return new Monthly(List.of(10, 25));
    }

    /**
     * Whether the date is a payroll-run day.
     *
     * @param date the day
     * @param closed whether a day is closed (weekend or holiday) — used to move a nominal day back
     */
    boolean isRunDay(LocalDate date, java.util.function.Predicate<LocalDate> closed);

    /**
     * Runs on nominal days of every month; a nominal day that falls on a closed day moves back to the
     * previous open day. Days past the month's length mean its last day.
     *
     * @param daysOfMonth nominal days, 1–31, at least one, no duplicates
     */
    record Monthly(List<Integer> daysOfMonth) implements PayrollRuns {
        public Monthly {
            daysOfMonth = ImmutableList.copyOf(ImmutableSortedSet.copyOf(
                    Objects.requireNonNull(daysOfMonth, "daysOfMonth must not be null")));
            checkArgument(!daysOfMonth.isEmpty(), "at least one payroll run a month");
            daysOfMonth.forEach(d -> checkArgument(d >= 1 && d <= 31, "payroll day %s outside 1–31", d));
        }

        @Override
        public boolean isRunDay(LocalDate date, java.util.function.Predicate<LocalDate> closed) {
            if (closed.test(date)) {
                return false;
            }
            for (int nominal : daysOfMonth) {
                LocalDate run = date.withDayOfMonth(Math.min(nominal, date.lengthOfMonth()));
                while (closed.test(run)) {
                    run = run.minusDays(1);
                }
                if (run.equals(date)) {
                    return true;
                }
            }
            return false;
        }
    }

    /**
     * Runs on exactly the listed dates (e.g. exported from the payroll system).
     *
     * @param dates the run days
     */
    record Listed(Set<LocalDate> dates) implements PayrollRuns {
        public Listed {
            dates = ImmutableSortedSet.copyOf(Objects.requireNonNull(dates, "dates must not be null"));
        }

        @Override
        public boolean isRunDay(LocalDate date, java.util.function.Predicate<LocalDate> closed) {
            return dates.contains(date);
        }
    }
}
