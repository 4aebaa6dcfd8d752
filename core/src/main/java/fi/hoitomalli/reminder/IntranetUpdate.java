package fi.hoitomalli.reminder;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A due fact: an intranet update (intranetin päivitys) published for an audience, with the audience
 * already resolved to the supervisors who should hear of it (SEG-2 is applied by the caller, e.g. from a
 * segment's audience). Normal updates are gathered into one digest per recipient per day; urgent ones
 * are sent at once.
 *
 * @param item what the update is
 * @param importance normal (digest) or urgent (at once)
 * @param publishedAt when it was published
 * @param recipients who should be told, at least one; duplicates by address are ignored
 */
public record IntranetUpdate(IntranetItem item, Importance importance, Instant publishedAt,
                             List<Recipient> recipients) {

    /** How soon supervisors must hear of an update. */
    public enum Importance {
        /** In the day's digest. */
        NORMAL,
        /** At once, in its own email. */
        URGENT
    }

    public IntranetUpdate {
        Objects.requireNonNull(item, "item must not be null");
        Objects.requireNonNull(importance, "importance must not be null");
        Objects.requireNonNull(publishedAt, "publishedAt must not be null");
        recipients = ImmutableList.copyOf(Objects.requireNonNull(recipients, "recipients must not be null"));
        checkArgument(!recipients.isEmpty(), "an intranet update reminder needs at least one recipient");
    }
}
