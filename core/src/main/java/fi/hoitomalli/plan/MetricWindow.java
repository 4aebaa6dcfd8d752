package fi.hoitomalli.plan;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed date range a metric is computed over.
 *
 * @param from the first day
 * @param to the last day, not before {@code from}
 */
public record MetricWindow(LocalDate from, LocalDate to) {
    public MetricWindow {
        Objects.requireNonNull(from, "from must not be null");
        Objects.requireNonNull(to, "to must not be null");
        checkArgument(!to.isBefore(from), "window ends %s before it starts %s", to, from);
    }

    @Override
    public String toString() {
        return from + "–" + to;
    }
}
