package fi.hoitomalli.forms;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The team meeting's review of a situation (käsittely tiimipalaverissa): when, the solution as shared
 * with the whole team, and whether it went on to the team lead or the management group.
 *
 * @param meetingDate the day of the team meeting
 * @param sharedSolution the solution as the team agreed to answer next time (free text; empty after retention)
 * @param escalation where it was escalated, if anywhere
 */
public record Review(LocalDate meetingDate, String sharedSolution, Optional<Escalation> escalation) {
    public Review {
        Objects.requireNonNull(meetingDate, "meetingDate must not be null");
        Objects.requireNonNull(sharedSolution, "sharedSolution must not be null");
        Objects.requireNonNull(escalation, "escalation must not be null");
    }

    /** The same review without its free text (AX-2). */
    public Review withoutText() {
        return new Review(meetingDate, "", escalation);
    }
}
