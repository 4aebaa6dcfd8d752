package fi.hoitomalli.reminder;

import java.util.Objects;

/**
 * Someone a reminder should have reached but cannot (tavoittamaton vastaanottaja): a participant the
 * directory does not know, a customer without an e-mail address, a name that may not go into a header,
 * or a title that may not go into a subject. Collectors return these as values so that the caller can count and show them instead of
 * losing them in a log.
 *
 * <p>Construction throws {@code NullPointerException} if a value is null and
 * {@code IllegalArgumentException} if the subject or who is blank.
 *
 * @param subject what the reminder was about (an activity, a promise, an action, an update), by id
 * @param who who could not be reached, as the source names them (a participant, an owner, a customer id)
 * @param reason why
 */
public record Unreached(String subject, String who, Reason reason) {

    /** Why a reminder cannot reach someone. */
    public enum Reason {
        /** The directory knows nobody by that participant, id or name. */
        UNKNOWN_PERSON,
        /** The person is known but has no e-mail address (e.g. a customer supervisor). */
        NO_EMAIL,
        /** The title could not go into a subject (too long, control characters or personal payroll data). */
        UNSAFE_TITLE,
        /**
         * The person is known and has an address, but their name cannot go into a {@code To} header: longer
         * than 120 characters, or holding a tab, a line break or another control character. The directory
         * row needs correcting; everyone else still gets their reminder.
         */
        UNSAFE_NAME
    }

    public Unreached {
        Objects.requireNonNull(subject, "subject must not be null");
        Objects.requireNonNull(who, "who must not be null");
        Objects.requireNonNull(reason, "reason must not be null");
        com.google.common.base.Preconditions.checkArgument(!subject.isBlank(), "subject must not be blank");
        com.google.common.base.Preconditions.checkArgument(!who.isBlank(), "who must not be blank");
    }
}
