package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A feedback summary (palauteyhteenveto) for a period, broken down by the chosen dimensions: the total
 * and one row per non-empty group, rows ordered by key. Counts are conserved: the rows add up to the total.
 *
 * @param period the period
 * @param dimensions the breakdown, possibly empty (total only); no dimension twice
 * @param asOf the day overdue is judged on
 * @param total the figures of the whole period
 * @param rows one row per group
 */
public record FeedbackSummary(ReportingPeriod period, List<Dimension> dimensions, LocalDate asOf, Figures total,
                              List<SummaryRow> rows) {
    public FeedbackSummary {
        Objects.requireNonNull(period, "period must not be null");
        dimensions = ImmutableList.copyOf(Objects.requireNonNull(dimensions, "dimensions must not be null"));
        Objects.requireNonNull(asOf, "asOf must not be null");
        Objects.requireNonNull(total, "total must not be null");
        rows = ImmutableList.copyOf(Objects.requireNonNull(rows, "rows must not be null"));
        checkArgument(dimensions.stream().distinct().count() == dimensions.size(), "a dimension is repeated");
        for (SummaryRow row : rows) {
            checkArgument(row.key().size() == dimensions.size(), "row key %s does not match the dimensions", row.key());
        }
    }

    /** The row of the key, if that group had feedback. */
    public Optional<SummaryRow> row(List<String> key) {
        return rows.stream().filter(r -> r.key().equals(key)).findFirst();
    }
}
