package fi.hoitomalli.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * What a secretary hands in on the challenging-customer-situation form (asiakastilannelomake), as
 * typed: validated by {@link Forms#recordSituation} with Jakarta Validation plus the checks that need
 * the service centre and the clock (recorder known and in the team, date not in the future nor older
 * than the policy allows). Nothing is stored from an invalid input.
 *
 * @param recorder the recording secretary's id
 * @param team the recorder's team id
 * @param date the day of the situation
 * @param customer the customer's id, or null when the situation concerns no single customer
 * @param topic what it was about
 * @param conflictingContacts whether the customer made conflicting contacts
 * @param situation the customer situation
 * @param solution the solution
 */
public record SituationInput(
        @NotBlank(message = "{fi.hoitomalli.forms.recorder.required}")
        @Size(max = FormLimits.ID_MAX, message = "{fi.hoitomalli.forms.field.tooLong}")
        String recorder,
        @NotBlank(message = "{fi.hoitomalli.forms.team.required}")
        @Size(max = FormLimits.ID_MAX, message = "{fi.hoitomalli.forms.field.tooLong}")
        String team,
        @NotNull(message = "{fi.hoitomalli.forms.date.required}")
        LocalDate date,
        @Pattern(regexp = FormLimits.ID_PATTERN, message = "{fi.hoitomalli.forms.customer.invalid}")
        @Size(max = FormLimits.ID_MAX, message = "{fi.hoitomalli.forms.field.tooLong}")
        String customer,
        @NotNull(message = "{fi.hoitomalli.forms.topic.required}")
        SituationTopic topic,
        boolean conflictingContacts,
        @NotBlank(message = "{fi.hoitomalli.forms.situation.required}")
        @Size(max = FormLimits.TEXT_MAX, message = "{fi.hoitomalli.forms.field.tooLong}")
        String situation,
        @NotBlank(message = "{fi.hoitomalli.forms.solution.required}")
        @Size(max = FormLimits.TEXT_MAX, message = "{fi.hoitomalli.forms.field.tooLong}")
        String solution) {
}
