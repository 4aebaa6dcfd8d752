package fi.hoitomalli.plan;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The calendar period a computed metric looks at, e.g. "the share of positive feedback this half-year"
 * — the same periods as the feedback summaries (monthly, quarterly, half-yearly, yearly).
 */
public enum MetricPeriod {
    MONTH(1),
    QUARTER(3),
    HALF_YEAR(6),
    YEAR(12);

    private final int months;

    MetricPeriod(int months) {
        this.months = months;
    }

    /** The period of this length that contains the date, e.g. H1 2027 for 12 March 2027. */
    public MetricWindow containing(LocalDate date) {
        Objects.requireNonNull(date, "date must not be null");
        int firstMonth = ((date.getMonthValue() - 1) / months) * months + 1;
        LocalDate from = LocalDate.of(date.getYear(), firstMonth, 1);
        LocalDate to = from.plusMonths(months - 1L).with(TemporalAdjusters.lastDayOfMonth());
        return new MetricWindow(from, to);
    }
}
