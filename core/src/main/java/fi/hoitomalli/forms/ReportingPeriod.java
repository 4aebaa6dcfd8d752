package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * A period that feedback summaries are made for (raportointijakso): an ISO week, a month, a half-year,
 * a year (the cadences of the care model), or a custom range. Each knows its days and the previous
 * period of the same kind, for comparisons.
 */
public sealed interface ReportingPeriod permits ReportingPeriod.IsoWeek, ReportingPeriod.Month,
        ReportingPeriod.HalfYear, ReportingPeriod.Year, ReportingPeriod.Custom {

    /** The days of the period. */
    DateRange range();

    /** The period of the same kind just before this one (a custom range: as many days just before). */
    ReportingPeriod previous();

    /**
     * An ISO-8601 week (viikko), Monday to Sunday.
     *
     * @param weekBasedYear the week-based year
     * @param week the week number, 1–52 or 53 when the year has it
     */
    record IsoWeek(int weekBasedYear, int week) implements ReportingPeriod {
        public IsoWeek {
            checkArgument(weekBasedYear >= 1900 && weekBasedYear <= 2999, "year outside 1900–2999: %s", weekBasedYear);
            checkArgument(week >= 1 && week <= weeksIn(weekBasedYear), "week %s outside 1–%s", week,
                    weeksIn(weekBasedYear));
        }

        /** The ISO week containing the day. */
        public static IsoWeek containing(LocalDate day) {
            return new IsoWeek(day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        }

        private static int weeksIn(int year) {
            return (int) LocalDate.of(year, 6, 1).range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum();
        }

        @Override
        public DateRange range() {
            LocalDate monday = LocalDate.of(weekBasedYear, 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
                    .with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            return new DateRange(monday, monday.plusDays(6));
        }

        @Override
        public IsoWeek previous() {
            return containing(range().from().minusDays(1));
        }
    }

    /**
     * A calendar month (kuukausi).
     *
     * @param month the month
     */
    record Month(YearMonth month) implements ReportingPeriod {
        public Month {
            Objects.requireNonNull(month, "month must not be null");
        }

        @Override
        public DateRange range() {
            return new DateRange(month.atDay(1), month.atEndOfMonth());
        }

        @Override
        public Month previous() {
            return new Month(month.minusMonths(1));
        }
    }

    /**
     * A half-year (puolivuotiskausi): January–June or July–December.
     *
     * @param year the year
     * @param half 1 or 2
     */
    record HalfYear(int year, int half) implements ReportingPeriod {
        public HalfYear {
            checkArgument(half == 1 || half == 2, "half must be 1 or 2: %s", half);
        }

        @Override
        public DateRange range() {
            return half == 1 ? new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 6, 30))
                    : new DateRange(LocalDate.of(year, 7, 1), LocalDate.of(year, 12, 31));
        }

        @Override
        public HalfYear previous() {
            return half == 2 ? new HalfYear(year, 1) : new HalfYear(year - 1, 2);
        }
    }

    /**
     * A calendar year (vuosi).
     *
     * @param year the year
     */
    record Year(int year) implements ReportingPeriod {
        @Override
        public DateRange range() {
            return new DateRange(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        }

        @Override
        public Year previous() {
            return new Year(year - 1);
        }
    }

    /**
     * Any range of days.
     *
     * @param days the range
     */
    record Custom(DateRange days) implements ReportingPeriod {
        public Custom {
            Objects.requireNonNull(days, "days must not be null");
        }

        @Override
        public DateRange range() {
            return days;
        }

        @Override
        public Custom previous() {
            LocalDate to = days.from().minusDays(1);
            return new Custom(new DateRange(to.minusDays(days.days() - 1), to));
        }
    }
}
