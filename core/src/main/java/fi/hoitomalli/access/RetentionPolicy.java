package fi.hoitomalli.access;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/**
 * Rule AX-2: how long the free text of the forms is kept (säilytysaika). Free text can hold personal
 * data; after the retention period it is anonymised while counts and categories stay.
 *
 * @param retention how long free text is kept after the record's date; positive
 */
public record RetentionPolicy(Period retention) {

    /** AX-2 default: 24 months. */
    public static final Period DEFAULT_RETENTION = Period.ofMonths(24);

    public RetentionPolicy {
        Objects.requireNonNull(retention, "retention must not be null");
        checkArgument(!retention.isNegative() && !retention.isZero(), "retention must be positive: %s", retention);
    }

    /** The default policy of 24 months. */
    public static RetentionPolicy defaults() {
        return new RetentionPolicy(DEFAULT_RETENTION);
    }

    /** The first date whose records keep their text on {@code today}: records dated before it are anonymised. */
    public LocalDate cutoff(LocalDate today) {
        return Objects.requireNonNull(today, "today must not be null").minus(retention);
    }

    /** Whether a record of the date is past retention on {@code today}. */
    public boolean isExpired(LocalDate recordDate, LocalDate today) {
        return recordDate.isBefore(cutoff(today));
    }
}
