package fi.hoitomalli.reminder;

import java.time.Instant;
import java.util.Objects;

/**
 * A due fact: a call-back promise (soittolupaus) a secretary made to a customer, with when it falls due.
 * Overdue promises remind the secretary; overdue by more than the policy's limit, the team lead
 * (tiiminvetäjä) is copied.
 *
 * @param id the promise's id
 * @param secretary the secretary who promised
 * @param teamLead the secretary's team lead
 * @param dueAt by when the customer was promised a call
 * @param note what the call is about, for the body only — never in the subject (may be empty)
 */
public record CallBackDue(String id, Recipient secretary, Recipient teamLead, Instant dueAt, String note) {

    public CallBackDue {
        SafeText.id(id, "id");
        Objects.requireNonNull(secretary, "secretary must not be null");
        Objects.requireNonNull(teamLead, "teamLead must not be null");
        Objects.requireNonNull(dueAt, "dueAt must not be null");
        SafeText.body(note, "note", 2000);
    }
}
