package fi.hoitomalli.meeting;

import fi.hoitomalli.plan.ActionId;
import fi.hoitomalli.plan.ActionOrigin;
import fi.hoitomalli.plan.ActionStatus;
import fi.hoitomalli.plan.GoalId;
import fi.hoitomalli.plan.PlanAction;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import fi.hoitomalli.common.TextPolicy;

/**
 * A follow-up action agreed in a meeting (jatkotoimenpide): what, who and by when. It can become a
 * development action of the sector's account plan, linked back to the meeting.
 *
 * @param description what is to be done: a multi-line text under the {@link TextPolicy}
 * @param owner who is responsible: a name under the {@link TextPolicy}
 * @param due by when
 */
public record FollowUp(String description, String owner, LocalDate due) {
    /** @throws IllegalArgumentException if the description or the owner breaks the {@link TextPolicy} */
    public FollowUp {
        Objects.requireNonNull(description, "description must not be null");
        Objects.requireNonNull(owner, "owner must not be null");
        Objects.requireNonNull(due, "due must not be null");
        TextPolicy.requireMultiLine(description, TextPolicy.TEXT_MAX, "follow-up description");
        TextPolicy.requireName(owner, "follow-up owner");
    }

    /** The planned account plan action for this follow-up, caused by the meeting. */
    public PlanAction toPlanAction(ActionId id, MeetingId meeting, Optional<GoalId> goal) {
        return new PlanAction(id, description, owner, due, ActionStatus.PLANNED, goal,
                Optional.of(ActionOrigin.meeting(Objects.requireNonNull(meeting, "meeting must not be null").value())));
    }
}
