package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.UniqueElements;
import net.jqwik.api.domains.Domain;
import net.jqwik.api.domains.DomainContext;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.Dimension;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackSummaries;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.forms.Figures;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.SummaryRow;

/** Summaries conserve counts across any breakdown and any partition of a period. */
@Domain(FormsDomain.class)
@Domain(DomainContext.Global.class)
class SummaryProperties {

    private static final LocalDate AS_OF = LocalDate.of(2027, 6, 30);
    private final FeedbackSummaries summaries = new FeedbackSummaries(WorkingCalendar.vantaaDefault());

    @Property(tries = 100)
    void countsAreConservedAcrossAnyBreakdown(@ForAll @Size(max = 40) List<FeedbackReport> records,
                                              @ForAll ReportingPeriod period,
                                              @ForAll @UniqueElements @Size(max = 4) List<Dimension> dimensions) {
        FeedbackSummary summary = summaries.summarise(records, period, dimensions, AS_OF);
        long inPeriod = records.stream().filter(r -> period.range().contains(r.details().received())).count();
        long responded = records.stream()
                .filter(r -> period.range().contains(r.details().received()) && r.response().isPresent()).count();
        assertThat(summary.total().count()).isEqualTo(inPeriod);
        assertThat(summary.total().responded()).isEqualTo(responded);
        assertThat(sum(summary.rows(), Figures::count)).isEqualTo(summary.total().count());
        assertThat(sum(summary.rows(), Figures::responded)).isEqualTo(summary.total().responded());
        assertThat(sum(summary.rows(), Figures::overdue)).isEqualTo(summary.total().overdue());
        assertThat(sum(summary.rows(), Figures::answeredLate)).isEqualTo(summary.total().answeredLate());
        assertThat(summary.rows()).allSatisfy(row -> assertThat(row.figures().count()).isPositive());
        assertThat(summary.rows().stream().map(SummaryRow::key).distinct().count()).isEqualTo(summary.rows().size());
    }

    @Property(tries = 80)
    void countsAreConservedAcrossAnyPartitionOfThePeriod(@ForAll @Size(max = 40) List<FeedbackReport> records,
                                                         @ForAll ReportingPeriod period,
                                                         @ForAll @Size(max = 5) List<@IntRange(min = 1, max = 400) Integer> cuts) {
        DateRange range = period.range();
        TreeSet<LocalDate> starts = new TreeSet<>();
        starts.add(range.from());
        for (int cut : cuts) {
            LocalDate start = range.from().plusDays(cut % range.days());
            starts.add(start);
        }
        List<DateRange> parts = new ArrayList<>();
        List<LocalDate> ordered = new ArrayList<>(starts);
        for (int i = 0; i < ordered.size(); i++) {
            LocalDate end = i + 1 < ordered.size() ? ordered.get(i + 1).minusDays(1) : range.to();
            parts.add(new DateRange(ordered.get(i), end));
        }
        FeedbackSummary whole = summaries.summarise(records, period, List.of(Dimension.TEAM), AS_OF);
        long count = 0;
        long responded = 0;
        long overdue = 0;
        for (DateRange part : parts) {
            Figures figures = summaries.summarise(records, new ReportingPeriod.Custom(part), List.of(), AS_OF).total();
            count += figures.count();
            responded += figures.responded();
            overdue += figures.overdue();
        }
        assertThat(count).isEqualTo(whole.total().count());
        assertThat(responded).isEqualTo(whole.total().responded());
        assertThat(overdue).isEqualTo(whole.total().overdue());
    }

    @Property(tries = 60)
    void percentilesAreObservedResponseTimesInOrder(@ForAll @Size(max = 40) List<FeedbackReport> records) {
        WorkingCalendar calendar = WorkingCalendar.vantaaDefault();
        Figures total = summaries.summarise(records, new ReportingPeriod.Custom(
                new DateRange(LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31))), List.of(), AS_OF).total();
        List<Integer> times = records.stream().filter(r -> r.response().isPresent())
                .map(r -> r.responseWorkingDays(calendar).getAsInt()).sorted().toList();
        if (times.isEmpty()) {
            assertThat(total.medianResponseDays()).isEmpty();
            return;
        }
        int median = times.get((int) Math.ceil(0.5 * times.size()) - 1);
        int p90 = times.get((int) Math.ceil(0.9 * times.size()) - 1);
        assertThat(total.medianResponseDays()).hasValue(median);
        assertThat(total.p90ResponseDays()).hasValue(p90);
    }

    private static long sum(List<SummaryRow> rows, java.util.function.ToLongFunction<Figures> figure) {
        return rows.stream().mapToLong(r -> figure.applyAsLong(r.figures())).sum();
    }
}
