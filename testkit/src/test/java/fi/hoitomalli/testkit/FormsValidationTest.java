package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
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
    }

    @Test
    void aRecorderWithWhiteSpaceIsNotAnIdAndIsNotLookedUp() {
        assertThat(rules(forms.violationsOf(situation("S 1", "T-SIVI", TODAY, null, SituationTopic.PAY, "a", "b"))))
                .containsExactly("fi.hoitomalli.common.text.whiteSpace");
        assertThat(rules(forms.violationsOf(situation(" S-1", "T-SIVI", TODAY, null, SituationTopic.PAY, "a", "b"))))
                .containsExactly("fi.hoitomalli.common.text.whiteSpace");
        assertThat(rules(forms.violationsOf(situation("S-1", "T-SIVI\u00A0", TODAY, null, SituationTopic.PAY, "a",
                "b")))).containsExactly("fi.hoitomalli.common.text.whiteSpace");
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
        assertThat(rules(v)).containsExactly("fi.hoitomalli.common.text.tooLong");
        assertThat(v.get(0).message().fi()).isEqualTo("on liian pitkä: 4001 merkkiä, enintään 4000");
        assertThat(forms.violationsOf(situation("S-1", "T-SIVI", TODAY, null, SituationTopic.PAY, "x".repeat(4000),
                "b"))).isEmpty();
    }

    @Test
    void customerIdMustNotContainSpaces() {
        List<Violation> v = forms.violationsOf(situation("S-1", "T-SIVI", TODAY, "C 1", SituationTopic.PAY, "a", "b"));
        assertThat(rules(v)).containsExactly("fi.hoitomalli.common.text.whiteSpace");
        assertThat(v.get(0).describe(Language.EN))
                .isEqualTo("customer: must not contain spaces or other white space (U+0020 at position 2)");
    }

    /** What a browser sends for {@code text=nul%00byte}: a violation, not a database error later. */
    @Test
    void aNulByteInTheFeedbackTextIsAViolationAndNothingIsStored() {
        FeedbackInput nul = feedback(FeedbackReason.SERVICE_QUALITY, null, "nul\u0000byte");

        assertThat(forms.violationsOf(nul)).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("text");
            assertThat(v.rule()).isEqualTo("fi.hoitomalli.common.text.control");
            assertThat(v.message().fi()).isEqualTo("sisältää ohjausmerkin (U+0000) kohdassa 4");
            assertThat(v.message().sv()).isEqualTo("innehåller ett styrtecken (U+0000) på position 4");
            assertThat(v.message().en()).isEqualTo("contains a control character (U+0000) at position 4");
        });
        assertThatThrownBy(() -> forms.recordFeedback(nul)).isInstanceOf(InvalidInputException.class);
        assertThat(feedback.recordedIn(ALL)).isEmpty();
    }

    @Test
    void controlCharactersAndInvisibleIdsAreViolationsInEveryField() {
        SituationInput bad = new SituationInput("S-1\u200B", "T-SIVI", TODAY, "\uFEFF", SituationTopic.PAY, false,
                "a\u0007b", "\u00A0");
        assertThat(forms.violationsOf(bad)).extracting(Violation::path, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("customer", "fi.hoitomalli.common.text.invisible"),
                org.assertj.core.groups.Tuple.tuple("recorder", "fi.hoitomalli.common.text.invisible"),
                org.assertj.core.groups.Tuple.tuple("situation", "fi.hoitomalli.common.text.control"),
                org.assertj.core.groups.Tuple.tuple("solution", "fi.hoitomalli.common.text.noVisibleCharacter"));
        FeedbackInput other = new FeedbackInput("S-5", "T-SOTE", TODAY, FeedbackKind.NEGATIVE, FeedbackReason.OTHER,
                "rivi\nrivi", "Palaute", FeedbackChannel.OWN_SECRETARY, null, "SO\u2028TE", Role.EMPLOYEE, "KV\tTES");
        assertThat(forms.violationsOf(other)).extracting(Violation::path, Violation::rule).containsExactly(
                org.assertj.core.groups.Tuple.tuple("agreement", "fi.hoitomalli.common.text.whiteSpace"),
                org.assertj.core.groups.Tuple.tuple("otherReason", "fi.hoitomalli.common.text.lineBreak"),
                org.assertj.core.groups.Tuple.tuple("sector", "fi.hoitomalli.common.text.whiteSpace"));
    }

    @Test
    void multiLineTextsKeepTheirLineBreaksAsABrowserSendsThem() {
        SituationReport.Recorded recorded = forms.recordSituation(situation("S-1", "T-SIVI", TODAY, null,
                SituationTopic.PAY, "Rivi 1\r\n\tRivi 2\r\n", "Ratkaisu\nrivillä"));
        assertThat(recorded.details().situation()).isEqualTo("Rivi 1\r\n\tRivi 2");
        assertThat(recorded.details().solution()).isEqualTo("Ratkaisu\nrivillä");
    }

    /**
     * Whatever is typed into the forms' text and id fields — characters of every kind, the troublesome
     * ones above all — recording either succeeds or throws {@link InvalidInputException}: nothing that
     * passes validation fails in a constructor.
     */
    @org.junit.jupiter.params.ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5})
    void recordingEitherSucceedsOrReportsViolations(long seed) {
        java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
        for (int i = 0; i < 200; i++) {
            SituationInput situation = new SituationInput(typed(random, "S-1"), typed(random, "T-SIVI"), TODAY,
                    typed(random, null), SituationTopic.PAY, false, typed(random, "Tilanne"), typed(random, "Ratkaisu"));
            FeedbackInput feedback = new FeedbackInput(typed(random, "S-5"), typed(random, "T-SOTE"), TODAY,
                    FeedbackKind.NEGATIVE, FeedbackReason.OTHER, typed(random, "Muu"), typed(random, "Palaute"),
                    FeedbackChannel.OWN_SECRETARY, typed(random, null), typed(random, "SOTE"), Role.EMPLOYEE,
                    typed(random, "KVTES"));
            assertThatCode(() -> recordOrReject(() -> forms.recordSituation(situation)))
                    .as("seed %d: %s", seed, situation).doesNotThrowAnyException();
            assertThatCode(() -> recordOrReject(() -> forms.recordFeedback(feedback)))
                    .as("seed %d: %s", seed, feedback).doesNotThrowAnyException();
        }
    }

    private static final String[] TYPED = {"\u0000", "\t", "\n", "\r", "\r\n", " ", "\u00A0", "\u200B", "\uFEFF",
            "\u2028", "\u3000", "\u2003", "\u001F", "\u007F", "\u0085", "\uFFFF", "\uD800", "\uE000", "\u0378",
            "😀", "ä", "x"};

    /** The valid value, or it with troublesome characters around or inside, or only such characters. */
    private static String typed(java.util.SplittableRandom random, String valid) {
        StringBuilder out = new StringBuilder(valid == null ? "" : valid);
        int extra = random.nextInt(4);
        for (int i = 0; i < extra; i++) {
            out.insert(random.nextInt(out.length() + 1), TYPED[random.nextInt(TYPED.length)]);
        }
        return out.length() == 0 && random.nextBoolean() ? null : out.toString();
    }

    private static void recordOrReject(Runnable record) {
        try {
            record.run();
        } catch (InvalidInputException expected) {
            assertThat(expected.violations()).isNotEmpty();
        }
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
