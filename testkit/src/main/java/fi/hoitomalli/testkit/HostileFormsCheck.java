package fi.hoitomalli.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import fi.hoitomalli.access.Actor;
import fi.hoitomalli.calendar.WorkingCalendar;
import fi.hoitomalli.common.IdSource;
import fi.hoitomalli.common.InputValidation;
import fi.hoitomalli.common.InvalidInputException;
import fi.hoitomalli.common.TextPolicy;
import fi.hoitomalli.common.Violation;
import fi.hoitomalli.customer.AgreementCode;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.customer.Role;
import fi.hoitomalli.forms.DateRange;
import fi.hoitomalli.forms.FeedbackChannel;
import fi.hoitomalli.forms.FeedbackDetails;
import fi.hoitomalli.forms.FeedbackId;
import fi.hoitomalli.forms.FeedbackInput;
import fi.hoitomalli.forms.FeedbackKind;
import fi.hoitomalli.forms.FeedbackReason;
import fi.hoitomalli.forms.FeedbackReport;
import fi.hoitomalli.forms.FeedbackReports;
import fi.hoitomalli.forms.FormLimits;
import fi.hoitomalli.forms.Forms;
import fi.hoitomalli.forms.FormsPolicy;
import fi.hoitomalli.forms.SituationDetails;
import fi.hoitomalli.forms.SituationId;
import fi.hoitomalli.forms.SituationInput;
import fi.hoitomalli.forms.SituationReport;
import fi.hoitomalli.forms.SituationReports;
import fi.hoitomalli.forms.SituationTopic;

/**
 * The two forms under hostile input: every text field of {@link SituationInput} and {@link FeedbackInput}
 * (ids, the texts, the other reason) may hold hostile text; the recorder, team and sector are known ones
 * or hostile ones. {@link Forms} either reports violations — the same as {@code violationsOf} — and stores
 * nothing (the store's queries show no new record), or records the form, which then reads back equal
 * through {@code find} and holds exactly what was typed, without the white space around its texts.
 */
final class HostileFormsCheck {

    private static final Actor MANAGEMENT = new Actor.ManagementGroup(FormsFixture.HEAD);

    private final LocalDate today;
    private final Forms forms;
    private final SituationReports situations;
    private final FeedbackReports feedback;
    private final AtomicReference<String> lastId = new AtomicReference<>();

    HostileFormsCheck(InputValidation validation, Clock clock, String idPrefix, SituationReports situations,
                      FeedbackReports feedback) {
        WorkingCalendar calendar = WorkingCalendar.vantaaDefault();
        this.today = LocalDate.now(clock.withZone(calendar.zone()));
        this.situations = situations;
        this.feedback = feedback;
        IdSource sequence = IdSource.sequential(idPrefix);
        IdSource noted = () -> {
            String id = sequence.nextId();
            lastId.set(id);
            return id;
        };
        this.forms = new Forms(validation, FormsFixture.centre(), FormsFixture.directory().orgStructure().sectors(),
                calendar, FormsPolicy.defaults(), clock, noted, situations, feedback);
    }

    private DateRange recent() {
        return new DateRange(today.minusDays(30), today);
    }

    HostileRun.Outcome situation(HostileDraw draw) {
        SituationInput input = new SituationInput(
                draw.choice("recorder", List.of("S-1", "S-2", "S-5")),
                draw.choice("team", List.of("T-SIVI", "T-SIVI", "T-SOTE")),
                today.minusDays(draw.nextInt(20)),
                draw.chance(30) ? null : draw.chance(20) ? "" : draw.id("customer"),
                draw.pick(List.of(SituationTopic.values())), draw.chance(50),
                draw.text("situation", FormLimits.TEXT_MAX), draw.text("solution", FormLimits.TEXT_MAX));
        List<Violation> violations = forms.violationsOf(input);
        int before = situations.recordedIn(recent()).size();
        lastId.set(null);
        SituationReport.Recorded recorded;
        try {
            recorded = forms.recordSituation(input);
        } catch (InvalidInputException e) {
            assertThat(e.violations()).as("the violations of recordSituation").isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(violations);
            assertThat(situations.recordedIn(recent())).as("records after an invalid situation").hasSize(before);
            if (lastId.get() != null) {
                assertThat(situations.find(MANAGEMENT, new SituationId(lastId.get()))).isEmpty();
            }
            return HostileRun.Outcome.refused("reported as violations");
        }
        assertThat(violations).as("violationsOf a situation that was recorded").isEmpty();
        SituationDetails details = recorded.details();
        assertThat(details.situation()).as("situation").isEqualTo(input.situation().strip());
        assertThat(details.solution()).as("solution").isEqualTo(input.solution().strip());
        assertThat(details.customer()).as("customer").isEqualTo(optionalId(input.customer()).map(CustomerId::new));
        assertMultiLine(details.situation());
        assertMultiLine(details.solution());
        assertThat(situations.find(MANAGEMENT, recorded.id())).as("the recorded situation read back")
                .contains(recorded);
        assertThat(situations.recordedIn(recent())).as("records after a recorded situation").hasSize(before + 1);
        return HostileRun.Outcome.accepted("recorded");
    }

    HostileRun.Outcome feedback(HostileDraw draw) {
        FeedbackReason reason = draw.pick(List.of(FeedbackReason.values()));
        FeedbackInput input = new FeedbackInput(
                draw.choice("recorder", List.of("S-1", "S-3", "S-6")),
                draw.choice("team", List.of("T-SIVI", "T-SIVI", "T-SOTE")),
                today.minusDays(draw.nextInt(20)),
                draw.pick(List.of(FeedbackKind.values())), reason,
                reason == FeedbackReason.OTHER || draw.chance(20)
                        ? draw.line("otherReason", FormLimits.OTHER_REASON_MAX) : null,
                draw.text("text", FormLimits.TEXT_MAX),
                draw.pick(List.of(FeedbackChannel.values())),
                draw.chance(30) ? null : draw.id("customer"),
                draw.choice("sector", List.of("SIVI", "SOTE")),
                draw.pick(List.of(Role.values())),
                draw.chance(30) ? null : draw.chance(50) ? "KVTES" : draw.id("agreement"));
        List<Violation> violations = forms.violationsOf(input);
        int before = feedback.recordedIn(recent()).size();
        lastId.set(null);
        FeedbackReport.Received received;
        try {
            received = forms.recordFeedback(input);
        } catch (InvalidInputException e) {
            assertThat(e.violations()).as("the violations of recordFeedback").isNotEmpty()
                    .containsExactlyInAnyOrderElementsOf(violations);
            assertThat(feedback.recordedIn(recent())).as("records after an invalid feedback").hasSize(before);
            if (lastId.get() != null) {
                assertThat(feedback.find(MANAGEMENT, new FeedbackId(lastId.get()))).isEmpty();
            }
            return HostileRun.Outcome.refused("reported as violations");
        }
        assertThat(violations).as("violationsOf a feedback that was recorded").isEmpty();
        FeedbackDetails details = received.details();
        assertThat(details.text()).as("text").isEqualTo(input.text().strip());
        assertThat(details.otherReason()).as("otherReason").isEqualTo(reason == FeedbackReason.OTHER
                ? Optional.of(input.otherReason().strip()) : Optional.empty());
        assertThat(details.customer()).as("customer").isEqualTo(optionalId(input.customer()).map(CustomerId::new));
        assertThat(details.segment().agreement()).as("agreement")
                .isEqualTo(optionalId(input.agreement()).map(AgreementCode::new));
        assertThat(details.segment().sector().value()).as("sector").isEqualTo(input.sector());
        assertMultiLine(details.text());
        details.otherReason().ifPresent(t -> assertThat(TextPolicy.check(TextPolicy.Kind.SINGLE_LINE, t,
                FormLimits.OTHER_REASON_MAX)).as("stored other reason under the text policy").isEmpty());
        assertThat(feedback.find(MANAGEMENT, received.id())).as("the recorded feedback read back").contains(received);
        assertThat(feedback.recordedIn(recent())).as("records after a recorded feedback").hasSize(before + 1);
        return HostileRun.Outcome.accepted("recorded");
    }

    private static Optional<String> optionalId(String typed) {
        return typed == null || typed.isBlank() ? Optional.empty() : Optional.of(typed);
    }

    private static void assertMultiLine(String text) {
        assertThat(TextPolicy.check(TextPolicy.Kind.MULTI_LINE, text, TextPolicy.TEXT_MAX))
                .as("stored text under the text policy").isEmpty();
    }
}
