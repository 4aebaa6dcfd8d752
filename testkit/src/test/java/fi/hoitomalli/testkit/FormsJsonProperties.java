package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.domains.Domain;
import fi.hoitomalli.access.AccessDecision;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.access.ReadScope;
import fi.hoitomalli.access.RecordKind;
import fi.hoitomalli.access.Resource;
import fi.hoitomalli.access.RetentionPolicy;
import fi.hoitomalli.access.SummaryScope;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.forms.Dimension;
import fi.hoitomalli.forms.FeedbackEvent;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackSummaries;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.forms.FormKind;
import fi.hoitomalli.forms.FormsPolicy;
import fi.hoitomalli.forms.QuickLink;
import fi.hoitomalli.forms.QuickLinkTemplate;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.SituationEvent;
import fi.hoitomalli.forms.SituationInput;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SummaryComparison;
import fi.hoitomalli.forms.TeamMeetingAgenda;
import fi.hoitomalli.forms.TextRetention;
import fi.hoitomalli.forms.Transition;
import fi.hoitomalli.json.HoitomalliModule;

/** Every public type of the forms and access features round-trips through the library's JSON module. */
@Domain(FormsDomain.class)
class FormsJsonProperties {

    private static final ObjectMapper MAPPER = HoitomalliModule.newObjectMapper();

    private static <T> T roundTrip(T value, TypeReference<T> type) throws Exception {
        return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    }

    private static <T> T roundTrip(T value, Class<T> type) throws Exception {
        return MAPPER.readValue(MAPPER.writeValueAsString(value), type);
    }

    @Property(tries = 50)
    void readScopesAndAccessRecordsRoundTrip(@ForAll ReadScope scope, @ForAll Resource.Record record)
            throws Exception {
        assertThat(roundTrip(scope, ReadScope.class)).isEqualTo(scope);
        if (scope instanceof ReadScope.Known known) {
            assertThat(roundTrip(known, ReadScope.Known.class)).isEqualTo(known);
        }
        assertThat(roundTrip(record, Resource.class)).isEqualTo(record);
    }

    @Property(tries = 50)
    void situationsRoundTrip(@ForAll SituationReport report) throws Exception {
        assertThat(roundTrip(report, SituationReport.class)).isEqualTo(report);
        assertThat(roundTrip(report.withoutText(), SituationReport.class)).isEqualTo(report.withoutText());
    }

    @Property(tries = 50)
    void feedbackRoundTrips(@ForAll FeedbackReport report) throws Exception {
        assertThat(roundTrip(report, FeedbackReport.class)).isEqualTo(report);
        assertThat(roundTrip(report.status(), fi.hoitomalli.forms.FeedbackStatus.class)).isEqualTo(report.status());
        assertThat(roundTrip(report.resource(), Resource.class)).isEqualTo(report.resource());
    }

    @Property(tries = 25)
    void inputsRoundTrip(@ForAll SituationInput situation, @ForAll FeedbackInput feedback) throws Exception {
        assertThat(roundTrip(situation, SituationInput.class)).isEqualTo(situation);
        assertThat(roundTrip(feedback, FeedbackInput.class)).isEqualTo(feedback);
    }

    @Property(tries = 25)
    void eventsAndTransitionsRoundTrip(@ForAll SituationReport situation, @ForAll List<SituationEvent> situationEvents,
                                       @ForAll FeedbackReport feedback, @ForAll List<FeedbackEvent> feedbackEvents)
            throws Exception {
        for (SituationEvent event : situationEvents) {
            assertThat(roundTrip(event, SituationEvent.class)).isEqualTo(event);
            Transition<SituationReport> t = situation.apply(event);
            assertThat(roundTrip(t, new TypeReference<Transition<SituationReport>>() { })).isEqualTo(t);
        }
        for (FeedbackEvent event : feedbackEvents) {
            assertThat(roundTrip(event, FeedbackEvent.class)).isEqualTo(event);
            Transition<FeedbackReport> t = feedback.apply(event);
            assertThat(roundTrip(t, new TypeReference<Transition<FeedbackReport>>() { })).isEqualTo(t);
        }
    }

    @Property(tries = 25)
    void periodsActorsAndSummariesRoundTrip(@ForAll ReportingPeriod period, @ForAll Actor actor,
                                            @ForAll @Size(max = 20) List<FeedbackReport> records) throws Exception {
        assertThat(roundTrip(period, ReportingPeriod.class)).isEqualTo(period);
        assertThat(roundTrip(actor, Actor.class)).isEqualTo(actor);
        FeedbackSummaries summaries = new FeedbackSummaries(WorkingCalendar.vantaaDefault());
        SummaryComparison comparison = summaries.compare(records, period, List.of(Dimension.TEAM, Dimension.KIND),
                LocalDate.of(2027, 6, 1));
        assertThat(roundTrip(comparison, SummaryComparison.class)).isEqualTo(comparison);
        assertThat(roundTrip(comparison.current(), FeedbackSummary.class)).isEqualTo(comparison.current());
        TeamMeetingAgenda agenda = TeamMeetingAgenda.of(FormsFixture.SIVI_TEAM, LocalDate.of(2027, 3, 15),
                Optional.of(LocalDate.of(2027, 3, 1)), List.of(), records);
        assertThat(roundTrip(agenda, TeamMeetingAgenda.class)).isEqualTo(agenda);
    }

    @Example
    void policiesDecisionsScopesAndLinksRoundTrip() throws Exception {
        assertThat(roundTrip(FormsPolicy.defaults(), FormsPolicy.class)).isEqualTo(FormsPolicy.defaults());
        assertThat(roundTrip(new RetentionPolicy(Period.ofMonths(18)), RetentionPolicy.class))
                .isEqualTo(new RetentionPolicy(Period.ofMonths(18)));
        for (SummaryScope scope : List.of(new SummaryScope.Everything(), new SummaryScope.OfTeam(FormsFixture.SIVI_TEAM),
                new SummaryScope.OfSector(FormsFixture.SOTE))) {
            assertThat(roundTrip(scope, SummaryScope.class)).isEqualTo(scope);
            assertThat(roundTrip(new Resource.Summary(scope), Resource.class)).isEqualTo(new Resource.Summary(scope));
        }
        for (Resource resource : List.<Resource>of(new Resource.AccountPlan(FormsFixture.SIVI),
                new Resource.AccountPlanSummary(FormsFixture.SOTE), new Resource.Record(RecordKind.FEEDBACK_STATUS,
                        FormsFixture.SIVI_TEAM, FormsFixture.secretary(1), Optional.empty(), Optional.empty()))) {
            assertThat(roundTrip(resource, Resource.class)).isEqualTo(resource);
        }
        for (AccessDecision decision : List.of(new AccessDecision.Allowed("own pot"),
                new AccessDecision.Denied("deny by default"))) {
            assertThat(roundTrip(decision, AccessDecision.class)).isEqualTo(decision);
        }
        assertThat(MAPPER.writeValueAsString(new AccessDecision.Denied("x"))).isEqualTo("{\"type\":\"denied\",\"basis\":\"x\"}");
        QuickLink link = QuickLink.prefilled(FormKind.FEEDBACK, FormsFixture.secretary(2), FormsFixture.SOTE_TEAM);
        assertThat(roundTrip(link, QuickLink.class)).isEqualTo(link);
        assertThat(roundTrip(QuickLinkTemplate.defaults(), QuickLinkTemplate.class)).isEqualTo(QuickLinkTemplate.defaults());
        TextRetention.Outcome outcome = new TextRetention.Outcome(LocalDate.of(2025, 3, 15), 3, 4);
        assertThat(roundTrip(outcome, TextRetention.Outcome.class)).isEqualTo(outcome);
    }
}
