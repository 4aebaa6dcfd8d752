package fi.hoitomalli.testkit;

import static fi.hoitomalli.testkit.FormsFixture.SIVI_TEAM;
import static fi.hoitomalli.testkit.FormsFixture.SOTE_TEAM;
import static fi.hoitomalli.testkit.FormsFixture.secretary;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.SummaryScope;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.forms.Dimension;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackSummaries;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.SummaryComparison;

/** Named scenarios of the feedback summaries. */
class SummaryTest {

    private final FeedbackSummaries summaries = new FeedbackSummaries(WorkingCalendar.vantaaDefault());
    private static final ReportingPeriod MARCH = new ReportingPeriod.Month(YearMonth.of(2027, 3));

    private static LocalDate day(int month, int d) {
        return LocalDate.of(2027, month, d);
    }

    @Test
    void responseTimesAreCountedInWorkingDaysAcrossEaster() {
        // Thursday 25 March 2027; Good Friday 26.3, the weekend, Easter Monday 29.3 are not working days.
        FeedbackReport.Received a = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(3, 25), Optional.empty());
        FeedbackReport.Received b = FormsSamples.feedback("AP-2", SIVI_TEAM, secretary(1), day(3, 25), Optional.empty());
        List<FeedbackReport> records = List.of(FormsSamples.responded(a, day(3, 30)), FormsSamples.responded(b, day(4, 1)));
        FeedbackSummary summary = summaries.summarise(records, MARCH, List.of(), day(4, 30));
        assertThat(records.get(0).responseWorkingDays(WorkingCalendar.vantaaDefault())).hasValue(1);
        assertThat(summary.total().medianResponseDays()).hasValue(1);
        assertThat(summary.total().p90ResponseDays()).hasValue(3);
        assertThat(summary.total().responseRate()).isEqualTo(1.0);
    }

    @Test
    void medianAndNinetiethPercentileUseTheNearestRank() {
        List<FeedbackReport> records = new ArrayList<>();
        // Monday 1 March 2027 + n working days, n = 1..10 (no holidays in March before Easter).
        for (int n = 1; n <= 10; n++) {
            FeedbackReport.Received r = FormsSamples.feedback("AP-" + n, SIVI_TEAM, secretary(1), day(3, 1), Optional.empty());
            records.add(FormsSamples.responded(r, WorkingCalendar.vantaaDefault().plusWorkingDays(day(3, 1), n)));
        }
        FeedbackSummary summary = summaries.summarise(records, MARCH, List.of(), day(3, 31));
        assertThat(summary.total().medianResponseDays()).hasValue(5);
        assertThat(summary.total().p90ResponseDays()).hasValue(9);
        assertThat(summary.total().answeredLate()).isEqualTo(5);
    }

    @Test
    void breakdownByMonthTeamAndReasonWithOverdueAndResponseRate() {
        List<FeedbackReport> records = List.of(
                FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(3, 1), Optional.empty()),
                FormsSamples.responded(FormsSamples.feedback("AP-2", SIVI_TEAM, secretary(2), day(3, 2),
                        Optional.empty()), day(3, 3)),
                FormsSamples.feedback("AP-3", SOTE_TEAM, secretary(5), day(4, 20), Optional.empty()),
                FormsSamples.feedback("AP-4", SOTE_TEAM, secretary(5), day(5, 20), Optional.empty()));
        FeedbackSummary summary = summaries.summarise(records, new ReportingPeriod.HalfYear(2027, 1),
                List.of(Dimension.MONTH, Dimension.TEAM, Dimension.REASON), day(4, 30));
        assertThat(summary.rows()).extracting(r -> r.key()).containsExactly(
                List.of("2027-03", "T-SIVI", "SERVICE_QUALITY"), List.of("2027-04", "T-SOTE", "SERVICE_QUALITY"),
                List.of("2027-05", "T-SOTE", "SERVICE_QUALITY"));
        var march = summary.row(List.of("2027-03", "T-SIVI", "SERVICE_QUALITY")).orElseThrow().figures();
        assertThat(march.count()).isEqualTo(2);
        assertThat(march.responseRate()).isEqualTo(0.5);
        assertThat(march.overdue()).isEqualTo(1);
        // AP-3 (due 27 April) is overdue on 30 April too; AP-4 is received later.
        assertThat(summary.total().overdue()).isEqualTo(2);
        assertThat(summary.total().count()).isEqualTo(4);
    }

    @Test
    void comparisonWithThePreviousPeriod() {
        List<FeedbackReport> records = List.of(
                FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(2, 10), Optional.empty()),
                FormsSamples.feedback("AP-2", SIVI_TEAM, secretary(1), day(3, 10), Optional.empty()),
                FormsSamples.feedback("AP-3", SIVI_TEAM, secretary(1), day(3, 11), Optional.empty()),
                FormsSamples.feedback("AP-4", SOTE_TEAM, secretary(5), day(2, 11), Optional.empty()));
        SummaryComparison comparison = summaries.compare(records, MARCH, List.of(Dimension.TEAM), day(3, 31));
        assertThat(comparison.totalChange().delta()).isZero();
        assertThat(comparison.changes()).containsExactly(
                new SummaryComparison.Change(List.of("T-SIVI"), 2, 1),
                new SummaryComparison.Change(List.of("T-SOTE"), 0, 1));
    }

    @Test
    void weeklySummaryAndAgreementWithoutValue() {
        FeedbackReport r = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(3, 3), Optional.empty());
        FeedbackSummary week = summaries.summarise(List.of(r), ReportingPeriod.IsoWeek.containing(day(3, 3)),
                List.of(Dimension.ISO_WEEK, Dimension.AGREEMENT, Dimension.SECTOR, Dimension.ROLE, Dimension.CHANNEL,
                        Dimension.KIND), day(3, 3));
        assertThat(week.rows()).extracting(x -> x.key()).containsExactly(
                List.of("2027-W09", "KVTES", "SIVI", "SUPERVISOR", "OWN_SECRETARY", "NEGATIVE"));
    }

    @Test
    void ax1_summariesFollowTheAccessPolicy() {
        AccessPolicy policy = FormsFixture.accessPolicy(Absences.none(), SituationReportsContract.CLOCK);
        InMemoryFeedbackReports store = new InMemoryFeedbackReports(policy);
        store.record(FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), day(3, 2), Optional.empty()));
        store.record(FormsSamples.feedback("AP-2", SOTE_TEAM, secretary(5), day(3, 2), Optional.empty()));
        SummaryScope sivi = new SummaryScope.OfSector(FormsFixture.SIVI);
        Optional<FeedbackSummary> forHrUnit = summaries.summarise(policy, new Actor.SectorHrUnit(FormsFixture.SIVI),
                sivi, store, MARCH, List.of(), day(3, 31));
        assertThat(forHrUnit).hasValueSatisfying(s -> assertThat(s.total().count()).isEqualTo(1));
        assertThat(summaries.summarise(policy, new Actor.SectorHrUnit(FormsFixture.SOTE), sivi, store, MARCH,
                List.of(), day(3, 31))).isEmpty();
        assertThat(summaries.summarise(policy, new Actor.TeamLead(FormsFixture.SOTE_LEAD),
                new SummaryScope.OfTeam(SOTE_TEAM), store, MARCH, List.of(), day(3, 31)))
                .hasValueSatisfying(s -> assertThat(s.total().count()).isEqualTo(1));
        assertThat(summaries.summarise(policy, new Actor.Secretary(secretary(1)), new SummaryScope.OfTeam(SIVI_TEAM),
                store, MARCH, List.of(), day(3, 31))).isEmpty();
        assertThat(summaries.summarise(policy, new Actor.ManagementGroup(FormsFixture.HEAD),
                new SummaryScope.Everything(), store, MARCH, List.of(), day(3, 31)))
                .hasValueSatisfying(s -> assertThat(s.total().count()).isEqualTo(2));
    }
}
