package fi.hoitomalli.testkit;

import static fi.hoitomalli.testkit.FormsFixture.SIVI_TEAM;
import static fi.hoitomalli.testkit.FormsFixture.secretary;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.RetentionPolicy;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.Dimension;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackSummaries;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.TextRetention;

/** AX-2: free text older than the retention period is removed, counts and categories stay, runs are idempotent. */
class RetentionTest {

    private static final Actor MANAGEMENT = new Actor.ManagementGroup(FormsFixture.HEAD);
    private static final DateRange EVER = new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));

    private final AccessPolicy policy = FormsFixture.accessPolicy(Absences.none(), SituationReportsContract.CLOCK);
    private final InMemorySituationReports situations = new InMemorySituationReports(policy);
    private final InMemoryFeedbackReports feedback = new InMemoryFeedbackReports(policy);

    private TextRetention retention(RetentionPolicy retentionPolicy) {
        return new TextRetention(retentionPolicy, SituationReportsContract.CLOCK, WorkingCalendar.HELSINKI,
                situations, feedback);
    }

    @Test
    void ax2_textOlderThan24MonthsIsRemovedCountsAreKeptAndASecondRunChangesNothing() {
        // Today is 15 March 2027: the cutoff is 15 March 2025.
        SituationReport oldSituation = FormsSamples.situation("AT-1", SIVI_TEAM, secretary(1),
                LocalDate.of(2025, 3, 14), Optional.of(FormsFixture.SUPERVISOR_SIVI));
        SituationReport keptSituation = FormsSamples.situation("AT-2", SIVI_TEAM, secretary(1),
                LocalDate.of(2025, 3, 15), Optional.empty());
        FeedbackReport oldFeedback = FormsSamples.responded(FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1),
                LocalDate.of(2025, 1, 10), Optional.empty()), LocalDate.of(2025, 1, 13));
        FeedbackReport keptFeedback = FormsSamples.feedback("AP-2", SIVI_TEAM, secretary(2), LocalDate.of(2026, 1, 10),
                Optional.empty());
        situations.record(oldSituation);
        situations.record(keptSituation);
        feedback.record(oldFeedback);
        feedback.record(keptFeedback);
        FeedbackSummaries summaries = new FeedbackSummaries(WorkingCalendar.vantaaDefault());
        List<Dimension> all = List.of(Dimension.TEAM, Dimension.REASON, Dimension.KIND, Dimension.CHANNEL,
                Dimension.SECTOR, Dimension.ROLE, Dimension.AGREEMENT, Dimension.MONTH);
        FeedbackSummary before = summaries.summarise(feedback.recordedIn(EVER), new ReportingPeriod.Custom(EVER), all,
                LocalDate.of(2027, 3, 15));

        TextRetention.Outcome first = retention(RetentionPolicy.defaults()).run();

        assertThat(first).isEqualTo(new TextRetention.Outcome(LocalDate.of(2025, 3, 15), 1, 1));
        SituationReport blanked = situations.find(MANAGEMENT, oldSituation.id()).orElseThrow();
        assertThat(blanked.details().situation()).isEmpty();
        assertThat(blanked.details().solution()).isEmpty();
        assertThat(blanked.details().anonymised()).isTrue();
        assertThat(blanked.details().customer()).isEqualTo(oldSituation.details().customer());
        assertThat(blanked.details().topic()).isEqualTo(oldSituation.details().topic());
        FeedbackReport blankFeedback = feedback.find(MANAGEMENT, oldFeedback.id()).orElseThrow();
        assertThat(blankFeedback.details().text()).isEmpty();
        assertThat(blankFeedback.response().orElseThrow().text()).isEmpty();
        assertThat(blankFeedback.response().orElseThrow().on()).isEqualTo(LocalDate.of(2025, 1, 13));
        assertThat(situations.find(MANAGEMENT, keptSituation.id())).contains(keptSituation);
        assertThat(feedback.find(MANAGEMENT, keptFeedback.id())).contains(keptFeedback);
        FeedbackSummary after = summaries.summarise(feedback.recordedIn(EVER), new ReportingPeriod.Custom(EVER), all,
                LocalDate.of(2027, 3, 15));
        assertThat(after).isEqualTo(before);

        List<SituationReport> situationsAfterFirst = situations.recordedIn(EVER);
        List<FeedbackReport> feedbackAfterFirst = feedback.recordedIn(EVER);
        TextRetention.Outcome second = retention(RetentionPolicy.defaults()).run();
        assertThat(second).isEqualTo(new TextRetention.Outcome(LocalDate.of(2025, 3, 15), 0, 0));
        assertThat(situations.recordedIn(EVER)).isEqualTo(situationsAfterFirst);
        assertThat(feedback.recordedIn(EVER)).isEqualTo(feedbackAfterFirst);
    }

    @Test
    void ax2_theRetentionPeriodComesFromThePolicy() {
        FeedbackReport recent = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), LocalDate.of(2027, 1, 10),
                Optional.empty());
        feedback.record(recent);
        assertThat(retention(RetentionPolicy.defaults()).run().feedback()).isZero();
        assertThat(retention(new RetentionPolicy(Period.ofMonths(1))).run().feedback()).isEqualTo(1);
        assertThat(feedback.find(MANAGEMENT, recent.id()).orElseThrow().details().text()).isEmpty();
    }

    @Test
    void ax2_textAddedToAnAnonymisedRecordIsRemovedByTheNextRun() {
        FeedbackReport.Received old = FormsSamples.feedback("AP-1", SIVI_TEAM, secretary(1), LocalDate.of(2024, 1, 10),
                Optional.empty());
        feedback.record(old.withoutText());
        feedback.update(old.withoutText(), FormsSamples.responded((FeedbackReport.Received) old.withoutText(),
                LocalDate.of(2024, 1, 11)));
        assertThat(retention(RetentionPolicy.defaults()).run().feedback()).isEqualTo(1);
        assertThat(feedback.find(MANAGEMENT, old.id()).orElseThrow().response().orElseThrow().text()).isEmpty();
    }
}
