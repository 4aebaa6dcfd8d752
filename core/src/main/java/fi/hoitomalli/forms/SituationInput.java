package fi.hoitomalli.forms;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import fi.hoitomalli.common.Identifier;
import fi.hoitomalli.common.PlainText;

/**
 * What a secretary hands in on the challenging-customer-situation form (asiakastilannelomake), as
 * typed: validated by {@link Forms#recordSituation} with Jakarta Validation plus the checks that need
 * the service centre and the clock (recorder known and in the team, date not in the future nor older
 * than the policy allows). Ids and texts follow the {@link fi.hoitomalli.common.TextPolicy}: ids of visible
 * characters only, texts without control characters (tabs and line breaks allowed). Nothing is stored from
 * an invalid input.
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
        @Identifier
        String recorder,
        @NotBlank(message = "{fi.hoitomalli.forms.team.required}")
        @Identifier
        String team,
        @NotNull(message = "{fi.hoitomalli.forms.date.required}")
        LocalDate date,
        @Identifier
        String customer,
        @NotNull(message = "{fi.hoitomalli.forms.topic.required}")
        SituationTopic topic,
        boolean conflictingContacts,
        @NotBlank(message = "{fi.hoitomalli.forms.situation.required}")
        @PlainText(multiline = true, max = FormLimits.TEXT_MAX)
        String situation,
        @NotBlank(message = "{fi.hoitomalli.forms.solution.required}")
        @PlainText(multiline = true, max = FormLimits.TEXT_MAX)
        String solution) {
}
