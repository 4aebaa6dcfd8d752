package fi.hoitomalli.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import fi.hoitomalli.access.AccessDecision;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.RetentionPolicy;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.forms.Dimension;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.FeedbackSummaries;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.forms.TextRetention;
import fi.hoitomalli.testkit.FormsArbitraries;
import fi.hoitomalli.testkit.FormsFixture;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The forms on a database: records of every lifecycle state read back equal; the summary computed in SQL
 * equals the core's in-memory {@link FeedbackSummaries} over the same records, for any period, breakdown
 * and day; the retention job (AX-2) drops exactly the text the core's rule drops and is idempotent.
 * Subclasses pick the database.
 */
abstract class FormsRoundTrip {

    private static final WorkingCalendar CALENDAR = WorkingCalendar.vantaaDefault();
    private static final AccessPolicy ALLOW_ALL = (actor, resource) -> new AccessDecision.Allowed("test");
    private static final Actor ANYONE = new Actor.ManagementGroup(FormsFixture.HEAD);

    /** The database's fixture, opened by the subclass. */
    abstract DatabaseFixture fixture();

    private JdbcStores emptyStores() {
        return fixture().emptyStores("hm_feedback", "hm_situation");
    }

    @Property
    void anyRecordsReadBackEqual(@ForAll("feedback") List<FeedbackReport> feedback,
                                 @ForAll("situations") List<SituationReport> situations) {
        JdbcStores stores = emptyStores();
        FeedbackReports feedbackStore = stores.feedbackReports(ALLOW_ALL);
        SituationReports situationStore = stores.situationReports(ALLOW_ALL);
        feedback.forEach(feedbackStore::record);
        situations.forEach(situationStore::record);
        for (FeedbackReport report : feedback) {
            assertThat(feedbackStore.find(ANYONE, report.id())).contains(report);
        }
        for (SituationReport report : situations) {
            assertThat(situationStore.find(ANYONE, report.id())).contains(report);
        }
    }

    @Property
    void theSqlSummaryEqualsTheInMemorySummary(@ForAll("feedback") List<FeedbackReport> feedback,
                                               @ForAll("periods") ReportingPeriod period,
                                               @ForAll("breakdowns") List<Dimension> dimensions,
                                               @ForAll("days") LocalDate asOf) {
        JdbcStores stores = emptyStores();
        stores.importFeedback(feedback);
        assertThat(stores.summariseFeedback(CALENDAR, period, dimensions, asOf))
                .isEqualTo(new FeedbackSummaries(CALENDAR).summarise(feedback, period, dimensions, asOf));
        ReportingPeriod wide = new ReportingPeriod.Year(2026);
        assertThat(stores.summariseFeedback(CALENDAR, wide, dimensions, asOf))
                .isEqualTo(new FeedbackSummaries(CALENDAR).summarise(feedback, wide, dimensions, asOf));
    }

    @Property
    void ax2_retentionDropsTheTextOfOldRecordsOnceAndOnlyThem(@ForAll("feedback") List<FeedbackReport> feedback,
                                                               @ForAll("situations") List<SituationReport> situations,
                                                               @ForAll("days") LocalDate today) {
        JdbcStores stores = emptyStores();
        FeedbackReports feedbackStore = stores.feedbackReports(ALLOW_ALL);
        SituationReports situationStore = stores.situationReports(ALLOW_ALL);
        feedback.forEach(feedbackStore::record);
        situations.forEach(situationStore::record);
        RetentionPolicy policy = new RetentionPolicy(java.time.Period.ofMonths(6));

        TextRetention.Outcome outcome = stores.applyRetention(policy, today);

        LocalDate cutoff = policy.cutoff(today);
        assertThat(outcome.cutoff()).isEqualTo(cutoff);
        assertThat(outcome.feedback()).isEqualTo(feedback.stream().filter(r -> !r.details().anonymised()
                && r.details().received().isBefore(cutoff)).count());
        assertThat(outcome.situations()).isEqualTo(situations.stream().filter(r -> !r.details().anonymised()
                && r.details().date().isBefore(cutoff)).count());
        for (FeedbackReport report : feedback) {
            FeedbackReport expected = report.details().received().isBefore(cutoff) ? report.withoutText() : report;
            assertThat(feedbackStore.find(ANYONE, report.id())).contains(expected);
        }
        for (SituationReport report : situations) {
            SituationReport expected = report.details().date().isBefore(cutoff) ? report.withoutText() : report;
            assertThat(situationStore.find(ANYONE, report.id())).contains(expected);
        }
        assertThat(stores.applyRetention(policy, today)).isEqualTo(new TextRetention.Outcome(cutoff, 0, 0));
    }

    @Provide
    Arbitrary<List<FeedbackReport>> feedback() {
        return FormsArbitraries.feedbackReports().list().ofMaxSize(40).map(FormsRoundTrip::distinctFeedback);
    }

    @Provide
    Arbitrary<List<SituationReport>> situations() {
        return FormsArbitraries.situationReports().list().ofMaxSize(20).map(list -> {
            Map<String, SituationReport> byId = new LinkedHashMap<>();
            list.forEach(r -> byId.putIfAbsent(r.id().value(), r));
            return new ArrayList<>(byId.values());
        });
    }

    @Provide
    Arbitrary<ReportingPeriod> periods() {
        return FormsArbitraries.periods();
    }

    @Provide
    Arbitrary<List<Dimension>> breakdowns() {
        return Arbitraries.of(Dimension.class).list().uniqueElements().ofMaxSize(3);
    }

    @Provide
    Arbitrary<LocalDate> days() {
        return FormsArbitraries.dates();
    }

    private static List<FeedbackReport> distinctFeedback(List<FeedbackReport> list) {
        Map<String, FeedbackReport> byId = new LinkedHashMap<>();
        list.forEach(r -> byId.putIfAbsent(r.id().value(), r));
        return new ArrayList<>(byId.values());
    }
}
