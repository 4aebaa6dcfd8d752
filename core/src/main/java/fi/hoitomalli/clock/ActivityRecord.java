package fi.hoitomalli.clock;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What is known of one dated activity for the compliance check: which template, which day, and
 * whether it was held, is planned or was cancelled.
 *
 * @param template the template it belongs to
 * @param date its day
 * @param status held, planned or cancelled
 */
public record ActivityRecord(TemplateId template, LocalDate date, ActivityStatus status) {
    public ActivityRecord {
        Objects.requireNonNull(template, "template must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(status, "status must not be null");
    }

    /** Every occurrence of the clock as a planned activity (the starting point before anything is held). */
    public static List<ActivityRecord> plannedFrom(AnnualClock clock) {
        return clock.occurrences().stream()
                .map(o -> new ActivityRecord(o.template(), o.date(), ActivityStatus.PLANNED)).toList();
    }
}
