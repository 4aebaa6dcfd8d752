package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import fi.hoitomalli.access.AccessPolicy;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.Language;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.Forms;
import fi.hoitomalli.forms.FormsPolicy;
import fi.hoitomalli.forms.SituationInput;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationTopic;

/** Validation of the two forms: each rule, every violation at once, messages in fi/sv/en, nothing stored. */
class FormsValidationTest {

    private static final ValidatorFactory FACTORY = Validation.buildDefaultValidatorFactory();
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final Clock CLOCK = Clock.fixed(TODAY.atTime(12, 0).atZone(ZoneId.of("Europe/Helsinki")).toInstant(),
            ZoneId.of("Europe/Helsinki"));
    private static final Actor MANAGEMENT = new Actor.ManagementGroup(FormsFixture.HEAD);
    private static final DateRange ALL = new DateRange(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1));

    private InMemorySituationReports situations;
    private InMemoryFeedbackReports feedback;
    private Forms forms;

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @BeforeEach
    void setUp() {
        AccessPolicy policy = FormsFixture.accessPolicy(fi.hoitomalli.calendar.Absences.none(), CLOCK);
        situations = new InMemorySituationReports(policy);
        feedback = new InMemoryFeedbackReports(policy);
        forms = new Forms(new InputValidation(FACTORY.getValidator()), FormsFixture.centre(),
                FormsFixture.directory().orgStructure().sectors(),
                WorkingCalendar.vantaaDefault(), FormsPolicy.defaults(), CLOCK, IdSource.sequential("F"),
                situations, feedback);
    }

    private static SituationInput situation(String recorder, String team, LocalDate date, String customer,
                                            SituationTopic topic, String text, String solution) {
        return new SituationInput(recorder, team, date, customer, topic, false, text, solution);
    }

    private static SituationInput validSituation() {
        return situation("S-1", "T-SIVI", TODAY, "C-SUP-1", SituationTopic.PAY, "Esimies kysyi lisistä",
                "Neuvottiin KVTES:n mukaan");
    }

    private static FeedbackInput feedback(FeedbackReason reason, String other, String text) {
        return new FeedbackInput("S-5", "T-SOTE", TODAY.minusDays(1), FeedbackKind.NEGATIVE, reason, other, text,
                FeedbackChannel.SATISFACTION_SURVEY, null, "SOTE", Role.SUPERVISOR, "KVTES");
    }

    private static List<String> rules(List<Violation> violations) {
        return violations.stream().map(Violation::rule).toList();
    }

    @Test
    void validSituationIsRecordedAndStored() {
        SituationReport.Recorded recorded = forms.recordSituation(validSituation());
        assertThat(recorded.id().value()).isEqualTo("F-1");
        assertThat(recorded.details().customer()).contains(FormsFixture.SUPERVISOR_SIVI);
        assertThat(situations.find(MANAGEMENT, recorded.id())).contains(recorded);
    }

    @Test
    void descriptionIsRequiredInFinnishSwedishAndEnglish() {
        List<Violation> violations = forms.violationsOf(situation("S-1", "T-SIVI", TODAY, null, SituationTopic.PAY,
                " ", "Ratkaisu"));
        assertThat(violations).hasSize(1);
        Violation v = violations.get(0);
        assertThat(v.path()).isEqualTo("situation");
        assertThat(v.rule()).isEqualTo("fi.hoitomalli.forms.situation.required");
        assertThat(v.message().in(Language.FI)).isEqualTo("Kuvaus on pakollinen");
        assertThat(v.message().in(Language.SV)).isEqualTo("Beskrivning är obligatoriskt");
        assertThat(v.message().in(Language.EN)).isEqualTo("Description is required");
    }

    @Test
    void eachRequiredFieldOfTheSituationFormIsReportedAtOnceAndNothingIsStored() {
        SituationInput empty = new SituationInput(null, "", null, null, null, false, null, "");
        assertThatThrownBy(() -> forms.recordSituation(empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(rules(e.violations()))
                        .containsExactlyInAnyOrder("fi.hoitomalli.forms.recorder.required",
                                "fi.hoitomalli.forms.team.required", "fi.hoitomalli.forms.date.required",
                                "fi.hoitomalli.forms.topic.required", "fi.hoitomalli.forms.situation.required",
                                "fi.hoitomalli.forms.solution.required"));
        assertThat(situations.recordedIn(ALL)).isEmpty();
    }

    @Test
    void recorderMustBeAKnownSecretary() {
        assertThat(rules(forms.violationsOf(situation("S-99", "T-SIVI", TODAY, null, SituationTopic.PAY, "a", "b"))))
                .containsExactly("fi.hoitomalli.forms.recorder.unknown");
        assertThat(rules(forms.violationsOf(situation("S 1", "T-SIVI", TODAY, null, SituationTopic.PAY, "a", "b"))))
                .containsExactly("fi.hoitomalli.forms.recorder.unknown");
    }

    @Test
    void recorderMustBelongToTheTeamAndTheTeamMustExist() {
        assertThat(rules(forms.violationsOf(situation("S-5", "T-SIVI", TODAY, null, SituationTopic.PAY, "a", "b"))))
                .containsExactly("fi.hoitomalli.forms.recorder.notInTeam");
        List<Violation> unknownTeam = forms.violationsOf(
                situation("S-1", "T-NONE", TODAY, null, SituationTopic.PAY, "a", "b"));
        assertThat(rules(unknownTeam)).containsExactly("fi.hoitomalli.forms.team.unknown");
        assertThat(unknownTeam.get(0).message().fi()).isEqualTo("Tiimiä T-NONE ei tunneta");
    }

    @Test
    void dateMustNotBeInTheFuture() {
        List<Violation> v = forms.violationsOf(situation("S-1", "T-SIVI", TODAY.plusDays(1), null,
                SituationTopic.PAY, "a", "b"));
        assertThat(rules(v)).containsExactly("fi.hoitomalli.forms.date.future");
        assertThat(v.get(0).message().en()).contains("2027-03-15");
    }

    @Test
    void dateMustNotBeOlderThanThePolicyAllows() {
        assertThat(forms.violationsOf(situation("S-1", "T-SIVI", TODAY.minusDays(60), null, SituationTopic.PAY,
                "a", "b"))).isEmpty();
        List<Violation> v = forms.violationsOf(situation("S-1", "T-SIVI", TODAY.minusDays(61), null,
                SituationTopic.PAY, "a", "b"));
        assertThat(rules(v)).containsExactly("fi.hoitomalli.forms.date.tooOld");
        assertThat(v.get(0).message().sv()).isEqualTo("Datum ligger för långt tillbaka (tidigast 2027-01-14)");
    }

    @Test
    void textsHaveAMaximumLength() {
        String tooLong = "x".repeat(4001);
        List<Violation> v = forms.violationsOf(situation("S-1", "T-SIVI", TODAY, null, SituationTopic.PAY, tooLong,
                "b"));
        assertThat(rules(v)).containsExactly("fi.hoitomalli.forms.field.tooLong");
        assertThat(v.get(0).message().fi()).isEqualTo("Teksti on liian pitkä (enintään 4000 merkkiä)");
        assertThat(forms.violationsOf(situation("S-1", "T-SIVI", TODAY, null, SituationTopic.PAY, "x".repeat(4000),
                "b"))).isEmpty();
    }

    @Test
    void customerIdMustNotContainSpaces() {
        assertThat(rules(forms.violationsOf(situation("S-1", "T-SIVI", TODAY, "C 1", SituationTopic.PAY, "a", "b"))))
                .containsExactly("fi.hoitomalli.forms.customer.invalid");
    }

    @Test
    void otherReasonNeedsItsText() {
        List<Violation> v = forms.violationsOf(feedback(FeedbackReason.OTHER, " ", "Palaute"));
        assertThat(rules(v)).containsExactly("fi.hoitomalli.forms.otherReason.required");
        assertThat(v.get(0).message().fi()).isEqualTo("Muu syy on kuvattava");
        assertThat(v.get(0).message().sv()).isEqualTo("En annan orsak måste beskrivas");
        assertThat(forms.violationsOf(feedback(FeedbackReason.OTHER, "Laskutus", "Palaute"))).isEmpty();
        assertThat(forms.violationsOf(feedback(FeedbackReason.SERVICE_QUALITY, null, "Palaute"))).isEmpty();
    }

    @Test
    void theFeedbacksSectorMustBeOneOfTheCitysSectorsInEveryLanguage() {
        FeedbackInput valid = feedback(FeedbackReason.SERVICE_QUALITY, null, "Palaute");
        FeedbackInput unknown = new FeedbackInput(valid.recorder(), valid.team(), valid.date(), valid.kind(),
                valid.reason(), valid.otherReason(), valid.text(), valid.channel(), valid.customer(), "ZZZ",
                valid.role(), valid.agreement());

        List<Violation> v = forms.violationsOf(unknown);

        assertThat(rules(v)).containsExactly("fi.hoitomalli.forms.sector.unknown");
        assertThat(v.get(0).path()).isEqualTo("sector");
        assertThat(v.get(0).message().fi()).isEqualTo("Toimialaa ZZZ ei tunneta");
        assertThat(v.get(0).message().sv()).isEqualTo("Sektorn ZZZ är okänd");
        assertThat(v.get(0).message().en()).isEqualTo("Sector ZZZ is not known");
        assertThatThrownBy(() -> forms.recordFeedback(unknown)).isInstanceOf(InvalidInputException.class);
        assertThat(feedback.recordedIn(ALL)).isEmpty();
        assertThat(forms.violationsOf(valid)).isEmpty();
    }

    @Test
    void eachRequiredFieldOfTheFeedbackFormIsReportedAtOnceAndNothingIsStored() {
        FeedbackInput empty = new FeedbackInput("S-1", "T-SIVI", TODAY, null, null, null, "", null, null, " ",
                null, null);
        assertThatThrownBy(() -> forms.recordFeedback(empty))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(rules(e.violations())).containsExactlyInAnyOrder(
                            "fi.hoitomalli.forms.kind.required", "fi.hoitomalli.forms.reason.required",
                            "fi.hoitomalli.forms.feedback.required", "fi.hoitomalli.forms.channel.required",
                            "fi.hoitomalli.forms.sector.required", "fi.hoitomalli.forms.role.required");
                    assertThat(e.describe(Language.FI)).contains("text: Palautteen teksti on pakollinen");
                });
        assertThat(feedback.recordedIn(ALL)).isEmpty();
    }

    @Test
    void validFeedbackGetsItsDueDateInWorkingDays() {
        // Received Thursday 25 March 2027; Good Friday 26.3 and Easter Monday 29.3 are holidays:
        // the working days after are 30.3, 31.3, 1.4, 2.4 and Monday 5 April.
        FeedbackInput input = new FeedbackInput("S-5", "T-SOTE", LocalDate.of(2027, 3, 25), FeedbackKind.POSITIVE,
                FeedbackReason.SERVICE_QUALITY, null, "Kiitos nopeasta avusta", FeedbackChannel.OWN_SECRETARY,
                "C-SUP-2", "SOTE", Role.SUPERVISOR, null);
        Clock later = Clock.fixed(LocalDate.of(2027, 3, 26).atStartOfDay(ZoneId.of("Europe/Helsinki")).toInstant(),
                ZoneId.of("Europe/Helsinki"));
        Forms service = new Forms(new InputValidation(FACTORY.getValidator()), FormsFixture.centre(),
                FormsFixture.directory().orgStructure().sectors(),
                WorkingCalendar.vantaaDefault(), FormsPolicy.defaults(), later, IdSource.sequential("P"),
                situations, feedback);
        FeedbackReport.Received received = service.recordFeedback(input);
        assertThat(received.details().dueDate()).isEqualTo(LocalDate.of(2027, 4, 5));
        assertThat(received.details().segment().agreement()).isEmpty();
        assertThat(feedback.find(MANAGEMENT, received.id())).contains(received);
    }

    @Test
    void advanceStoresAcceptedStepsOnlyAndDueDatesFollowThePolicy() {
        FeedbackReport.Received received = forms.recordFeedback(feedback(FeedbackReason.SERVICE_QUALITY, null, "Hidas"));
        fi.hoitomalli.forms.Transition<FeedbackReport> rejected = forms.advance(received,
                new fi.hoitomalli.forms.FeedbackEvent.Close(new fi.hoitomalli.forms.Closure(TODAY, java.util.Optional.empty())));
        assertThat(rejected.accepted()).isFalse();
        assertThat(feedback.find(MANAGEMENT, received.id())).contains(received);
        FeedbackReport responded = FormsSamples.responded(received, TODAY);
        fi.hoitomalli.forms.Transition<FeedbackReport> accepted = forms.advance(received,
                new fi.hoitomalli.forms.FeedbackEvent.Respond(responded.response().orElseThrow()));
        assertThat(accepted.accepted()).isTrue();
        assertThat(feedback.find(MANAGEMENT, received.id())).contains(accepted.state());
        Forms threeDays = new Forms(new InputValidation(FACTORY.getValidator()), FormsFixture.centre(),
                FormsFixture.directory().orgStructure().sectors(),
                WorkingCalendar.vantaaDefault(), new FormsPolicy(3, java.time.Period.ofDays(60)), CLOCK,
                IdSource.sequential("X"), situations, feedback);
        // Friday 12 March 2027 + 3 working days = Wednesday 17 March.
        assertThat(threeDays.dueDate(LocalDate.of(2027, 3, 12))).isEqualTo(LocalDate.of(2027, 3, 17));
    }
}
