package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Objects;
import java.util.OptionalInt;

/**
 * The key figures of a group of feedback (tunnusluvut). Response times are in working days of the
 * working calendar from receipt to answer; percentiles use the nearest-rank method, so they are always
 * one of the observed response times.
 *
 * @param count how many feedback were received
 * @param responded how many of them are answered
 * @param overdue how many are unanswered past their due date on the summary's as-of day
 * @param answeredLate how many were answered after their due date
 * @param medianResponseDays the median response time, empty when none is answered
 * @param p90ResponseDays the 90th-percentile response time, empty when none is answered
 */
public record Figures(long count, long responded, long overdue, long answeredLate,
                     OptionalInt medianResponseDays, OptionalInt p90ResponseDays) {
    public Figures {
        checkArgument(count >= 0 && responded >= 0 && overdue >= 0 && answeredLate >= 0, "counts must not be negative");
        checkArgument(responded <= count && overdue + responded <= count && answeredLate <= responded,
                "inconsistent counts");
        Objects.requireNonNull(medianResponseDays, "medianResponseDays must not be null");
        Objects.requireNonNull(p90ResponseDays, "p90ResponseDays must not be null");
    }

    /** The share of answered feedback, 0–1; 0 when there is none. */
    public double responseRate() {
        return count == 0 ? 0.0 : (double) responded / count;
    }
}
