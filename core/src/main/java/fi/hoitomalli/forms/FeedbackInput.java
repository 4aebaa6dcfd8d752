package fi.hoitomalli.forms;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import fi.hoitomalli.common.Identifier;
import fi.hoitomalli.common.PlainText;
import fi.hoitomalli.customer.Role;

/**
 * What a secretary hands in on the customer-feedback form (palautelomake), as typed: validated by
 * {@link Forms#recordFeedback} with Jakarta Validation plus the checks that need the service centre and
 * the clock. An {@link FeedbackReason#OTHER} reason needs its text. Ids and texts follow the
 * {@link fi.hoitomalli.common.TextPolicy}. Nothing is stored from an invalid input.
 *
 * @param recorder the recording secretary's id
 * @param team the recorder's team id
 * @param date the day the feedback was received
 * @param kind positive, negative or development idea
 * @param reason the specified reason
 * @param otherReason the text of an OTHER reason; ignored for the other reasons
 * @param text the feedback
 * @param channel how it arrived
 * @param customer the customer's id, or null
 * @param sector the customer's sector id at the time
 * @param role the customer's role at the time
 * @param agreement the customer's collective agreement code at the time, or null
 */
public record FeedbackInput(
        @NotBlank(message = "{fi.hoitomalli.forms.recorder.required}")
        @Identifier
        String recorder,
        @NotBlank(message = "{fi.hoitomalli.forms.team.required}")
        @Identifier
        String team,
        @NotNull(message = "{fi.hoitomalli.forms.date.required}")
        LocalDate date,
        @NotNull(message = "{fi.hoitomalli.forms.kind.required}")
        FeedbackKind kind,
        @NotNull(message = "{fi.hoitomalli.forms.reason.required}")
        FeedbackReason reason,
        @PlainText(max = FormLimits.OTHER_REASON_MAX)
        String otherReason,
        @NotBlank(message = "{fi.hoitomalli.forms.feedback.required}")
        @PlainText(multiline = true, max = FormLimits.TEXT_MAX)
        String text,
        @NotNull(message = "{fi.hoitomalli.forms.channel.required}")
        FeedbackChannel channel,
        @Identifier
        String customer,
        @NotBlank(message = "{fi.hoitomalli.forms.sector.required}")
        @Identifier
        String sector,
        @NotNull(message = "{fi.hoitomalli.forms.role.required}")
        Role role,
        @Identifier
        String agreement) {

    /**
     * Jakarta Validation's view of the rule "an other reason needs its text" (reported on the path
     * {@code otherReasonExplained}); true for the other reasons.
     */
    @AssertTrue(message = "{fi.hoitomalli.forms.otherReason.required}")
    public boolean isOtherReasonExplained() {
        return reason != FeedbackReason.OTHER || (otherReason != null && !otherReason.isBlank());
    }
}
