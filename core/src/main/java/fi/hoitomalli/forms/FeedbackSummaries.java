package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.Resource;
import fi.hoitomalli.access.SummaryScope;
import fi.hoitomalli.calendar.WorkingCalendar;

/**
 * Computes feedback summaries (palauteyhteenvedot) for a period and a breakdown: counts, response rate,
 * median and 90th-percentile response time in working days, overdue and late counts, and the comparison
 * with the previous period. One pass over the records with integer-coded groups and a working-day index,
 * so a year of a million feedback summarises in well under a second. Thread-safe.
 */
public final class FeedbackSummaries {

    /** Orders summary keys element by element. */
    static final Comparator<List<String>> KEY_ORDER = (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
            int c = a.get(i).compareTo(b.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.size(), b.size());
    };

    /** The key value of a missing agreement. */
    public static final String NONE = "-";

    private final WorkingCalendar calendar;

    /** @param calendar the working calendar response times are counted in */
    public FeedbackSummaries(WorkingCalendar calendar) {
        this.calendar = Objects.requireNonNull(calendar, "calendar must not be null");
    }

    /**
     * The summary of the records received in the period (others are ignored).
     *
     * @param records any feedback records
     * @param period the period
     * @param dimensions the breakdown (no dimension twice), possibly empty
     * @param asOf the day overdue is judged on
     */
    public FeedbackSummary summarise(Collection<? extends FeedbackReport> records, ReportingPeriod period,
                                     List<Dimension> dimensions, LocalDate asOf) {
        Objects.requireNonNull(records, "records must not be null");
        Objects.requireNonNull(period, "period must not be null");
        Objects.requireNonNull(dimensions, "dimensions must not be null");
        Objects.requireNonNull(asOf, "asOf must not be null");
        checkArgument(dimensions.stream().distinct().count() == dimensions.size(), "a dimension is repeated");
        DateRange range = period.range();
        Dimension[] dims = dimensions.toArray(new Dimension[0]);
        WorkingDayIndex index = new WorkingDayIndex(calendar, range.from(), range.to().plusDays(400));
        List<Map<Object, Integer>> codes = new ArrayList<>();
        List<List<String>> labels = new ArrayList<>();
        for (int i = 0; i < dims.length; i++) {
            codes.add(new HashMap<>());
            labels.add(new ArrayList<>());
        }
        Map<GroupKey, Accumulator> groups = new HashMap<>();
        Accumulator total = new Accumulator();
        int[] probe = new int[dims.length];
        for (FeedbackReport record : records) {
            FeedbackDetails d = record.details();
            if (!range.contains(d.received())) {
                continue;
            }
            for (int i = 0; i < dims.length; i++) {
                probe[i] = code(dims[i], d, codes.get(i), labels.get(i));
            }
            GroupKey probeKey = new GroupKey(probe);
            Accumulator acc = groups.get(probeKey);
            if (acc == null) {
                acc = new Accumulator();
                groups.put(new GroupKey(probe.clone()), acc);
            }
            int days = responseDays(record, index);
            boolean overdue = record.isOverdue(asOf);
            boolean late = record.answeredLate();
            acc.add(days, overdue, late);
            total.add(days, overdue, late);
        }
        List<SummaryRow> rows = new ArrayList<>(groups.size());
        groups.forEach((key, acc) -> {
            List<String> names = new ArrayList<>(dims.length);
            for (int i = 0; i < dims.length; i++) {
                names.add(labels.get(i).get(key.codes[i]));
            }
            rows.add(new SummaryRow(names, acc.figures()));
        });
        rows.sort(Comparator.comparing(SummaryRow::key, KEY_ORDER));
        return new FeedbackSummary(period, dimensions, asOf, total.figures(), rows);
    }

    /** The summary of the period next to the one of the previous period, with the same breakdown. */
    public SummaryComparison compare(Collection<? extends FeedbackReport> records, ReportingPeriod period,
                                     List<Dimension> dimensions, LocalDate asOf) {
        return new SummaryComparison(summarise(records, period, dimensions, asOf),
                summarise(records, period.previous(), dimensions, asOf));
    }

    /**
     * The summary of a scope as an actor may see it (AX-1): empty when the policy denies the actor that
     * summary; otherwise computed over the store's records of the period that lie in the scope.
     */
    public Optional<FeedbackSummary> summarise(AccessPolicy policy, Actor actor, SummaryScope scope,
                                               FeedbackReports store, ReportingPeriod period,
                                               List<Dimension> dimensions, LocalDate asOf) {
        Objects.requireNonNull(store, "store must not be null");
        if (!policy.mayRead(actor, new Resource.Summary(scope))) {
            return Optional.empty();
        }
        List<FeedbackReport> inScope = store.recordedIn(period.range()).stream()
                .filter(r -> inScope(scope, r.details()))
                .toList();
        return Optional.of(summarise(inScope, period, dimensions, asOf));
    }

    /** Whether the feedback lies in the scope. */
    public static boolean inScope(SummaryScope scope, FeedbackDetails details) {
        if (scope instanceof SummaryScope.OfTeam team) {
            return details.team().equals(team.team());
        }
        if (scope instanceof SummaryScope.OfSector sector) {
            return details.segment().sector().equals(sector.sector());
        }
        return true;
    }

    private static int responseDays(FeedbackReport record, WorkingDayIndex index) {
        return record.response().map(r -> index.between(record.details().received(), r.on())).orElse(-1);
    }

    private static int code(Dimension dimension, FeedbackDetails d, Map<Object, Integer> codes, List<String> labels) {
        Object value = switch (dimension) {
            case TEAM -> d.team();
            case SECTOR -> d.segment().sector();
            case ROLE -> d.segment().role();
            case AGREEMENT -> d.segment().agreement().isPresent() ? d.segment().agreement().get() : NONE;
            case KIND -> d.kind();
            case REASON -> d.reason();
            case CHANNEL -> d.channel();
            case MONTH -> d.received().getYear() * 100 + d.received().getMonthValue();
            case ISO_WEEK -> -(d.received().get(IsoFields.WEEK_BASED_YEAR) * 100
                    + d.received().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
        };
        Integer code = codes.get(value);
        if (code == null) {
            code = labels.size();
            codes.put(value, code);
            labels.add(label(dimension, value));
        }
        return code;
    }

    private static String label(Dimension dimension, Object value) {
        if (dimension == Dimension.MONTH) {
            int v = (Integer) value;
            return String.format("%04d-%02d", v / 100, v % 100);
        }
        if (dimension == Dimension.ISO_WEEK) {
            int v = -(Integer) value;
            return String.format("%04d-W%02d", v / 100, v % 100);
        }
        return value instanceof Enum<?> e ? e.name() : value.toString();
    }

    /** Equality of int codes without boxing each one. */
    private static final class GroupKey {
        private final int[] codes;
        private final int hash;

        GroupKey(int[] codes) {
            this.codes = codes;
            this.hash = Arrays.hashCode(codes);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof GroupKey k && Arrays.equals(codes, k.codes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    /** Mutable only while one summary is computed; response times kept as a histogram of days. */
    private static final class Accumulator {
        private long count;
        private long responded;
        private long overdue;
        private long late;
        private int[] histogram = new int[16];

        void add(int responseDays, boolean isOverdue, boolean isLate) {
            count++;
            if (isOverdue) {
                overdue++;
            }
            if (isLate) {
                late++;
            }
            if (responseDays >= 0) {
                responded++;
                if (responseDays >= histogram.length) {
                    histogram = Arrays.copyOf(histogram, Math.max(responseDays + 1, histogram.length * 2));
                }
                histogram[responseDays]++;
            }
        }

        Figures figures() {
            return new Figures(count, responded, overdue, late, percentile(0.5), percentile(0.9));
        }

        /** Nearest rank: the smallest value with at least {@code p} of the answered at or below it. */
        private OptionalInt percentile(double p) {
            if (responded == 0) {
                return OptionalInt.empty();
            }
            long rank = (long) Math.ceil(p * responded);
            long seen = 0;
            for (int days = 0; days < histogram.length; days++) {
                seen += histogram[days];
                if (seen >= rank) {
                    return OptionalInt.of(days);
                }
            }
            throw new IllegalStateException("histogram does not hold " + responded + " responses");
        }
    }
}
