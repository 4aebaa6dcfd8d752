package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
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

    private static final byte OVERDUE = 1;
    private static final byte LATE = 2;

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
        DimensionCodes[] encoders = new DimensionCodes[dimensions.size()];
        for (int d = 0; d < encoders.length; d++) {
            encoders[d] = DimensionCodes.of(dimensions.get(d), range);
        }
        // One pass over the records (scattered objects) into primitive columns, then a pass over the
        // columns: at a million records, memory traffic is what costs.
        int capacity = records.size();
        int[][] codes = new int[encoders.length][capacity];
        int[] days = new int[capacity];
        byte[] flags = new byte[capacity];
        WorkingDayIndex index = new WorkingDayIndex(calendar, range.from(), range.to().plusDays(400));
        int n = 0;
        for (FeedbackReport record : records) {
            FeedbackDetails details = record.details();
            if (!range.contains(details.received())) {
                continue;
            }
            for (int d = 0; d < encoders.length; d++) {
                codes[d][n] = encoders[d].code(details);
            }
            Response answer = answerOf(record);
            days[n] = answer == null ? -1 : index.between(details.received(), answer.on());
            boolean overdue = answer == null && asOf.isAfter(details.dueDate());
            boolean late = answer != null && answer.on().isAfter(details.dueDate());
            flags[n] = (byte) ((overdue ? OVERDUE : 0) | (late ? LATE : 0));
            n++;
        }
        Groups groups = Groups.forSizes(encoders);
        Accumulator total = new Accumulator();
        int[] key = new int[encoders.length];
        for (int i = 0; i < n; i++) {
            for (int d = 0; d < key.length; d++) {
                key[d] = codes[d][i];
            }
            boolean overdue = (flags[i] & OVERDUE) != 0;
            boolean late = (flags[i] & LATE) != 0;
            groups.at(key).add(days[i], overdue, late);
            total.add(days[i], overdue, late);
        }
        List<SummaryRow> rows = new ArrayList<>();
        groups.forEach((codesOfGroup, acc) -> {
            List<String> names = new ArrayList<>(encoders.length);
            for (int d = 0; d < encoders.length; d++) {
                names.add(encoders[d].label(codesOfGroup[d]));
            }
            rows.add(new SummaryRow(names, acc.figures()));
        });
        rows.sort(Comparator.comparing(SummaryRow::key, KEY_ORDER));
        return new FeedbackSummary(period, dimensions, asOf, total.figures(), rows);
    }

    /** The answer without going through Optional: this loop runs a million times. */
    private static Response answerOf(FeedbackReport record) {
        if (record instanceof FeedbackReport.Responded responded) {
            return responded.answer();
        }
        if (record instanceof FeedbackReport.Closed closed) {
            return closed.answer();
        }
        return null;
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

    /**
     * The accumulators of the groups, addressed by their codes: a dense array when all combinations
     * fit (the usual case: months × teams × reasons), a hash map otherwise.
     */
    private abstract static class Groups {
        private static final int DENSE_LIMIT = 1 << 20;

        abstract Accumulator at(int[] codes);

        abstract void forEach(java.util.function.BiConsumer<int[], Accumulator> action);

        static Groups forSizes(DimensionCodes[] encoders) {
            long combinations = 1;
            for (DimensionCodes encoder : encoders) {
                combinations *= Math.max(1, encoder.size());
                if (combinations > DENSE_LIMIT) {
                    return new Sparse();
                }
            }
            int[] sizes = new int[encoders.length];
            for (int d = 0; d < sizes.length; d++) {
                sizes[d] = Math.max(1, encoders[d].size());
            }
            return new Dense(sizes, (int) combinations);
        }
    }

    private static final class Dense extends Groups {
        private final int[] sizes;
        private final Accumulator[] slots;

        Dense(int[] sizes, int combinations) {
            this.sizes = sizes;
            this.slots = new Accumulator[combinations];
        }

        @Override
        Accumulator at(int[] codes) {
            int slot = 0;
            for (int d = 0; d < codes.length; d++) {
                slot = slot * sizes[d] + codes[d];
            }
            Accumulator acc = slots[slot];
            if (acc == null) {
                acc = new Accumulator();
                slots[slot] = acc;
            }
            return acc;
        }

        @Override
        void forEach(java.util.function.BiConsumer<int[], Accumulator> action) {
            for (int slot = 0; slot < slots.length; slot++) {
                if (slots[slot] == null) {
                    continue;
                }
                int[] codes = new int[sizes.length];
                int rest = slot;
                for (int d = sizes.length - 1; d >= 0; d--) {
                    codes[d] = rest % sizes[d];
                    rest /= sizes[d];
                }
                action.accept(codes, slots[slot]);
            }
        }
    }

    private static final class Sparse extends Groups {
        private final Map<GroupKey, Accumulator> groups = new HashMap<>();

        @Override
        Accumulator at(int[] codes) {
            GroupKey probe = new GroupKey(codes);
            Accumulator acc = groups.get(probe);
            if (acc == null) {
                acc = new Accumulator();
                groups.put(new GroupKey(codes.clone()), acc);
            }
            return acc;
        }

        @Override
        void forEach(java.util.function.BiConsumer<int[], Accumulator> action) {
            groups.forEach((key, acc) -> action.accept(key.codes, acc));
        }
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
