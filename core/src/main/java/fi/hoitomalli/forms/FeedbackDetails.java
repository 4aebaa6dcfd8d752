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
 * What the customer-feedback form (palautteen dokumentointi, Kuva 20) recorded. The customer is
 * referenced by id only; the segment attributes are a copy as of the day received, so that summaries
 * do not change when people move. After retention (AX-2) the texts are empty and {@code anonymised} is
 * true; kind, reason, channel and segment stay.
 *
 * @param id the record's id
 * @param recorder the secretary who recorded it
 * @param team the team that answers it
 * @param received the day the feedback was received
 * @param kind positive, negative or a development idea
 * @param reason the specified reason
 * @param otherReason the text of an {@link FeedbackReason#OTHER} reason, a single-line text under the
 *        {@link TextPolicy}; present exactly for OTHER (until anonymised)
 * @param text the feedback, a multi-line text under the {@link TextPolicy} (empty once anonymised)
 * @param channel how it arrived
 * @param customer the customer who gave it, if known
 * @param segment the customer's segment attributes at the time
 * @param dueDate the day by which it must be answered (from the forms policy)
 * @param anonymised whether the free text was removed under the retention policy
 */
public record FeedbackDetails(FeedbackId id, SecretaryId recorder, TeamId team, LocalDate received,
                              FeedbackKind kind, FeedbackReason reason, Optional<String> otherReason, String text,
                              FeedbackChannel channel, Optional<CustomerId> customer, CustomerSegment segment,
                              LocalDate dueDate, boolean anonymised) {
    /**
     * @throws IllegalArgumentException if a text breaks the {@link TextPolicy}, the due date is before the
     *     receipt, an OTHER reason lacks its text (or another reason has one), or an anonymised record still
     *     has text
     */
    public FeedbackDetails {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(recorder, "recorder must not be null");
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(received, "received must not be null");
        Objects.requireNonNull(kind, "kind must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        Objects.requireNonNull(otherReason, "otherReason must not be null");
        Objects.requireNonNull(text, "text must not be null");
        Objects.requireNonNull(channel, "channel must not be null");
        Objects.requireNonNull(customer, "customer must not be null");
        Objects.requireNonNull(segment, "segment must not be null");
        Objects.requireNonNull(dueDate, "dueDate must not be null");
        checkArgument(!dueDate.isBefore(received), "due date %s before receipt %s", dueDate, received);
        if (anonymised) {
            checkArgument(text.isEmpty() && otherReason.isEmpty(), "an anonymised feedback has no text");
        } else {
            TextPolicy.requireMultiLine(text, TextPolicy.TEXT_MAX, "feedback text");
            checkArgument((reason == FeedbackReason.OTHER) == otherReason.filter(t -> !t.isBlank()).isPresent(),
                    "an OTHER reason, and only it, carries a non-blank text");
            otherReason.filter(t -> !t.isBlank())
                    .ifPresent(t -> TextPolicy.requireSingleLine(t, TextPolicy.LINE_MAX, "other reason"));
        }
    }

    /** The same details with the free text removed (AX-2); idempotent. */
    public FeedbackDetails withoutText() {
        return new FeedbackDetails(id, recorder, team, received, kind, reason, Optional.empty(), "", channel,
                customer, segment, dueDate, true);
    }
}
