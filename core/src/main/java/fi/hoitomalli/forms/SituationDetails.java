package fi.hoitomalli.forms;

import static com.google.common.base.Preconditions.checkArgument;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import fi.hoitomalli.common.TextPolicy;

/**
 * What the challenging-customer-situation form (asiakastilanteen dokumentointi, Kuva 18) recorded:
 * recorder, date, the situation and its solution, plus what the library needs to route it. The customer
 * is referenced by id only, never copied. After retention (AX-2) the two texts are empty and
 * {@code anonymised} is true; every category stays.
 *
 * @param id the record's id
 * @param recorder the secretary who recorded it
 * @param team the recorder's team, whose meeting reviews it
 * @param date the day the situation happened
 * @param customer the customer it was about, if any
 * @param topic what it was about
 * @param conflictingContacts whether the customer contacted several people with conflicting requests
 *        (ground rule: documented and reported to the team lead)
 * @param situation the customer situation (asiakastilanne), a multi-line text under the {@link TextPolicy}
 *        (empty once anonymised)
 * @param solution the solution (ratkaisu), a multi-line text under the {@link TextPolicy} (empty once anonymised)
 * @param anonymised whether the free text was removed under the retention policy
 */
public record SituationDetails(SituationId id, SecretaryId recorder, TeamId team, LocalDate date,
                               Optional<CustomerId> customer, SituationTopic topic, boolean conflictingContacts,
                               String situation, String solution, boolean anonymised) {
    /**
     * @throws IllegalArgumentException if a text breaks the {@link TextPolicy}, or an anonymised record
     *     still has text
     */
    public SituationDetails {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(recorder, "recorder must not be null");
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(date, "date must not be null");
        Objects.requireNonNull(customer, "customer must not be null");
        Objects.requireNonNull(topic, "topic must not be null");
        Objects.requireNonNull(situation, "situation must not be null");
        Objects.requireNonNull(solution, "solution must not be null");
        if (anonymised) {
            checkArgument(situation.isEmpty() && solution.isEmpty(), "an anonymised situation has no text");
        } else {
            TextPolicy.requireMultiLine(situation, TextPolicy.TEXT_MAX, "situation");
            TextPolicy.requireMultiLine(solution, TextPolicy.TEXT_MAX, "solution");
        }
    }

    /** The same details with the free text removed (AX-2); idempotent. */
    public SituationDetails withoutText() {
        return new SituationDetails(id, recorder, team, date, customer, topic, conflictingContacts, "", "", true);
    }
}
