package fi.hoitomalli.forms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.TextPolicy;

/**
 * The team meeting's review of a situation (käsittely tiimipalaverissa): when, the solution as shared
 * with the whole team, and whether it went on to the team lead or the management group.
 *
 * @param meetingDate the day of the team meeting
 * @param sharedSolution the solution as the team agreed to answer next time: a multi-line text under the
 *        {@link TextPolicy} of at most {@value TextPolicy#TEXT_MAX} characters, which may be empty (and is after
 *        retention)
 * @param escalation where it was escalated, if anywhere
 */
public record Review(LocalDate meetingDate, String sharedSolution, Optional<Escalation> escalation) {
    /**
     * @throws IllegalArgumentException if the shared solution holds a character the {@link TextPolicy}
     *     rejects or is too long
     */
    public Review {
        Objects.requireNonNull(meetingDate, "meetingDate must not be null");
        TextPolicy.requireCharacters(TextPolicy.Kind.MULTI_LINE, sharedSolution, TextPolicy.TEXT_MAX,
                "shared solution");
        Objects.requireNonNull(escalation, "escalation must not be null");
    }

    /** The same review without its free text (AX-2). */
    public Review withoutText() {
        return new Review(meetingDate, "", escalation);
    }
}
