package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.calendar.Absences;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.contact.Asker;
import fi.hoitomalli.contact.Decision;
import fi.hoitomalli.contact.GroundRule;
import fi.hoitomalli.contact.Inquiry;
import fi.hoitomalli.contact.InquiryId;
import fi.hoitomalli.contact.RecordKind;
import fi.hoitomalli.contact.RecordRequest;
import fi.hoitomalli.contact.Routing;
import fi.hoitomalli.contact.Topic;
import fi.hoitomalli.common.LocalizedText;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.forms.ContactRecords;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.Dimension;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackEvent;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackSummaries;
import fi.hoitomalli.forms.FeedbackSummary;
import fi.hoitomalli.forms.Forms;
import fi.hoitomalli.forms.FormsPolicy;
import fi.hoitomalli.forms.ReportingPeriod;
import fi.hoitomalli.forms.Respondent;
import fi.hoitomalli.forms.Response;
import fi.hoitomalli.forms.ResponseMethod;
import fi.hoitomalli.forms.SituationInput;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationTopic;
import fi.hoitomalli.forms.SummaryRow;
import fi.hoitomalli.meeting.Encounter;
import fi.hoitomalli.meeting.EncounterKind;
import fi.hoitomalli.meeting.FeedbackNote;
import fi.hoitomalli.meeting.MeetingFeedback;
import fi.hoitomalli.meeting.MeetingId;
import fi.hoitomalli.meeting.Participant;
import fi.hoitomalli.plan.FeedbackMetrics;
import fi.hoitomalli.plan.GoalMetrics;
import fi.hoitomalli.plan.MetricReading;
import fi.hoitomalli.plan.SatisfactionGoal;
import fi.hoitomalli.reminder.CollectedFacts;
import fi.hoitomalli.reminder.DueFactCollector;
import fi.hoitomalli.reminder.FeedbackDue;
import fi.hoitomalli.reminder.Recipient;
import fi.hoitomalli.reminder.RecipientDirectory;
import fi.hoitomalli.reminder.Reminder;
import fi.hoitomalli.reminder.ReminderContent;
import fi.hoitomalli.reminder.ReminderEvaluation;
import fi.hoitomalli.reminder.ReminderKind;
import fi.hoitomalli.reminder.ReminderPolicy;
import fi.hoitomalli.reminder.ReminderStage;
import fi.hoitomalli.team.ServiceCentre;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The forms wired to the other features: unanswered feedback becomes reminders, a plan goal's metric is
 * read from the feedback summaries, meeting feedback and ground-rule record requests become validated
 * form inputs.
 */
class FormsWiringTest {

    private static final ZoneId HKI = ZoneId.of("Europe/Helsinki");
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(HKI).toInstant(), HKI);
    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final ServiceCentre CENTRE = FormsFixture.centre();

    private InMemoryFeedbackReports feedback;
    private InMemorySituationReports situations;
    private Forms forms;

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @BeforeEach
    void setUp() {
        AccessPolicy policy = FormsFixture.accessPolicy(Absences.none(), CLOCK);
        feedback = new InMemoryFeedbackReports(policy);
        situations = new InMemorySituationReports(policy);
        forms = new Forms(new InputValidation(FACTORY.getValidator()), CENTRE,
                FormsFixture.directory().orgStructure().sectors(), WorkingCalendar.vantaaDefault(),
                FormsPolicy.defaults(), CLOCK, IdSource.sequential("F"), situations, feedback);
    }

    private FeedbackReport.Received record(int secretary, FeedbackKind kind, LocalDate date) {
        String team = secretary <= 4 ? "T-SIVI" : "T-SOTE";
        String sector = secretary <= 4 ? "SIVI" : "SOTE";
        return forms.recordFeedback(new FeedbackInput("S-" + secretary, team, date, kind,
                FeedbackReason.SERVICE_QUALITY, null, "Palaute " + kind, FeedbackChannel.OWN_SECRETARY, null, sector,
                Role.SUPERVISOR, "KVTES"));
    }

    private static Instant at(String localDateTime) {
        return java.time.LocalDateTime.parse(localDateTime).atZone(HKI).toInstant();
    }

    private static ReminderEvaluation evaluationAt(Instant now) {
        return new ReminderEvaluation(Clock.fixed(now, HKI), WorkingCalendar.vantaaDefault(),
                ReminderPolicy.vantaaDefault());
    }

    @Test
    void feedbackDue_unansweredFeedbackRemindsItsRecorder_nearAndPastTheResponseDueDate() {
        FeedbackReport.Received late = record(1, FeedbackKind.NEGATIVE, LocalDate.of(2027, 3, 1));
        FeedbackReport.Received fresh = record(5, FeedbackKind.NEGATIVE, TODAY);
        FeedbackReport.Received answered = record(2, FeedbackKind.POSITIVE, LocalDate.of(2027, 3, 1));
        var responded = forms.advance(answered, new FeedbackEvent.Respond(new Response(new Respondent.BySecretary(
                answered.details().recorder()), LocalDate.of(2027, 3, 2), ResponseMethod.PHONE, "Kiitos")));
        assertThat(responded.accepted()).isTrue();
        assertThat(feedback.recordedIn(DateRange.day(LocalDate.of(2027, 3, 1))))
                .anyMatch(r -> r.id().equals(answered.id()) && r.response().isPresent());

        DueFactCollector collector = new DueFactCollector(RecipientDirectory.of(CENTRE), HKI);
        CollectedFacts collected = collector.feedback(feedback, new DateRange(LocalDate.of(2027, 1, 1), TODAY), CENTRE);

        assertThat(collected.unreached()).isEmpty();
        assertThat(collected.facts().feedback()).extracting(FeedbackDue::id)
                .containsExactly(late.id().value(), fresh.id().value());
        FeedbackDue lateDue = collected.facts().feedback().get(0);
        assertThat(lateDue.responseDue()).isEqualTo(late.details().dueDate());
        assertThat(lateDue.secretary().name()).isEqualTo("Sihteeri 1");
        assertThat(lateDue.teamLead().name()).isEqualTo(CENTRE.staff(FormsFixture.SIVI_LEAD).orElseThrow().name());
        assertThat(collected.facts().feedback().get(1).teamLead().name())
                .isEqualTo(CENTRE.staff(FormsFixture.SOTE_LEAD).orElseThrow().name());

        // today the late one is long overdue (team lead copied); the fresh one, due on the 22nd, is not yet near
        List<Reminder> today = evaluationAt(CLOCK.instant()).evaluate(collected.facts());
        assertThat(today).singleElement().satisfies(r -> {
            assertThat(r.key().kind()).isEqualTo(ReminderKind.FEEDBACK_RESPONSE);
            assertThat(r.key().subject()).isEqualTo(late.id().value());
            assertThat(((ReminderContent.Feedback) r.content()).stage()).isEqualTo(ReminderStage.ESCALATED);
            assertThat(r.cc()).extracting(Recipient::name).containsExactly(lateDue.teamLead().name());
        });
        LocalDate freshDue = fresh.details().dueDate();
        assertThat(freshDue).isEqualTo(LocalDate.of(2027, 3, 22));
        List<Reminder> near = evaluationAt(at("2027-03-18T08:00")).evaluate(collected.facts());
        assertThat(near).filteredOn(r -> r.key().subject().equals(fresh.id().value())).singleElement()
                .satisfies(r -> assertThat(((ReminderContent.Feedback) r.content()).stage())
                        .isEqualTo(ReminderStage.NEAR_DUE));

        InMemoryReminderOutbox outbox = new InMemoryReminderOutbox();
        assertThat(evaluationAt(CLOCK.instant()).enqueue(collected.facts(), outbox))
                .isEqualTo(new ReminderEvaluation.EnqueueResult(1, 0));
        CollectedFacts again = collector.feedback(feedback, new DateRange(LocalDate.of(2027, 1, 1), TODAY), CENTRE);
        assertThat(evaluationAt(CLOCK.instant()).enqueue(again.facts(), outbox))
                .isEqualTo(new ReminderEvaluation.EnqueueResult(0, 1));
    }

    @Test
    void planMetric_positiveShareOfTheSectorEqualsTheFeedbackSummary() {
        record(1, FeedbackKind.POSITIVE, LocalDate.of(2027, 2, 1));
        record(2, FeedbackKind.POSITIVE, LocalDate.of(2027, 2, 10));
        record(3, FeedbackKind.POSITIVE, LocalDate.of(2027, 3, 1));
        record(4, FeedbackKind.NEGATIVE, LocalDate.of(2027, 3, 2));
        record(1, FeedbackKind.DEVELOPMENT_IDEA, LocalDate.of(2027, 3, 3));
        record(5, FeedbackKind.POSITIVE, LocalDate.of(2027, 3, 3));
        record(6, FeedbackKind.NEGATIVE, LocalDate.of(2027, 3, 4));
        FeedbackSummaries summaries = new FeedbackSummaries(WorkingCalendar.vantaaDefault());
        SatisfactionGoal goal = SamplePlans.sivistystoimi2027().development().goal(SamplePlans.FEEDBACK_GOAL)
                .orElseThrow();

        MetricReading reading = new GoalMetrics(new FeedbackMetrics(feedback, summaries))
                .read(FormsFixture.SIVI, goal, TODAY);

        ReportingPeriod.HalfYear half = new ReportingPeriod.HalfYear(2027, 1);
        FeedbackSummary summary = summaries.summarise(feedback.recordedIn(half.range()), half,
                List.of(Dimension.SECTOR, Dimension.KIND), TODAY);
        long positive = summary.row(List.of("SIVI", "POSITIVE")).orElseThrow().figures().count();
        long total = summary.rows().stream().filter(r -> r.key().get(0).equals("SIVI"))
                .mapToLong(r -> r.figures().count()).sum();
        assertThat(positive).isEqualTo(3);
        assertThat(total).isEqualTo(5);
        assertThat(reading).isInstanceOfSatisfying(MetricReading.Measured.class, m -> {
            assertThat(m.measurement().value()).isEqualTo(Math.round(1000.0 * positive / total) / 10.0);
            assertThat(m.measurement().value()).isEqualTo(60.0);
        });
        assertThat(new GoalMetrics(new FeedbackMetrics(feedback, summaries)).read(FormsFixture.SOTE, goal, TODAY))
                .isInstanceOfSatisfying(MetricReading.Measured.class,
                        m -> assertThat(m.measurement().value()).isEqualTo(50.0));
        assertThat(summary.rows()).extracting(SummaryRow::key).contains(List.of("SOTE", "POSITIVE"));
    }

    @Test
    void meetingFeedback_aNoteOfACustomerMeetingBecomesAValidFeedbackRecordFromTheMeetingChannel() {
        Encounter meeting = new Encounter(new MeetingId("M-2027-03"), EncounterKind.ANNUAL_CUSTOMER_MEETING,
                Optional.of(FormsFixture.SIVI), Participant.staff(FormsFixture.SIVI_LEAD),
                List.of(Participant.secretary(FormsFixture.secretary(1))), TODAY.minusDays(4));
        FeedbackNote note = new FeedbackNote(FeedbackNote.Tone.POSITIVE, "Kiitos nopeista vastauksista");

        FeedbackInput input = MeetingFeedback.input(note, meeting, FormsFixture.secretary(1), CENTRE, Role.SUPERVISOR,
                FeedbackReason.SERVICE_QUALITY, null);

        assertThat(forms.violationsOf(input)).isEmpty();
        FeedbackReport.Received recorded = forms.recordFeedback(input);
        assertThat(recorded.details().channel()).isEqualTo(FeedbackChannel.CUSTOMER_MEETING);
        assertThat(recorded.details().kind()).isEqualTo(FeedbackKind.POSITIVE);
        assertThat(recorded.details().received()).isEqualTo(meeting.date());
        assertThat(recorded.details().team()).isEqualTo(FormsFixture.SIVI_TEAM);
        assertThat(recorded.details().segment().sector()).isEqualTo(FormsFixture.SIVI);
        assertThat(feedback.recordedIn(DateRange.day(meeting.date()))).containsExactly(recorded);

        Encounter unitWide = new Encounter(new MeetingId("M-ALL"), EncounterKind.ALL_CUSTOMERS_ACCOUNT_TEAM,
                Optional.empty(), Participant.staff(FormsFixture.HEAD), List.of(), TODAY);
        FeedbackInput noSector = MeetingFeedback.input(new FeedbackNote(FeedbackNote.Tone.NEGATIVE, "Hidasta"),
                unitWide, FormsFixture.secretary(1), CENTRE, Role.EXECUTIVE, FeedbackReason.SERVICE_QUALITY, null);
        assertThat(noSector.channel()).isEqualTo(FeedbackChannel.ACCOUNT_TEAM);
        assertThat(forms.violationsOf(noSector)).extracting(v -> v.path()).contains("sector");
    }

    @Test
    void gr16_conflictingContactsBecomeAChallengingSituationRecordWithTheFlagSet() {
        Inquiry inquiry = Inquiry.of(new InquiryId("I-7"), CLOCK.instant(), FormsFixture.secretary(3), Asker.SUPERVISOR,
                Optional.of(FormsFixture.SUPERVISOR_SIVI), Topic.PAY).withContentious(true);
        Decision decision = Routing.withVantaaDefaults(CENTRE, IdSource.sequential("P")).decide(inquiry);
        assertThat(decision.rule()).isEqualTo(GroundRule.GR_16);
        RecordRequest request = ((Decision.DocumentAndReport) decision).toRecord().orElseThrow();

        SituationInput input = ContactRecords.situationInput(request, CENTRE, inquiry.customer(), SituationTopic.PAY,
                "Esimies soitti samasta lisästä kolmelle sihteerille", "Sovittiin yksi yhteyshenkilö");

        assertThat(forms.violationsOf(input)).isEmpty();
        SituationReport.Recorded recorded = forms.recordSituation(input);
        assertThat(recorded.details().conflictingContacts()).isTrue();
        assertThat(recorded.details().recorder()).isEqualTo(FormsFixture.secretary(3));
        assertThat(recorded.details().team()).isEqualTo(FormsFixture.SIVI_TEAM);
        assertThat(recorded.details().date()).isEqualTo(TODAY);
        assertThat(recorded.details().customer()).contains(FormsFixture.SUPERVISOR_SIVI);

        RecordRequest feedbackRequest = new RecordRequest(RecordKind.CUSTOMER_FEEDBACK, FormsFixture.secretary(3), TODAY,
                new InquiryId("I-8"), LocalizedText.same("Kirjaa palaute"));
        assertThatThrownBy(() -> ContactRecords.situationInput(feedbackRequest, CENTRE, Optional.empty(),
                SituationTopic.PAY, "x", "y")).isInstanceOf(IllegalArgumentException.class);
    }
}
