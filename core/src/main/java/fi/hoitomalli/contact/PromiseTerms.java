package fi.hoitomalli.contact;

import static com.google.common.base.Preconditions.checkArgument;

import fi.hoitomalli.customer.CustomerId;
import fi.hoitomalli.team.SecretaryId;
import fi.hoitomalli.team.TeamId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What was promised in a call-back promise (soittolupaus): to whom, by whom, by when.
 *
 * @param id the promise's id
 * @param inquiry the inquiry it answers
 * @param customer the customer to call back, empty for an external asker
 * @param team the owner's team, whose working hours timed the due instant
 * @param owner the secretary who made the promise
 * @param holder who has to keep it now: the owner, or her partner during her long absence (PH-7)
 * @param madeAt when it was made
 * @param due when it must be kept, not before {@code madeAt}
 */
public record PromiseTerms(PromiseId id, InquiryId inquiry, Optional<CustomerId> customer, TeamId team,
                           SecretaryId owner, SecretaryId holder, Instant madeAt, Instant due) {
    public PromiseTerms {
        Objects.requireNonNull(id, "id must not be null");
        Objects.requireNonNull(inquiry, "inquiry must not be null");
        Objects.requireNonNull(customer, "customer must not be null");
        Objects.requireNonNull(team, "team must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(holder, "holder must not be null");
        Objects.requireNonNull(madeAt, "madeAt must not be null");
        Objects.requireNonNull(due, "due must not be null");
        checkArgument(!due.isBefore(madeAt), "promise %s is due (%s) before it was made (%s)", id, due, madeAt);
    }

    /** The same terms with another holder. */
    public PromiseTerms heldBy(SecretaryId newHolder) {
        return new PromiseTerms(id, inquiry, customer, team, owner, newHolder, madeAt, due);
    }
}
