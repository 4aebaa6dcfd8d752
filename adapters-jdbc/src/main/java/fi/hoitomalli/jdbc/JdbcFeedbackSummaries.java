package fi.hoitomalli.jdbc;

import static com.google.common.base.Preconditions.checkArgument;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.TreeMap;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.Dimension;
import fi.hoitomalli.forms.FeedbackSummaries;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.forms.Figures;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.SummaryRow;

/**
 * Feedback summaries (palauteyhteenvedot) computed in the database: the records of {@code hm_feedback}
 * are first grouped by their received and responded days and breakdown columns (index V8), then those
 * groups by the breakdown and the response time in working days, the latter from a day table sent with
 * the query (each day of the period and after it with its running count of
 * working days, month and ISO week). The database returns a few thousand groups, not the records; the
 * median and 90th percentile come from the groups' histogram. The figures equal those of the core's
 * {@link FeedbackSummaries} over the same records, for responses up to 400 days after the period or up
 * to {@code asOf}, whichever is later.
 */
final class JdbcFeedbackSummaries {

    private static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    private final Jdbc jdbc;
    private final WorkingCalendar calendar;

    JdbcFeedbackSummaries(Jdbc jdbc, WorkingCalendar calendar) {
        this.jdbc = Objects.requireNonNull(jdbc, "jdbc must not be null");
        this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
    }

    FeedbackSummary summarise(ReportingPeriod period, List<Dimension> dimensions, LocalDate asOf) {
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(dimensions, "dimensions must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        checkArgument(dimensions.stream().distinct().count() == dimensions.size(), "a dimension is repeated");
        DateRange range = period.range();
        LocalDate last = range.to().plusDays(400);
        if (asOf.isAfter(last)) {
            last = asOf;
        }
        List<LocalDate> days = range.from().datesUntil(last.plusDays(1)).toList();
        List<String> columns = dimensions.stream().map(JdbcFeedbackSummaries::column).toList();
        String groups = columns.isEmpty() ? "" : String.join(", ", columns) + ", ";
        // the records are first grouped by their own columns (received and responded days, breakdown),
        // which leaves far fewer rows to join with the day table than joining every record
        List<String> inner = new ArrayList<>();
        for (int d = 0; d < dimensions.size(); d++) {
            if (!dimensions.get(d).equals(Dimension.MONTH) && !dimensions.get(d).equals(Dimension.ISO_WEEK)) {
                inner.add(recordColumn(dimensions.get(d)) + " AS dim_" + dimensions.get(d).ordinal());
            }
        }
        String innerGroups = inner.stream().map(c -> c.substring(0, c.lastIndexOf(" AS ")) + ", ")
                .reduce("", String::concat);
        String innerColumns = inner.stream().map(c -> c + ", ").reduce("", String::concat);
        // PostgreSQL materialises a CTE used twice, which rules out a parallel plan: inline it
        StringBuilder sql = new StringBuilder("WITH wd (wd_day, wd_idx, wd_month, wd_week) AS "
                + (jdbc.vendor() == Vendor.POSTGRESQL ? "NOT MATERIALIZED " : "") + "(VALUES ");
        // H2 types the columns of a VALUES list of parameters as text unless told
        String valuesRow = jdbc.vendor() == Vendor.H2
                ? "(CAST(? AS DATE), CAST(? AS INTEGER), CAST(? AS VARCHAR(8)), CAST(? AS VARCHAR(8)))"
                : "(?, ?, ?, ?)";
        for (int i = 0; i < days.size(); i++) {
            sql.append(i == 0 ? valuesRow : ", " + valuesRow);
        }
        sql.append(") SELECT ").append(groups).append("r.wd_idx - q.wd_idx AS days, SUM(f.n) AS n, ")
                .append("SUM(f.overdue) AS overdue, SUM(f.late) AS late FROM (SELECT ").append(innerColumns)
                .append("f.received, f.responded_on, COUNT(*) AS n, ")
                .append("SUM(CASE WHEN f.responded_on IS NULL AND f.due_date < ? THEN 1 ELSE 0 END) AS overdue, ")
                .append("SUM(CASE WHEN f.responded_on > f.due_date THEN 1 ELSE 0 END) AS late ")
                .append("FROM hm_feedback f WHERE f.received >= ? AND f.received <= ? GROUP BY ").append(innerGroups)
                .append("f.received, f.responded_on) f ")
                .append("JOIN wd q ON q.wd_day = f.received LEFT JOIN wd r ON r.wd_day = f.responded_on GROUP BY ")
                .append(groups).append("r.wd_idx - q.wd_idx");
        return jdbc.inTransaction("summarise feedback", connection -> {
            Map<List<String>, Accumulator> rows = new HashMap<>();
            Accumulator total = new Accumulator();
            if (jdbc.vendor() == Vendor.POSTGRESQL) {
                // compiling this short query with JIT costs more than it saves
                try (Statement jit = connection.createStatement()) {
                    jit.execute("SET LOCAL jit = off");
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(sql.toString())) {
                int p = bindDays(statement, days);
                statement.setObject(++p, asOf);
                statement.setObject(++p, range.from());
                statement.setObject(++p, range.to());
                try (ResultSet row = statement.executeQuery()) {
                    while (row.next()) {
                        List<String> key = new ArrayList<>(columns.size());
                        for (int d = 1; d <= columns.size(); d++) {
                            key.add(row.getString(d));
                        }
                        int responseDays = row.getInt("days");
                        if (row.wasNull()) {
                            responseDays = -1;
                        }
                        long n = row.getLong("n");
                        long overdue = row.getLong("overdue");
                        long late = row.getLong("late");
                        rows.computeIfAbsent(List.copyOf(key), k -> new Accumulator()).add(responseDays, n, overdue, late);
                        total.add(responseDays, n, overdue, late);
                    }
                }
            }
            List<SummaryRow> summaryRows = rows.entrySet().stream()
                    .map(e -> new SummaryRow(e.getKey(), e.getValue().figures()))
                    .sorted(Comparator.comparing(SummaryRow::key, KEY_ORDER))
                    .toList();
            return new FeedbackSummary(period, dimensions, asOf, total.figures(), summaryRows);
        });
    }

    /** Binds each day with its running count of working days, its month and its ISO week label. */
    private int bindDays(PreparedStatement statement, List<LocalDate> days) throws SQLException {
        int p = 0;
        int index = 0;
        LocalDate previous = null;
        for (LocalDate day : days) {
            if (previous != null) {
                index += calendar.workingDaysBetween(previous, day);
            }
            statement.setObject(++p, day);
            statement.setInt(++p, index);
            statement.setString(++p, String.format("%04d-%02d", day.getYear(), day.getMonthValue()));
            statement.setString(++p, String.format("%04d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR),
                    day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
            previous = day;
        }
        return p;
    }

    /** The breakdown column in the outer query: a column of the grouped records or of the day table. */
    private static String column(Dimension dimension) {
        return switch (dimension) {
            case MONTH -> "q.wd_month";
            case ISO_WEEK -> "q.wd_week";
            default -> "f.dim_" + dimension.ordinal();
        };
    }

    /** The breakdown column of a record. */
    private static String recordColumn(Dimension dimension) {
        return switch (dimension) {
            case TEAM -> "f.team_id";
            case SECTOR -> "f.sector_id";
            case ROLE -> "f.role";
            case AGREEMENT -> "COALESCE(f.agreement, '" + FeedbackSummaries.NONE + "')";
            case KIND -> "f.kind";
            case REASON -> "f.reason";
            case CHANNEL -> "f.channel";
            case MONTH, ISO_WEEK -> throw new IllegalArgumentException("not a column of the record: " + dimension);
        };
    }

    /** The figures of one group of the summary, from the database's sub-groups by response time. */
    private static final class Accumulator {
        private long count;
        private long responded;
        private long overdue;
        private long late;
        private final TreeMap<Integer, Long> histogram = new TreeMap<>();

        void add(int responseDays, long n, long overdueCount, long lateCount) {
            count += n;
            overdue += overdueCount;
            late += lateCount;
            if (responseDays >= 0) {
                responded += n;
                histogram.merge(responseDays, n, Long::sum);
            }
        }

        Figures figures() {
            return new Figures(count, responded, overdue, late, percentile(0.5), percentile(0.9));
        }

        /** Nearest rank, as the core computes it. */
        private OptionalInt percentile(double p) {
            if (responded == 0) {
                return OptionalInt.empty();
            }
            long rank = (long) Math.ceil(p * responded);
            long seen = 0;
            for (Map.Entry<Integer, Long> bucket : histogram.entrySet()) {
                seen += bucket.getValue();
                if (seen >= rank) {
                    return OptionalInt.of(bucket.getKey());
                }
            }
            throw new IllegalStateException("histogram does not hold " + responded + " responses");
        }
    }
}
